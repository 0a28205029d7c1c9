/// Splits a ROM file name into its parts: base name, extension, bracketed tags and the clean title.
///
/// Tags follow the reference pattern: `(` or `[`, one or more characters that are neither `)` nor
/// `]`, then `)` or `]` (the brackets need not pair up, so `(USA]` is a tag).
struct RomNameScanner {
    /// One bracketed group of a name.
    struct Tag: Hashable {
        /// The contents without brackets.
        var text: String
        /// True for `[...]`, where GoodTools puts its dump codes.
        var isSquare: Bool
    }

    /// The last path component.
    let baseName: String
    /// The extension, lower case without the dot.
    let fileExtension: String?
    /// Every tag of the base name, in order.
    let tags: [Tag]
    /// The title without extension and tags, whitespace collapsed and trimmed.
    let name: String

    /// Extensions that sit before the real one and are no part of the title (`Game (USA).nkit.iso`).
    static let innerExtensions: Set<String> = ["nkit"]

    init(_ input: String) {
        // The reference splits on `/` only; Windows paths (LaunchBox) use `\` too.
        let base =
            input.split(separator: "/", omittingEmptySubsequences: false).last
            .map { $0.split(separator: "\\", omittingEmptySubsequences: false).last ?? $0 } ?? ""
        baseName = String(base)
        var stem = Array(baseName.unicodeScalars)
        let ext = RomNameScanner.extensionLength(stem)
        fileExtension = ext.map { String(String.UnicodeScalarView(stem.suffix($0))).lowercased() }
        if let ext { stem.removeLast(ext + 1) }
        // `.nkit.iso` files keep `.nkit` in front of the extension; it is not part of the title.
        if let inner = RomNameScanner.extensionLength(stem),
            RomNameScanner.innerExtensions.contains(String(String.UnicodeScalarView(stem.suffix(inner))).lowercased())
        {
            stem.removeLast(inner + 1)
        }
        tags = RomNameScanner.tags(in: Array(baseName.unicodeScalars)).map(\.tag)
        var title: [Unicode.Scalar] = []
        var cursor = 0
        for found in RomNameScanner.tags(in: stem) {
            title.append(contentsOf: stem[cursor..<found.range.lowerBound])
            cursor = found.range.upperBound
        }
        title.append(contentsOf: stem[cursor...])
        name = RomNameScanner.collapsingWhitespace(title)
    }

    /// The length of a trailing `.ext` made of ASCII letters and digits, without the dot.
    static func extensionLength(_ scalars: [Unicode.Scalar]) -> Int? {
        var length = 0
        for scalar in scalars.reversed() {
            if scalar == "." { return length > 0 ? length : nil }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return nil }
            length += 1
        }
        return nil
    }

    /// Every tag with the range it covers, brackets included.
    static func tags(in scalars: [Unicode.Scalar]) -> [(tag: Tag, range: Range<Int>)] {
        var found: [(tag: Tag, range: Range<Int>)] = []
        var index = 0
        while index < scalars.count {
            let opener = scalars[index]
            guard opener == "(" || opener == "[" else {
                index += 1
                continue
            }
            var close = index + 1
            while close < scalars.count && scalars[close] != ")" && scalars[close] != "]" { close += 1 }
            guard close < scalars.count, close > index + 1 else {
                index += 1
                continue
            }
            let text = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            found.append((Tag(text: text, isSquare: opener == "["), index..<(close + 1)))
            index = close + 1
        }
        return found
    }

    /// Whitespace runs turned into single spaces, ends trimmed.
    static func collapsingWhitespace(_ scalars: [Unicode.Scalar]) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
