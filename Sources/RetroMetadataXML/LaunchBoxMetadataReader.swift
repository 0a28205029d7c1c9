import RetroMetadataCore

/// Streams LaunchBox's `Metadata.xml` (hundreds of MB) record by record in flat memory.
public final class LaunchBoxMetadataReader {
    private let reader: XMLStreamReader

    /// Opens the dump at `path` for streaming.
    public init(path: String) throws {
        reader = try XMLStreamReader(path: path)
    }

    /// Repairs made to the input so far (the dump has carried characters XML 1.0 forbids).
    public var warnings: [XMLDiagnostic] { reader.warnings }

    /// The next record, or `nil` at the end; throws with file, line and column when unreadable.
    public func next() throws -> LaunchBoxMetadataRecord? {
        var depth = 0
        var recordName: String?
        var fields: [LibraryTextField] = []
        var fieldText = ""
        while let event = try reader.next() {
            switch event {
            case .startElement(let name, _, let isEmpty):
                depth += 1
                if depth == 1 && recordName == nil && name == "LaunchBox" {
                    // Root of the dump: records are its children.
                    depth = 0
                    continue
                }
                if depth == 1 { recordName = name }
                if depth == 2 { fieldText = "" }
                if isEmpty {
                    if depth == 2 { fields.append(LibraryTextField(name: name, value: "")) }
                    if depth == 1, let record = recordName { return Self.record(record, fields: []) }
                    depth -= 1
                }
            case .endElement(let name):
                if depth == 2 { fields.append(LibraryTextField(name: name, value: fieldText)) }
                depth -= 1
                if depth == 0, let record = recordName { return Self.record(record, fields: fields) }
                if depth < 0 { depth = 0 }
            case .text(let text), .cdata(let text):
                if depth == 2 { fieldText += text }
            case .comment, .processingInstruction:
                continue
            }
        }
        return nil
    }

    /// Calls `body` with every record in order.
    public func forEach(_ body: (LaunchBoxMetadataRecord) throws -> Void) throws {
        while let record = try next() { try body(record) }
    }

    private static func record(_ name: String, fields: [LibraryTextField]) -> LaunchBoxMetadataRecord {
        var byName: [String: String] = [:]
        for field in fields where byName[field.name] == nil { byName[field.name] = field.value }
        func text(_ key: String) -> String? { byName[key].flatMap(meaningful) }
        switch name {
        case "Game":
            return .game(LaunchBoxMetadataGame(fields: byName))
        case "GameAlternateName":
            return .alternateName(LaunchBoxMetadataAlternateName(
                databaseID: text("DatabaseID") ?? "", name: byName["AlternateName"] ?? "", region: text("Region")))
        case "GameImage":
            return .image(LaunchBoxMetadataImage(
                databaseID: text("DatabaseID") ?? "", fileName: text("FileName") ?? "", type: text("Type") ?? "",
                region: text("Region"), crc32: text("CRC32").flatMap { UInt32($0) }))
        default:
            return .other(name: name, fields: fields)
        }
    }
}
