import RetroMetadataCore

/// An EmulationStation `gamelist.xml` of any flavour: its `Library`, and the document it came from.
///
/// Edit `library` and write: entries equal to what was read are written back verbatim, changed
/// entries are updated in place (unknown children and attributes kept), removed ones are dropped,
/// new ones are appended. Everything else in the file (comments, `<provider>`, ES-DE's
/// `<alternativeEmulator>`) is kept.
///
/// Read from a file, the entries are kept as the bytes they were read from (`source`) rather than as
/// trees: that is what makes reading and rewriting a big file cheap (see `readDirectly`).
public struct GamelistFile: Sendable {
    /// The games and folders; edit freely, then write.
    public var library: Library
    /// The dialect used for writing changed and new entries.
    public var flavour: GamelistFlavour
    /// The document as read (or an empty `<gameList>` for a new file); with `source`, entries are placeholders.
    var skeleton: XMLDocument
    /// The bytes of the entries when the file was read directly (`nil` when built from a tree).
    var source: GamelistOriginalBytes?
    /// The entries as read (sharing storage with `library.entries` until it is edited).
    var originalEntries: [LibraryEntry]
    /// For each entry as read, the index in the root's children of the element it came from.
    var originalSlots: [Int]

    /// Repairs made while reading.
    public var warnings: [XMLDiagnostic] { skeleton.warnings }

    /// The document as read (or an empty `<gameList>` for a new file), every entry as a tree.
    public var document: XMLDocument {
        guard let source, let rootIndex = skeleton.rootIndex(named: "gameList"), var root = skeleton.nodes[rootIndex].element
        else { return skeleton }
        var document = skeleton
        let trees = source.elements(Array(originalSlots.indices))
        for (index, slot) in originalSlots.enumerated() { root.children[slot] = .element(trees[index]!) }
        document.nodes[rootIndex] = .element(root)
        return document
    }

    /// A new, empty gamelist of `flavour`.
    public init(flavour: GamelistFlavour, library: Library = Library()) {
        self.flavour = flavour
        self.library = library
        skeleton = XMLDocument(
            declaration: XMLDeclaration(),
            nodes: [.text("\n"), .element(XMLElement(name: "gameList", children: [.text("\n")])), .text("\n")])
        originalEntries = []
        originalSlots = []
    }

    /// Reads the gamelist at `path`; the flavour is detected when not given.
    public static func read(path: String, flavour: GamelistFlavour? = nil) throws -> GamelistFile {
        // Files the direct reader does not take (and every unreadable one, for its error) go through a tree.
        if let file = readDirectly(path: path, flavour: flavour) { return file }
        return try GamelistFile(document: XMLDocument.read(path: path), file: path, flavour: flavour)
    }

    /// Reads a gamelist from a parsed document; throws when it has no `<gameList>` root.
    public init(document: XMLDocument, file: String, flavour: GamelistFlavour? = nil) throws {
        guard let rootIndex = document.rootIndex(named: "gameList"), let root = document.nodes[rootIndex].element else {
            throw XMLError.unexpectedContent("not a gamelist: no <gameList> element", file: file)
        }
        skeleton = document
        let children = root.children
        // Entries decode independently, so big files use every core.
        let decoded = ParallelChunks.map(count: children.count) { range in
            var part: (entries: [LibraryEntry], slots: [Int]) = ([], [])
            part.entries.reserveCapacity(range.count / 2 + 1)
            part.slots.reserveCapacity(range.count / 2 + 1)
            for slot in range {
                guard case .element(let element) = children[slot], element.name == "game" || element.name == "folder"
                else { continue }
                part.entries.append(GamelistEntryCodec.decode(element))
                part.slots.append(slot)
            }
            return part
        }
        // Joined part by part: entries are large values, copying them through tuples costs measurably.
        originalEntries = decoded.count == 1 ? decoded[0].entries : decoded.flatMap(\.entries)
        originalSlots = decoded.count == 1 ? decoded[0].slots : decoded.flatMap(\.slots)
        library = Library(entries: originalEntries)
        self.flavour = flavour ?? Self.detectFlavour(document: document, root: root)
    }

    /// The flavour a document looks like: ES-DE, Batocera, Recalbox-style or original ES.
    static func detectFlavour(document: XMLDocument, root: XMLElement) -> GamelistFlavour {
        if document.rootIndex(named: "alternativeEmulator") != nil { return .esDE }
        let esDEOnly: Set<String> = ["altemulator", "controller", "completed", "broken", "collectionsortname", "nogamecount"]
        let batoceraOnly: Set<String> = ["md5", "crc32", "lang", "scrap", "gametime", "emulator", "core", "cheevosHash"]
        for entry in root.children.lazy.compactMap(\.element).prefix(200) {
            let names = Set(entry.childElements.map(\.name))
            if !names.isDisjoint(with: esDEOnly) { return .esDE }
            if !names.isDisjoint(with: batoceraOnly) || entry.attribute("id") != nil { return .batocera }
        }
        return .emulationStation
    }
}
