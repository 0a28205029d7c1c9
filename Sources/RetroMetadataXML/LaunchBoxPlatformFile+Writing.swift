import Foundation
import RetroMetadataCore

extension LaunchBoxPlatformFile {
    private static let recordIndent = "\n  ", fieldIndent = "\n    "

    /// The offset of the local time zone now, in minutes (the offset LaunchBox itself writes dates with).
    public static var localUTCOffsetMinutes: Int { TimeZone.current.secondsFromGMT() / 60 }

    /// The GUID a game gets: its own, else a name-based UUID of its path (the same on every run).
    public static func gameID(for entry: LibraryEntry) -> String {
        entry.launchBoxID ?? NameBasedUUID.make(name: entry.path).uuidString.lowercased()
    }

    /// The file's bytes; dates without an offset get `utcOffsetMinutes`.
    public func serialized(utcOffsetMinutes: Int = localUTCOffsetMinutes) -> [UInt8] {
        var output = document
        guard let rootIndex = output.rootIndex(named: "LaunchBox"), var root = output.nodes[rootIndex].element else {
            return output.serialized()
        }
        func key(_ entry: LibraryEntry) -> String { entry.launchBoxID?.lowercased() ?? "path:" + entry.path }
        var waiting: [String: [Int]] = [:]
        for (index, original) in originals.enumerated().reversed() { waiting[key(original.entry), default: []].append(index) }
        var entryOfSlot: [Int: Int] = [:]
        var added: [Int] = []
        for (index, entry) in library.entries.enumerated() {
            if let original = waiting[key(entry)]?.popLast() { entryOfSlot[originals[original].slot] = index } else { added.append(index) }
        }
        let originalBySlot = Dictionary(uniqueKeysWithValues: originals.map { ($0.slot, $0.entry) })
        var removedIDs = Set<String>(), relinkedIDs = Set<String>(), relinked: [LibraryEntry] = []
        var children: [XMLNode] = []
        for (slot, child) in root.children.enumerated() {
            if let original = originalBySlot[slot], var record = child.element {
                guard let index = entryOfSlot[slot] else {
                    removedIDs.insert(Self.gameID(for: original).lowercased())
                    if children.last?.isWhitespace == true { children.removeLast() }
                    continue
                }
                let entry = library.entries[index]
                if entry != original {
                    update(&record, from: original, to: entry, utcOffsetMinutes: utcOffsetMinutes)
                    if entry.alternateNames != original.alternateNames || entry.customFields != original.customFields {
                        relinkedIDs.insert(Self.gameID(for: original).lowercased())
                        relinked.append(entry)
                    }
                }
                children.append(.element(record))
            } else if let record = child.element, Self.allLinkedRecords.contains(record.name),
                let id = record.recordValue("GameID", ignoringCase: true)?.lowercased(),
                removedIDs.contains(id) || (relinkedIDs.contains(id) && Self.linkedRecords.contains(record.name))
            {
                if children.last?.isWhitespace == true { children.removeLast() }
            } else {
                children.append(child)
            }
        }
        for index in added {
            insert(newGame(library.entries[index], utcOffsetMinutes: utcOffsetMinutes), into: &children)
        }
        for entry in relinked + added.map({ library.entries[$0] }) {
            for record in linkedRecords(of: entry) { insert(record, into: &children) }
        }
        root.children = children
        output.nodes[rootIndex] = .element(root)
        return output.serialized()
    }

    /// Writes the platform file atomically to `path` (keeping `path.bak` the first time a file is replaced).
    public func write(to path: String, keepsBackup: Bool = true, utcOffsetMinutes: Int = localUTCOffsetMinutes) throws {
        try writeXMLAtomically(serialized(utcOffsetMinutes: utcOffsetMinutes), to: path, keepsBackup: keepsBackup)
    }

    /// Sets only the fields whose value changed between `original` and `entry`.
    private func update(_ record: inout XMLElement, from original: LibraryEntry, to entry: LibraryEntry, utcOffsetMinutes: Int) {
        for (element, value) in LaunchBoxValue.gameFields {
            let new = value.text(in: entry, utcOffsetMinutes: utcOffsetMinutes)
            if new != value.text(in: original, utcOffsetMinutes: utcOffsetMinutes) {
                record.setRecordValue(element, to: new, indent: Self.fieldIndent)
            }
        }
        for field in entry.fields where original.field(field.name) != field.value {
            record.setRecordValue(field.name, to: field.value, indent: Self.fieldIndent)
        }
    }

    private func newGame(_ entry: LibraryEntry, utcOffsetMinutes: Int) -> XMLElement {
        var fields: [(String, String)] = LaunchBoxValue.gameFields.map { element, value in
            (element, element == "ID" ? Self.gameID(for: entry) : value.text(in: entry, utcOffsetMinutes: utcOffsetMinutes))
        }
        if entry.field("Platform") == nil { fields.append(("Platform", library.platform ?? "")) }
        fields += entry.fields.map { ($0.name, $0.value) }
        var record = XMLElement.record("Game", fields: fields, indent: Self.fieldIndent, closingIndent: Self.recordIndent)
        for fragment in entry.unknownElements {
            guard let parsed = try? XMLDocument(parsing: Array(fragment.utf8), file: "fragment") else { continue }
            let closing = record.children.removeLast()
            for node in parsed.nodes where !node.isWhitespace { record.children += [.text(Self.fieldIndent), node] }
            record.children.append(closing)
        }
        return record
    }

    private func linkedRecords(of entry: LibraryEntry) -> [XMLElement] {
        let id = Self.gameID(for: entry)
        let names = entry.alternateNames.map { name in
            XMLElement.record("AlternateName", fields: [("GameID", id), ("Name", name.name), ("Region", name.region ?? "")],
                indent: Self.fieldIndent, closingIndent: Self.recordIndent)
        }
        let custom = entry.customFields.map { field in
            XMLElement.record("CustomField", fields: [("GameID", id), ("Name", field.name), ("Value", field.value)],
                indent: Self.fieldIndent, closingIndent: Self.recordIndent)
        }
        return names + custom
    }

    /// Inserts `record` after the last record of its kind (new games after the last game), else (a first game)
    /// before the first linked record, else at the end.
    private func insert(_ record: XMLElement, into children: inout [XMLNode]) {
        let position: Int
        if let last = children.lastIndex(where: { $0.element?.name == record.name }) {
            position = last + 1
        } else if record.name == "Game",
            let linked = children.firstIndex(where: { Self.allLinkedRecords.contains($0.element?.name ?? "") })
        {
            position = linked > 0 && children[linked - 1].isWhitespace ? linked - 1 : linked
        } else {
            position = children.last?.isWhitespace == true ? children.count - 1 : children.count
            if children.isEmpty { children.append(.text("\n")) }
        }
        children.insert(contentsOf: [.text(Self.recordIndent), .element(record)], at: min(position, children.count))
    }
}
