/// Makes text safe as one path component on every frontend's file system.
public enum PathSanitizer {
    /// Windows device names that cannot be file names, with or without an extension.
    static let reservedNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// `text` as a single file name: `/`, `\`, NUL and control characters become `_`, `.`/`..`/empty become `_`,
    /// reserved device names get a `_` prefix, and the result is cut to 255 UTF-8 bytes keeping the extension.
    public static func component(_ text: String) -> String {
        var name = String(
            text.unicodeScalars.map { scalar -> Character in
                scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F ? "_" : Character(scalar)
            })
        if name.isEmpty || name.allSatisfy({ $0 == "." }) { name = "_" }
        let base = name.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        if reservedNames.contains(base.trimmingSpaces()) { name = "_" + name }
        return truncated(name, maxBytes: 255)
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
