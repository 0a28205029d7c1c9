/// Turns a ROM file name into a search term: no extension, no `(...)`/`[...]` tags, single spaces.
public enum SearchTerm {
    /// The cleaned term for `fileName`.
    public static func from(fileName: String) -> String {
        var name = fileName
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 {
            name = String(name[..<dot])
        }
        var result = ""
        var depth = 0
        for character in name {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            default: if depth == 0 { result.append(character == "_" ? " " : character) }
            }
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
