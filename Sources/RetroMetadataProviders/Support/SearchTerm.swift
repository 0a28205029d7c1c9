import Foundation

/// Turns a ROM file name into a search term: no extension, no `(...)`/`[...]` tags, no accents, single spaces.
public enum SearchTerm {
    /// The cleaned term for `fileName`.
    public static func from(fileName: String) -> String {
        var name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        // An extension is a dot and 1-4 ASCII letters or digits at the end (`Bros. 3` has none).
        if let dot = name.lastIndex(of: ".") {
            let ext = name[name.index(after: dot)...]
            if (1...4).contains(ext.count), ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                name = String(name[..<dot])
            }
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
        // APIs match plain letters best (upstream transliterates too): `Pokémon` is searched as `Pokemon`.
        let plain = result.folding(options: [.diacriticInsensitive], locale: nil)
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
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
