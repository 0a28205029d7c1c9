import RetroMetadataCore

extension GamelistFile {
    /// The file's bytes: valid XML 1.0, unchanged entries verbatim, others in the flavour's order and indentation.
    public func serialized() -> [UInt8] {
        var output = skeleton
        guard let rootIndex = output.rootIndex(named: "gameList"), let root = output.nodes[rootIndex].element else {
            return output.serialized()
        }
        // Right after reading both arrays share one buffer, which makes this comparison immediate.
        let untouched = library.entries == originalEntries
        if untouched && (flavour.keepsElementsBeforeRoot || output.nodes.filter({ $0.element != nil }).count == 1) {
            var pieces: [GamelistPiece] = []
            pieces.reserveCapacity(root.children.count)
            var next = 0
            for (slot, child) in root.children.enumerated() {
                let isEntry = next < originalSlots.count && originalSlots[next] == slot
                pieces.append(isEntry ? piece(forOriginal: next, child) : .node(child))
                if isEntry { next += 1 }
            }
            return serialized(output, pieces: pieces)
        }
        let layout = indentation(of: root)
        let codec = GamelistEntryCodec(flavour: flavour, childIndent: layout.child, closingIndent: layout.entry)
        var slotOfEntry: [Int?] = Array(repeating: nil, count: library.entries.count)
        var entryOfSlot: [Int: Int] = [:]
        var waiting: [String: [Int]] = [:]
        for index in originalEntries.indices.reversed() {
            waiting[key(originalEntries[index]), default: []].append(index)
        }
        for (index, entry) in library.entries.enumerated() {
            guard let original = waiting[key(entry)]?.popLast() else { continue }
            slotOfEntry[index] = originalSlots[original]
            entryOfSlot[originalSlots[original]] = index
        }
        var originalBySlot: [Int: Int] = [:]
        originalBySlot.reserveCapacity(originalSlots.count)
        for (index, slot) in originalSlots.enumerated() { originalBySlot[slot] = index }
        // Changed entries are updated on the tree they were read as: with `source`, parsed all together.
        var changed: [Int] = []
        for (slot, originalIndex) in originalBySlot {
            if let index = entryOfSlot[slot], library.entries[index] != originalEntries[originalIndex] { changed.append(originalIndex) }
        }
        let bases = source?.elements(changed.sorted()) ?? [:]
        var pieces: [GamelistPiece] = []
        pieces.reserveCapacity(root.children.count + 16)
        for (slot, child) in root.children.enumerated() {
            guard let originalIndex = originalBySlot[slot] else {
                pieces.append(.node(child))
                continue
            }
            guard let index = entryOfSlot[slot] else {
                if pieces.last?.isWhitespace == true { pieces.removeLast() }
                continue
            }
            let entry = library.entries[index]
            if entry == originalEntries[originalIndex] {
                pieces.append(piece(forOriginal: originalIndex, child))
            } else {
                pieces.append(.node(.element(codec.encode(entry, base: bases[originalIndex] ?? child.element))))
            }
        }
        let added = library.entries.indices.filter { slotOfEntry[$0] == nil }
        if !added.isEmpty {
            var closing: GamelistPiece = .node(.text(String(layout.entry.prefix { $0 == "\n" })))
            if pieces.last?.isWhitespace == true { closing = pieces.removeLast() }
            for index in added {
                pieces.append(.node(.text(layout.entry)))
                pieces.append(.node(.element(codec.encode(library.entries[index], base: nil))))
            }
            pieces.append(closing)
        }
        if !flavour.keepsElementsBeforeRoot { moveElementsIntoRoot(&output, rootIndex: rootIndex, layout: layout.entry, pieces: &pieces) }
        return serialized(output, pieces: pieces)
    }

    /// Writes the gamelist atomically to `path` (keeping `path.bak` the first time a file is replaced).
    public func write(to path: String, keepsBackup: Bool = true) throws {
        try writeXMLAtomically(serialized(), to: path, keepsBackup: keepsBackup)
    }

    private func key(_ entry: LibraryEntry) -> String { entry.kind.rawValue + "\u{0}" + entry.path }

    /// How an unchanged original entry is written: its bytes when read directly, else its tree.
    private func piece(forOriginal index: Int, _ child: XMLNode) -> GamelistPiece {
        source == nil ? .node(child) : .original(index)
    }

    /// Whitespace before entries and before their children, taken from the file (ES's tabs when it has none).
    private func indentation(of root: XMLElement) -> (entry: String, child: String) {
        var entryIndent = "\n\t", childIndent: String?
        for (index, node) in root.children.enumerated() where node.element?.name == "game" || node.element?.name == "folder" {
            // `node` is the first entry's tree, or its placeholder when the file was read directly.
            let child = source.map { XMLNode.element($0.element(0)) } ?? node
            if index > 0, case .text(let space) = root.children[index - 1], child.isWhitespace == false,
                root.children[index - 1].isWhitespace
            {
                entryIndent = "\n" + (space.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
            }
            if case .text(let space) = child.element?.children.first, child.element?.children.first?.isWhitespace == true {
                childIndent = "\n" + (space.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
            }
            break
        }
        let unit = String(entryIndent.dropFirst())
        return (entryIndent, childIndent ?? entryIndent + (unit.isEmpty ? "\t" : unit))
    }

    /// Moves top-level elements other than `<gameList>` to the start of `pieces`, so the output has one root.
    private func moveElementsIntoRoot(_ document: inout XMLDocument, rootIndex: Int, layout: String, pieces: inout [GamelistPiece]) {
        var moved: [XMLNode] = []
        var kept: [XMLNode] = []
        for (index, node) in document.nodes.enumerated() {
            if index != rootIndex, node.element != nil { moved.append(node) } else { kept.append(node) }
        }
        guard !moved.isEmpty else { return }
        var prefix: [GamelistPiece] = []
        for node in moved { prefix += [.node(.text(layout)), .node(node)] }
        if pieces.isEmpty { prefix.append(.node(.text("\n"))) }
        pieces.insert(contentsOf: prefix, at: 0)
        // Drop the blank lines the moved elements leave at the top level.
        document.nodes = kept.enumerated().filter { index, node in
            !(node.isWhitespace && index > 0 && kept[index - 1].isWhitespace)
        }.map(\.element)
    }
}
