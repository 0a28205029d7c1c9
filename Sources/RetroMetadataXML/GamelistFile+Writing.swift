import RetroMetadataCore

extension GamelistFile {
    /// The file's bytes: valid XML 1.0, unchanged entries verbatim, others in the flavour's order and indentation.
    public func serialized() -> [UInt8] {
        var output = document
        guard let rootIndex = output.rootIndex(named: "gameList"), var root = output.nodes[rootIndex].element else {
            return output.serialized()
        }
        // Right after reading both arrays share one buffer, which makes this comparison immediate.
        let untouched = library.entries == originalEntries
        if untouched && (flavour.keepsElementsBeforeRoot || output.nodes.filter({ $0.element != nil }).count == 1) {
            return output.serialized()
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
        var children: [XMLNode] = []
        children.reserveCapacity(root.children.count + 16)
        for (slot, child) in root.children.enumerated() {
            guard let originalIndex = originalBySlot[slot] else {
                children.append(child)
                continue
            }
            guard let index = entryOfSlot[slot] else {
                if children.last?.isWhitespace == true { children.removeLast() }
                continue
            }
            let entry = library.entries[index]
            let unchanged = entry == originalEntries[originalIndex]
            children.append(unchanged ? child : .element(codec.encode(entry, base: child.element)))
        }
        let added = library.entries.indices.filter { slotOfEntry[$0] == nil }
        if !added.isEmpty {
            var closing: XMLNode = .text(String(layout.entry.prefix { $0 == "\n" }))
            if children.last?.isWhitespace == true { closing = children.removeLast() }
            for index in added {
                children.append(.text(layout.entry))
                children.append(.element(codec.encode(library.entries[index], base: nil)))
            }
            children.append(closing)
        }
        root.children = children
        output.nodes[rootIndex] = .element(root)
        if !flavour.keepsElementsBeforeRoot { moveElementsIntoRoot(&output, rootIndex: rootIndex, layout: layout.entry) }
        return output.serialized()
    }

    /// Writes the gamelist atomically to `path` (keeping `path.bak` the first time a file is replaced).
    public func write(to path: String, keepsBackup: Bool = true) throws {
        try writeXMLAtomically(serialized(), to: path, keepsBackup: keepsBackup)
    }

    private func key(_ entry: LibraryEntry) -> String { entry.kind.rawValue + "\u{0}" + entry.path }

    /// Whitespace before entries and before their children, taken from the file (ES's tabs when it has none).
    private func indentation(of root: XMLElement) -> (entry: String, child: String) {
        var entryIndent = "\n\t", childIndent: String?
        for (index, child) in root.children.enumerated() where child.element?.name == "game" || child.element?.name == "folder" {
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

    /// Moves top-level elements other than `<gameList>` to its start, so the output has one root.
    private func moveElementsIntoRoot(_ document: inout XMLDocument, rootIndex: Int, layout: String) {
        var moved: [XMLNode] = []
        var kept: [XMLNode] = []
        for (index, node) in document.nodes.enumerated() {
            if index != rootIndex, node.element != nil { moved.append(node) } else { kept.append(node) }
        }
        guard !moved.isEmpty, let newIndex = kept.firstIndex(where: { $0.element?.name == "gameList" }),
            var root = kept[newIndex].element
        else { return }
        var prefix: [XMLNode] = []
        for node in moved { prefix += [.text(layout), node] }
        if root.children.isEmpty { prefix.append(.text("\n")) }
        root.children.insert(contentsOf: prefix, at: 0)
        kept[newIndex] = .element(root)
        // Drop the blank lines the moved elements leave at the top level.
        document.nodes = kept.enumerated().filter { index, node in
            !(node.isWhitespace && index > 0 && kept[index - 1].isWhitespace)
        }.map(\.element)
    }
}
