/// Makes text safe as one path component on every frontend's file system.
public enum PathSanitizer {
    /// Windows device names that cannot be file names, with or without an extension.
    static let reservedNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// `text` as a single file name: `/`, `\`, NUL and control characters become `_`, `.`/`..`/empty become `_`,
    /// reserved device names get a `_` prefix, and the result is cut to 255 UTF-8 bytes keeping the extension.
    public static func component(_ text: String) -> String {
        if isPlainComponent(text) { return text }
        var name = String(
            text.unicodeScalars.map { scalar -> Character in
                scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F ? "_" : Character(scalar)
            })
        if name.isEmpty || name.allSatisfy({ $0 == "." }) { name = "_" }
        let base = name.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        if reservedNames.contains(base.trimmingSpaces()) { name = "_" + name }
        return truncated(name, maxBytes: 255)
    }

    /// Whether `text` needs no change: printable ASCII without separators, not only dots, at most 255 bytes, and a
    /// part before the first dot too long to be a device name (the common case, checked without a new string).
    private static func isPlainComponent(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 255 else { return false }
        var onlyDots = true
        var beforeDot = true
        // The length of the part before the first dot without its trailing spaces, as the device-name test sees it.
        var baseLength = 0
        for (index, byte) in bytes.enumerated() {
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "/"), byte != UInt8(ascii: "\\") else { return false }
            if byte != UInt8(ascii: ".") { onlyDots = false }
            if byte == UInt8(ascii: ".") { beforeDot = false }
            if beforeDot, byte != UInt8(ascii: " ") { baseLength = index + 1 }
        }
        return !onlyDots && baseLength > 4
    }

    /// `name` cut on a character boundary to `maxBytes` UTF-8 bytes, keeping a short extension.
    static func truncated(_ name: String, maxBytes: Int) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var stem = Substring(name)
        var suffix = ""
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 16 {
            stem = name[..<dot]
            suffix = String(name[dot...])
        }
        var kept = ""
        var bytes = suffix.utf8.count
        for character in stem {
            bytes += character.utf8.count
            if bytes > maxBytes { break }
            kept.append(character)
        }
        return kept + suffix
    }
}

extension String {
    /// The text without trailing spaces (Windows ignores them in device names).
    fileprivate func trimmingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
