/// One child of `<gameList>` as written: a node, or an original entry copied from the bytes it was read from.
enum GamelistPiece: Sendable {
    /// A node serialized as usual (layout, comments, `<provider>`, a changed or new entry).
    case node(XMLNode)
    /// Unchanged original entry at this index of `GamelistFile.source`.
    case original(Int)

    /// Whether this is whitespace text.
    var isWhitespace: Bool {
        if case .node(let node) = self { return node.isWhitespace }
        return false
    }

    /// Whether this is an element to serialize from its tree.
    var isElement: Bool {
        if case .node(.element) = self { return true }
        return false
    }
}
