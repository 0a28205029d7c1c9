import RetroMetadataCore
import RetroMetadataProviders

/// One line of `dat identify`: a file (or archive member) and the DAT game its hashes match, if any.
struct DatIdentification: Encodable {
    var file: String
    var member: String?
    var name: String?
    var rom: String?
    var matchedBy: String?
    var serial: String?
    var regions: [String]

    enum CodingKeys: String, CodingKey {
        case file, member, name, rom, serial, regions
        case matchedBy = "matched_by"
    }

    /// The line for `record` of `file`, from `index`.
    init(file: String, record: HashRecord, index: DATIndex) {
        self.file = file
        member = record.member
        let full = index.lookup(record.hashes)
        let headerless = full == nil ? record.headerless.flatMap { index.lookup($0) } : nil
        let hit = full ?? headerless
        name = hit?.game.name
        rom = hit?.rom.name
        matchedBy = full.map(\.evidence) ?? headerless.map { "headerless " + $0.evidence }
        serial = hit.flatMap { $0.rom.serial ?? index.extraFields(for: $0.game)["serial"] }
        regions = hit.map { RomName(parsing: $0.game.name).regions } ?? []
    }

    /// Encodes every key, absent values as `null`, so scripts see a fixed shape.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(member, forKey: .member)
        try container.encode(name, forKey: .name)
        try container.encode(rom, forKey: .rom)
        try container.encode(matchedBy, forKey: .matchedBy)
        try container.encode(serial, forKey: .serial)
        try container.encode(regions, forKey: .regions)
    }
}
