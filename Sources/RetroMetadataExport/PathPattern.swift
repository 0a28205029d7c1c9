/// A media path pattern split once into `/`-separated components of literal text and `{placeholder}`s, so each
/// entry's path is assembled without searching the pattern text again.
struct PathPattern: Sendable {
    /// Literal text or a placeholder's name.
    enum Piece: Sendable {
        case text(String)
        case placeholder(String)
    }

    /// The pattern for the part before `{rom_path_stem}` (or the whole pattern) and the part after it.
    enum Split: Sendable {
        case whole(PathPattern)
        case aroundRomPath(head: PathPattern, tail: PathPattern)
    }

    /// The components' pieces.
    let components: [[Piece]]

    /// `pattern` split at `/`; empty components dropped unless `keepsEmpty`.
    init(_ pattern: Substring, keepsEmpty: Bool = false) {
        components = pattern.split(separator: "/", omittingEmptySubsequences: !keepsEmpty).map(Self.pieces)
    }

    /// `pattern` split around its first `{rom_path_stem}`, if it has one.
    static func split(_ pattern: String) -> Split {
        let placeholder = "{rom_path_stem}"
        var search = Substring(pattern)
        while let open = search.firstIndex(of: "{") {
            if search[open...].hasPrefix(placeholder) {
                let end = pattern.index(open, offsetBy: placeholder.count)
                return .aroundRomPath(
                    head: PathPattern(pattern[..<open]), tail: PathPattern(pattern[end...], keepsEmpty: true))
            }
            search = search[search.index(after: open)...]
        }
        return .whole(PathPattern(Substring(pattern)))
    }

    /// Each component with its placeholders replaced by `values` (`ext` first), unknown ones left as written; the
    /// components are not sanitised yet.
    func filled(_ values: [String: String], ext: String) -> [String] {
        components.map { pieces in
            var text = ""
            for piece in pieces {
                switch piece {
                case .text(let literal): text += literal
                case .placeholder("ext"): text += ext
                case .placeholder(let key): text += values[key] ?? "{\(key)}"
                }
            }
            return text
        }
    }

    /// `text` as literal pieces and placeholders (an unclosed `{` is literal).
    private static func pieces(_ text: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var rest = text
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}
