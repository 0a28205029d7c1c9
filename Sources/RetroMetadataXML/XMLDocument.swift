import Foundation

/// A whole XML document as plain Swift values, read leniently through libxml2 and written as valid XML 1.0.
///
/// Whitespace between elements is kept as text nodes, so an unchanged document serializes to the
/// same layout it was read with. Several top-level elements (ES-DE's `<alternativeEmulator>` before
/// `<gameList>`) and top-level comments are kept in `nodes` in their order.
public struct XMLDocument: Sendable {
    /// Largest input `read` accepts by default (a DOM costs several times its file size in memory).
    public static let defaultSizeLimit = 512 << 20

    /// The `<?xml ...?>` declaration, if the document has one.
    public var declaration: XMLDeclaration?
    /// Top-level nodes in order: elements, comments, processing instructions, whitespace.
    public var nodes: [XMLNode]
    /// Repairs made while reading (file, line, column, what was done).
    public var warnings: [XMLDiagnostic]
    /// How many repairs were made in all (only the first thousand are kept in `warnings`).
    public var repairCount: Int
    /// Whether the input started with a byte order mark (never written back).
    public var hadByteOrderMark: Bool
    /// Size of the input read, used to size the output buffer once.
    var sourceSize = 0

    /// Creates a document from nodes.
    public init(declaration: XMLDeclaration? = XMLDeclaration(), nodes: [XMLNode]) {
        self.declaration = declaration
        self.nodes = nodes
        warnings = []
        repairCount = 0
        hadByteOrderMark = false
    }

    /// Reads and leniently parses the file at `path`; throws `XMLError` naming the file when unreadable.
    public static func read(path: String, sizeLimit: Int = defaultSizeLimit) throws -> XMLDocument {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw XMLError.io("cannot read: \(error.localizedDescription)", file: path)
        }
        let size = attributes[.size] as? Int ?? 0
        if size > sizeLimit { throw XMLError.tooLarge(file: path, size: size, limit: sizeLimit) }
        // Streamed from the file: the raw bytes are never held in memory all at once.
        var document = try XMLDocument(reader: XMLStreamReader(path: path, wrapsBody: true))
        document.sourceSize = size
        return document
    }

    /// Leniently parses `bytes`; `file` names the input in warnings and errors.
    public init(parsing bytes: [UInt8], file: String) throws {
        try self.init(reader: XMLStreamReader(bytes: bytes, file: file, wrapsBody: true))
        sourceSize = bytes.count
    }

    /// Parses bytes the repairer already produced (declaration and wrapper element included), without repairing again.
    init(repaired bytes: [UInt8], file: String) throws {
        try self.init(reader: XMLStreamReader(repaired: bytes, file: file))
    }

    /// The nodes of a well-formed fragment cut from repaired bytes (an entry, the content between entries).
    static func fragment(_ bytes: ArraySlice<UInt8>, file: String) throws -> [XMLNode] {
        var wrapped = Array("<\(XMLRepairer.wrapperName)>".utf8)
        wrapped.reserveCapacity(bytes.count + 2 * wrapped.count + 1)
        wrapped += bytes
        wrapped += "</\(XMLRepairer.wrapperName)>".utf8
        return try XMLDocument(repaired: wrapped, file: file).nodes
    }

    /// Builds the tree from a reader whose input is wrapped in the repairer's body element.
    private init(reader: XMLStreamReader) throws {
        // Open elements, and one child buffer per depth, reserved at the previous sibling's size: each
        // element's children array is then allocated once instead of growing node by node.
        var open: [(name: String, attributes: [XMLAttribute])] = []
        var buffers: [[XMLNode]] = []
        var top: [XMLNode] = []
        var depth = 0
        func append(_ node: XMLNode) {
            if open.isEmpty { top.append(node) } else { buffers[open.count - 1].append(node) }
        }
        while let event = try reader.next() {
            switch event {
            case .startElement(let name, let attributes, let isEmpty):
                depth += 1
                // Depth 1 is the wrapper added by the repairer around the whole body.
                if depth == 1 { continue }
                if isEmpty {
                    depth -= 1
                    append(.element(XMLElement(name: name, attributes: attributes)))
                } else {
                    open.append((name, attributes))
                    if buffers.count < open.count { buffers.append([]) }
                }
            case .endElement:
                depth -= 1
                guard depth >= 1, let (name, attributes) = open.popLast() else { continue }
                let level = open.count
                // `<a></a>` keeps its two tags: an empty text child tells the serializer so.
                var children: [XMLNode] = [.text("")]
                if !buffers[level].isEmpty {
                    // The buffer moves into the element; the next sibling's starts at this one's size
                    // (siblings are alike), so no element keeps a grown buffer's spare capacity.
                    let count = buffers[level].count
                    swap(&children, &buffers[level])
                    buffers[level] = []
                    buffers[level].reserveCapacity(count)
                }
                append(.element(XMLElement(name: name, attributes: attributes, children: children)))
            case .text(let text): append(.text(text))
            case .cdata(let text): append(.cdata(text))
            case .comment(let text): append(.comment(text))
            case .processingInstruction(let target, let data): append(.processingInstruction(target: target, data: data))
            }
        }
        declaration = reader.declaration
        nodes = top
        warnings = reader.warnings
        repairCount = reader.repairCount
        hadByteOrderMark = reader.hadByteOrderMark
    }


    /// Index in `nodes` of the first top-level element called `name` (or the first element when `nil`).
    public func rootIndex(named name: String? = nil) -> Int? {
        nodes.firstIndex { node in
            guard let element = node.element else { return false }
            return name == nil || element.name == name
        }
    }

    /// The first top-level element.
    public var root: XMLElement? {
        rootIndex().flatMap { nodes[$0].element }
    }
}
