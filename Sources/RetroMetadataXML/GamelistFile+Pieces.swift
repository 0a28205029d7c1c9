extension GamelistFile {
    /// `document` serialized with `pieces` as the children of its `<gameList>`.
    func serialized(_ document: XMLDocument, pieces given: [GamelistPiece]) -> [UInt8] {
        let pieces = withTrees(given)
        let capacity = max(1 << 16, document.sourceSize + document.sourceSize / 16)
        var serializer = XMLSerializer(capacity: capacity)
        if let declaration = document.declaration { serializer.write(declaration) }
        let rootIndex = document.rootIndex(named: "gameList")
        for (index, node) in document.nodes.enumerated() {
            guard index == rootIndex, case .element(var root) = node else {
                serializer.write(node)
                continue
            }
            guard !pieces.isEmpty else {
                root.children = []
                serializer.write(root)
                continue
            }
            serializer.writeStartTag(root)
            if pieces.lazy.filter(\.isElement).count >= ParallelChunks.threshold {
                // Many trees to serialize (a file built from a tree): in chunks on every core, joined in order.
                // Verbatim copies alone are not worth it: joining the chunks would copy every byte once more.
                let perPiece = capacity / pieces.count + 1
                for part in ParallelChunks.map(count: pieces.count, { range in
                    var chunk = XMLSerializer(capacity: max(1 << 16, perPiece * range.count))
                    for index in range { write(pieces[index], to: &chunk) }
                    return chunk.bytes
                }) {
                    serializer.appendBytes(part)
                }
            } else {
                for piece in pieces { write(piece, to: &serializer) }
            }
            serializer.writeEndTag(root)
        }
        return serializer.bytes
    }

    /// `pieces` with each unchanged entry that needs a tree replaced by it (parsed all together).
    private func withTrees(_ pieces: [GamelistPiece]) -> [GamelistPiece] {
        guard let source else { return pieces }
        var others: [Int: Int] = [:]
        for (position, piece) in pieces.enumerated() {
            if case .original(let index) = piece, source.forms[index] == .tree { others[index] = position }
        }
        guard !others.isEmpty else { return pieces }
        var pieces = pieces
        for (index, tree) in source.elements(others.keys.sorted()) { pieces[others[index]!] = .node(.element(tree)) }
        return pieces
    }

    private func write(_ piece: GamelistPiece, to serializer: inout XMLSerializer) {
        switch piece {
        case .node(let node): serializer.write(node)
        case .original(let index): source?.write(index, to: &serializer)
        }
    }
}
