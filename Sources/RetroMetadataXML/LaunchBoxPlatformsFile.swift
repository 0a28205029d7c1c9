/// LaunchBox's `Data/Platforms.xml`: `<Platform>`, `<PlatformFolder>` and `<PlatformCategory>` records.
///
/// Only what conversion needs is modelled (the platform names, adding a platform); every record
/// and field is kept as read.
public struct LaunchBoxPlatformsFile: Sendable {
    /// The document as read (or an empty `<LaunchBox>` for a new file).
    public private(set) var document: XMLDocument

    /// A new, empty `Platforms.xml`.
    public init() {
        document = XMLDocument(
            declaration: XMLDeclaration(version: "1.0", standalone: "yes"),
            nodes: [.text("\n"), .element(XMLElement(name: "LaunchBox", children: [.text("\n")])), .text("\n")])
    }

    /// Reads `Platforms.xml` at `path`.
    public static func read(path: String) throws -> LaunchBoxPlatformsFile {
        let document = try XMLDocument.read(path: path)
        guard document.rootIndex(named: "LaunchBox") != nil else {
            throw XMLError.unexpectedContent("not a LaunchBox file: no <LaunchBox> element", file: path)
        }
        var file = LaunchBoxPlatformsFile()
        file.document = document
        return file
    }

    /// Repairs made while reading.
    public var warnings: [XMLDiagnostic] { document.warnings }

    /// The names of the `<Platform>` records, in order.
    public var platformNames: [String] {
        root?.childElements.filter { $0.name == "Platform" }.compactMap { $0.recordValue("Name") } ?? []
    }

    private var root: XMLElement? { document.rootIndex(named: "LaunchBox").flatMap { document.nodes[$0].element } }

    /// Adds a `<Platform>` record for `name` after the last one, unless one exists (names compare case-insensitively).
    public mutating func addPlatform(_ name: String, folder: String = "") {
        guard !platformNames.contains(where: { $0.lowercased() == name.lowercased() }),
            let rootIndex = document.rootIndex(named: "LaunchBox"), var root = document.nodes[rootIndex].element
        else { return }
        let record = XMLElement.record(
            "Platform", fields: [("Name", name), ("Category", ""), ("Folder", folder), ("ScrapeAs", name)],
            indent: "\n    ", closingIndent: "\n  ")
        let position: Int
        if let last = root.children.lastIndex(where: { $0.element?.name == "Platform" }) {
            position = last + 1
        } else {
            position = root.children.last?.isWhitespace == true ? root.children.count - 1 : root.children.count
        }
        root.children.insert(contentsOf: [.text("\n  "), .element(record)], at: max(0, position))
        document.nodes[rootIndex] = .element(root)
    }

    /// The file's bytes.
    public func serialized() -> [UInt8] { document.serialized() }

    /// Writes the file atomically to `path` (keeping `path.bak` the first time a file is replaced).
    public func write(to path: String, keepsBackup: Bool = true) throws {
        try writeXMLAtomically(serialized(), to: path, keepsBackup: keepsBackup)
    }
}
