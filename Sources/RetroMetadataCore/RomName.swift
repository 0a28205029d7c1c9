/// What a ROM file name says: the clean title, extension, regions, languages, version, disc and
/// flags, read from No-Intro, Redump and GoodTools naming.
///
/// `RomName(parsing: "Legend of Zelda, The - A Link to the Past (USA) (Rev 1) [!].sfc")` has the
/// name `Legend of Zelda, The - A Link to the Past`, display title
/// `The Legend of Zelda: A Link to the Past`, region `us`, version `Rev 1` and the flag `verified`.
public struct RomName: Hashable, Sendable {
    /// The text that was parsed.
    public let input: String
    /// The title without path, extension and tags, whitespace collapsed (the reference `clean_filename`).
    public let name: String
    /// The extension, lower case without the dot; `nil` when there is none.
    public let fileExtension: String?
    /// Every `(...)` and `[...]` group's contents, in order, without brackets.
    public let tags: [String]
    /// Region codes in the order the tags name them (`us`, `eu`, `jp`, `wor`, ...).
    public let regions: [String]
    /// Two-letter language codes from language tags and translation tags.
    public let languages: [String]
    /// The version or revision tag (`Rev 1`, `v1.1`), when there is one.
    public let version: String?
    /// The disc, side or part, when a tag names one.
    public let disc: DiscTag?
    /// Dump and release properties read from the tags and the name.
    public let flags: Set<RomFlag>

    /// Parses a file name or path.
    public init(parsing input: String) {
        self.input = input
        let parts = RomNameScanner(input)
        name = parts.name
        fileExtension = parts.fileExtension
        tags = parts.tags.map(\.text)
        var regions: [String] = []
        var languages: [String] = []
        var version: String?
        var disc: DiscTag?
        var flags = Set<RomFlag>()
        for tag in parts.tags {
            let tagFlags = RomName.flags(of: tag)
            flags.formUnion(tagFlags)
            if let translated = LanguageTable.translationLanguage(inTag: tag.text) {
                languages.append(translated)
            } else if let listed = LanguageTable.languages(inTag: tag.text) {
                languages.append(contentsOf: listed)
            } else if tagFlags.isEmpty {
                regions.append(contentsOf: RegionTable.regions(inTag: tag.text))
            }
            if version == nil, RomName.isVersion(tag.text) { version = tag.text }
            if disc == nil { disc = DiscTag(tag: tag.text) }
        }
        if RomName.namesBIOS(parts.baseName) { flags.insert(.bios) }
        self.regions = regions.uniqued()
        self.languages = languages.uniqued()
        self.version = version
        self.disc = disc
        self.flags = flags
    }

    /// The first region code, the one the reference reports.
    public var region: String? { regions.first }

    /// True for a BIOS file.
    public var isBIOS: Bool { flags.contains(.bios) }

    /// True for anything but a finished release: demos, betas and prototypes (the reference's `is_demo_file`).
    public var isDemo: Bool { !flags.isDisjoint(with: [.demo, .beta, .prototype]) }

    /// True for unofficial releases: unlicensed, pirate and hacked ROMs (the reference's `is_unlicensed`).
    public var isUnlicensed: Bool { !flags.isDisjoint(with: [.unlicensed, .pirate, .hack]) }

    /// The reference search key: `SearchTermNormalizer` applied to `name`.
    public var searchKey: String { SearchTermNormalizer.normalize(name) }
}

extension Array where Element: Hashable {
    /// The elements in order with later repeats removed.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
