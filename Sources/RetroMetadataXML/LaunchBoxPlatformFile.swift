import RetroMetadataCore

/// A LaunchBox platform file (`Data/Platforms/<Platform>.xml`): its games as a `Library`, and the document.
///
/// `<Game>` records become entries; `<AlternateName>` and `<CustomField>` records are joined to
/// their game by `GameID`. `<AdditionalApplication>`, `<GameControllerSupport>` and any other
/// record stay in the document untouched. Writing follows `GamelistFile`'s in-place rules.
public struct LaunchBoxPlatformFile: Sendable {
    /// Records joined to a game by id that the library models.
    static let linkedRecords = ["AlternateName", "CustomField"]
    /// Every record kind joined to a game by id (removed with their game).
    static let allLinkedRecords = ["AdditionalApplication", "AlternateName", "CustomField", "GameControllerSupport"]

    /// The games; edit freely, then write.
    public var library: Library
    /// The document as read (or an empty `<LaunchBox>` for a new file).
    public internal(set) var document: XMLDocument
    /// The games as read, with the index in the root's children of each `<Game>`.
    var originals: [(entry: LibraryEntry, slot: Int)]

    /// Repairs made while reading.
    public var warnings: [XMLDiagnostic] { document.warnings }

    /// A new, empty platform file for `platform`.
    public init(platform: String, library: Library = Library()) {
        var library = library
        library.platform = platform
        self.library = library
        document = XMLDocument(
            declaration: XMLDeclaration(version: "1.0", standalone: "yes"),
            nodes: [.text("\n"), .element(XMLElement(name: "LaunchBox", children: [.text("\n")])), .text("\n")])
        originals = []
    }

    /// Reads the platform file at `path`.
    public static func read(path: String) throws -> LaunchBoxPlatformFile {
        try LaunchBoxPlatformFile(document: XMLDocument.read(path: path), file: path)
    }

    /// Reads a platform file from a parsed document; throws when the root is not `<LaunchBox>`.
    public init(document: XMLDocument, file: String) throws {
        guard let root = document.rootIndex(named: "LaunchBox").flatMap({ document.nodes[$0].element }) else {
            throw XMLError.unexpectedContent("not a LaunchBox file: no <LaunchBox> element", file: file)
        }
        self.document = document
        var entries: [LibraryEntry] = []
        var originals: [(entry: LibraryEntry, slot: Int)] = []
        var indexByID: [String: Int] = [:]
        var platform: String?
        for (slot, child) in root.children.enumerated() {
            guard let record = child.element, record.name == "Game" else { continue }
            let entry = Self.decodeGame(record)
            if let id = entry.launchBoxID?.lowercased() { indexByID[id] = entries.count }
            platform = platform ?? record.recordValue("Platform").flatMap(meaningful)
            entries.append(entry)
            originals.append((entry, slot))
        }
        for record in root.childElements where Self.linkedRecords.contains(record.name) {
            guard let id = record.recordValue("GameID", ignoringCase: true)?.lowercased(), let index = indexByID[id]
            else { continue }
            Self.attach(record, to: &entries[index])
            originals[index].entry = entries[index]
        }
        self.originals = originals
        library = Library(platform: platform, entries: entries)
    }

    /// The entry a `<Game>` record holds; fields this library does not map go to `fields`, nested ones to `unknownElements`.
    static func decodeGame(_ record: XMLElement) -> LibraryEntry {
        var entry = LibraryEntry(kind: .game, path: "")
        for child in record.childElements {
            if let value = LaunchBoxValue.byElement[child.name], child.isTextOnly {
                value.set(child.text, on: &entry)
            } else if child.isTextOnly, child.attributes.isEmpty {
                entry.fields.append(LibraryTextField(name: child.name, value: child.text))
            } else {
                entry.unknownElements.append(child.xmlString)
            }
        }
        return entry
    }

    private static func attach(_ record: XMLElement, to entry: inout LibraryEntry) {
        let name = record.recordValue("Name") ?? ""
        if record.name == "AlternateName" {
            entry.alternateNames.append(LibraryAlternateName(name: name, region: record.recordValue("Region").flatMap(meaningful)))
        } else {
            entry.customFields.append(LibraryTextField(name: name, value: record.recordValue("Value") ?? ""))
        }
    }
}
