import RetroMetadataCore

/// One line of `inspect --json`: a parsed ROM name in the documented shape.
struct InspectRow: Encodable {
    var input: String
    var name: String
    var fileExtension: String?
    var region: String?
    var regions: [String]
    var languages: [String]
    var version: String?
    var tags: [String]
    var disc: Int?
    var bios: Bool
    var demo: Bool
    var unlicensed: Bool
    var searchKey: String

    /// The row for a parsed name.
    init(_ rom: RomName) {
        input = rom.input
        name = rom.name
        fileExtension = rom.fileExtension
        region = rom.region
        regions = rom.regions
        languages = rom.languages
        version = rom.version
        tags = rom.tags
        disc = rom.disc?.number
        bios = rom.isBIOS
        demo = rom.isDemo
        unlicensed = rom.isUnlicensed
        searchKey = rom.searchKey
    }

    enum CodingKeys: String, CodingKey {
        case input, name, region, regions, languages, version, tags, disc, bios, demo, unlicensed
        case fileExtension = "extension"
        case searchKey = "search_key"
    }

    /// Every key is written, `null` included, so scripts see the same shape on every line.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: .input)
        try container.encode(name, forKey: .name)
        try container.encode(fileExtension, forKey: .fileExtension)
        try container.encode(region, forKey: .region)
        try container.encode(regions, forKey: .regions)
        try container.encode(languages, forKey: .languages)
        try container.encode(version, forKey: .version)
        try container.encode(tags, forKey: .tags)
        try container.encode(disc, forKey: .disc)
        try container.encode(bios, forKey: .bios)
        try container.encode(demo, forKey: .demo)
        try container.encode(unlicensed, forKey: .unlicensed)
        try container.encode(searchKey, forKey: .searchKey)
    }

    /// Column headings of the human table.
    static let headers = ["TITLE", "EXT", "REGIONS", "LANGUAGES", "VERSION", "DISC", "FLAGS", "TAGS"]

    /// The human table cells for a parsed name: the display title and every flag.
    static func cells(for rom: RomName) -> [String] {
        let flags = RomFlag.allCases.filter(rom.flags.contains).map(\.rawValue)
        return [
            rom.name.isEmpty ? "(no title)" : rom.displayTitle, rom.fileExtension ?? "",
            rom.regions.joined(separator: ","),
            rom.languages.joined(separator: ","), rom.version ?? "", rom.disc.map { String($0.number) } ?? "",
            flags.joined(separator: ","), rom.tags.joined(separator: "; "),
        ]
    }
}
