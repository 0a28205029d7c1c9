import Foundation
import RetroMetadataCore

extension GamelistFile {
    /// Reads the file without building a tree of its entries; `nil` when it needs the general reader.
    ///
    /// One pass repairs the file into memory while libxml2 checks it and notes where each entry is
    /// (`GamelistScanner`); entries are then decoded straight from their bytes on every core. Only
    /// what lies outside the entries (declaration, `<gameList>`'s tags, comments, `<provider>`, the
    /// whitespace between entries) becomes a tree, and an entry only when it is not in serialized form.
    static func readDirectly(path: String, flavour: GamelistFlavour?) -> GamelistFile? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size <= XMLDocument.defaultSizeLimit, let scan = GamelistScanner.scan(path: path, size: size),
            let content = scan.rootContent
        else { return nil }
        let bytes = scan.bytes
        let ranges = scan.entries
        // The document with the root's content cut out is small, so it is read as a tree.
        var outside = Array(bytes[..<content.lowerBound])
        outside += bytes[content.upperBound...]
        guard var skeleton = try? XMLDocument(repaired: outside, file: path),
            let rootIndex = skeleton.rootIndex(named: "gameList"), var root = skeleton.nodes[rootIndex].element
        else { return nil }
        skeleton.declaration = scan.repairer.declaration
        skeleton.warnings = scan.repairer.warnings + scan.parserWarnings
        skeleton.repairCount = scan.repairer.repairCount
        skeleton.hadByteOrderMark = scan.repairer.hadByteOrderMark
        skeleton.sourceSize = size
        // The root's children: what lies between entries, and an empty placeholder for each entry.
        var children: [XMLNode] = []
        children.reserveCapacity(2 * ranges.count + 1)
        var slots: [Int] = []
        slots.reserveCapacity(ranges.count)
        var cursor = content.lowerBound
        for range in ranges {
            guard appendNodes(between: bytes[cursor..<range.lowerBound], to: &children, file: path) else { return nil }
            slots.append(children.count)
            children.append(.element(XMLElement(name: bytes[range.lowerBound + 1] == UInt8(ascii: "f") ? "folder" : "game")))
            cursor = range.upperBound
        }
        guard appendNodes(between: bytes[cursor..<content.upperBound], to: &children, file: path) else { return nil }
        // Entries decode independently, so big files use every core; each chunk initializes its own
        // elements of the final arrays in place (joining per-chunk arrays would copy every entry again).
        var forms = [GamelistOriginalBytes.Form](repeating: .tree, count: ranges.count)
        let entries = [LibraryEntry](unsafeUninitializedCapacity: ranges.count) { target, initialized in
            forms.withUnsafeMutableBufferPointer { forms in
                nonisolated(unsafe) let (target, forms) = (target, forms)
                _ = ParallelChunks.map(count: ranges.count) { part in
                    var others: [Int] = []
                    bytes.withUnsafeBufferPointer { buffer in
                        for index in part {
                            if let read = CanonicalEntryReader.decode(UnsafeBufferPointer(rebasing: buffer[ranges[index]])) {
                                (target.baseAddress! + index).initialize(to: read.entry)
                                forms[index] = read.form
                            } else {
                                others.append(index)
                            }
                        }
                    }
                    let trees = GamelistOriginalBytes.elements(in: bytes, ranges: ranges, indices: others, file: path)
                    for (index, tree) in zip(others, trees) {
                        (target.baseAddress! + index).initialize(to: GamelistEntryCodec.decode(tree))
                    }
                }
            }
            initialized = ranges.count
        }
        let source = GamelistOriginalBytes(bytes: bytes, ranges: ranges, forms: forms, file: path)
        // The flavour is told by the first 200 elements in the root, read as one tree.
        var sample = root
        let sampleEnd = ranges.count > 200 ? ranges[199].upperBound : content.upperBound
        guard let sampled = try? XMLDocument.fragment(bytes[content.lowerBound..<sampleEnd], file: path) else { return nil }
        sample.children = sampled
        root.children = children
        skeleton.nodes[rootIndex] = .element(root)
        return GamelistFile(
            skeleton: skeleton, source: source, entries: entries, slots: slots,
            flavour: flavour ?? detectFlavour(document: skeleton, root: sample))
    }

    /// A directly read file: `skeleton` has placeholders at `slots` for the entries `source` holds.
    private init(skeleton: XMLDocument, source: GamelistOriginalBytes, entries: [LibraryEntry], slots: [Int], flavour: GamelistFlavour) {
        self.skeleton = skeleton
        self.source = source
        self.flavour = flavour
        originalEntries = entries
        originalSlots = slots
        library = Library(entries: entries)
    }

    /// Appends the nodes in `bytes` (between two entries): plain layout directly, anything else through a tree.
    private static func appendNodes(between bytes: ArraySlice<UInt8>, to children: inout [XMLNode], file: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        // Layout reads as itself, CR LF and a lone CR as LF (as libxml2 reads them); anything else needs libxml2.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            var text: [UInt8] = []
            bytes.withUnsafeBufferPointer { appendLineEndsAsLF($0, to: &text) }
            children.append(.text(String(decoding: text, as: UTF8.self)))
            return true
        }
        guard let nodes = try? XMLDocument.fragment(bytes, file: file) else { return false }
        children += nodes
        return true
    }
}
