/// The repaired bytes a gamelist was read from, and where each of its entries lies in them.
///
/// A directly read `GamelistFile` keeps its entries here instead of as trees: an unchanged entry in
/// serialized form is written back as a copy of its bytes, any other one is parsed when needed.
final class GamelistSource: Sendable {
    /// The repaired input (declaration and the repairer's wrapper element included).
    let bytes: [UInt8]
    /// Each original entry's bytes, from its `<` to its closing `>`.
    let ranges: [Range<Int>]
    /// For each original entry, whether its bytes are exactly what the serializer writes for it.
    let verbatim: [Bool]
    /// The file read, for diagnostics.
    let file: String

    init(bytes: [UInt8], ranges: [Range<Int>], verbatim: [Bool], file: String) {
        self.bytes = bytes
        self.ranges = ranges
        self.verbatim = verbatim
        self.file = file
    }

    /// Original entry `index` as a tree, parsed from its bytes (which libxml2 already read once, so it parses).
    func element(_ index: Int) -> XMLElement {
        Self.element(in: bytes, range: ranges[index], file: file)
    }

    /// The element in `range` of repaired `bytes` as a tree.
    static func element(in bytes: [UInt8], range: Range<Int>, file: String) -> XMLElement {
        let nodes = (try? XMLDocument.fragment(bytes[range], file: file)) ?? []
        return nodes.lazy.compactMap(\.element).first ?? XMLElement(name: "game")
    }

    /// Appends original entry `index`: its bytes when they are in serialized form, else its tree serialized.
    func write(_ index: Int, to serializer: inout XMLSerializer) {
        if verbatim[index] {
            serializer.appendBytes(bytes[ranges[index]])
        } else {
            serializer.write(element(index))
        }
    }
}
