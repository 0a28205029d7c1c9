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

    /// The last piece of `term` split on `:` `-` `/` `&`, for a second search when the whole term finds nothing;
    /// `nil` when the term has only one piece.
    public static func lastPiece(of term: String) -> String? {
        let pieces = term.split(whereSeparator: { ":-/&".contains($0) })
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.isEmpty }
        return pieces.count > 1 ? pieces.last : nil
    }
}
