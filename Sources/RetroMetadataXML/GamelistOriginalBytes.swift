/// The repaired bytes a gamelist was read from, and where each of its entries lies in them.
///
/// A directly read `GamelistFile` keeps its entries here instead of as trees: an unchanged entry in
/// serialized form is written back as a copy of its bytes, any other one is parsed when needed.
final class GamelistOriginalBytes: Sendable {
    /// How an unchanged entry is written back.
    enum Form: UInt8, Sendable {
        /// Its bytes are exactly what the serializer writes for it: copied as they are.
        case serialized
        /// The same once its CR LF and lone CR (in text only) read as LF, as libxml2 reads them: copied so.
        case serializedWithCR
        /// Anything else: written from its tree.
        case tree
    }


    /// The repaired input (declaration and the repairer's wrapper element included).
    let bytes: [UInt8]
    /// Each original entry's bytes, from its `<` to its closing `>`.
    let ranges: [Range<Int>]
    /// For each original entry, how it is written back while unchanged.
    let forms: [Form]
    /// The file read, for diagnostics.
    let file: String

    init(bytes: [UInt8], ranges: [Range<Int>], forms: [Form], file: String) {
        self.bytes = bytes
        self.ranges = ranges
        self.forms = forms
        self.file = file
    }

    /// Original entry `index` as a tree, parsed from its bytes (which libxml2 already read once, so it parses).
    func element(_ index: Int) -> XMLElement {
        Self.elements(in: bytes, ranges: ranges, indices: [index], file: file)[0]
    }

    /// Original entries `indices` as trees, by index.
    func elements(_ indices: [Int]) -> [Int: XMLElement] {
        Dictionary(uniqueKeysWithValues: zip(indices, Self.elements(in: bytes, ranges: ranges, indices: indices, file: file)))
    }

    /// The elements at `indices` of `ranges` in repaired `bytes`, as trees, in order.
    ///
    /// They are parsed together, one after the other in one fragment: setting up a parser per entry
    /// would cost more than parsing it when most entries of a big file need a tree (CRLF line ends).
    static func elements(in bytes: [UInt8], ranges: [Range<Int>], indices: [Int], file: String) -> [XMLElement] {
        var joined: [UInt8] = []
        joined.reserveCapacity(indices.reduce(0) { $0 + ranges[$1].count })
        for index in indices { joined += bytes[ranges[index]] }
        let trees = ((try? XMLDocument.fragment(joined[...], file: file)) ?? []).compactMap(\.element)
        if trees.count == indices.count { return trees }
        // Not expected (each range is a whole element libxml2 read), but each entry then gets its own parse.
        return indices.map { index in
            ((try? XMLDocument.fragment(bytes[ranges[index]], file: file)) ?? []).lazy.compactMap(\.element).first
                ?? XMLElement(name: "game")
        }
    }

    /// Appends original entry `index` from its bytes, which must not need a tree (`forms`).
    func write(_ index: Int, to serializer: inout XMLSerializer) {
        if forms[index] == .serializedWithCR {
            bytes.withUnsafeBufferPointer { serializer.appendLineEndsAsLF(UnsafeBufferPointer(rebasing: $0[ranges[index]])) }
        } else {
            serializer.appendBytes(bytes[ranges[index]])
        }
    }
}

/// Appends `bytes` with each CR LF and lone CR as LF, the way libxml2 reads line ends in text.
func appendLineEndsAsLF(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var start = 0
    while let cr = bytes[start...].firstIndex(of: 0x0D) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cr]))
        output.append(0x0A)
        start = cr + 1 < bytes.count && bytes[cr + 1] == 0x0A ? cr + 2 : cr + 1
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
}
