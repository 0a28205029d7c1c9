import RetroMetadataCore

extension DATProvider {
    /// The `Game` for a DAT game: canonical name, regions and languages from its name, serial, metadata fields.
    func game(_ dat: DATGame, rom: DATRom?, match: MatchInfo?) -> Game {
        let parsed = RomName(parsing: dat.name)
        let fields = index.extraFields(for: dat)
        var ids: [ProviderKey: String] = [.dat: dat.name]
        if let serial = rom?.serial ?? fields["serial"], !serial.isEmpty { ids[Self.serialKey] = serial }
        var metadata = GameMetadata(regions: parsed.regions, languages: parsed.languages)
        metadata.genres = fields["genre"].map { [$0] } ?? []
        metadata.developer = fields["developer"]
        metadata.publisher = fields["publisher"]
        metadata.companies = [metadata.developer, metadata.publisher].compactMap { $0 }.uniqued()
        metadata.franchises = fields["franchise"].map { [$0] } ?? []
        if let year = fields["releaseyear"].flatMap({ Int($0) }) {
            metadata.releaseDate = GameDate(year: year, month: fields["releasemonth"].flatMap { Int($0) })
        }
        metadata.players = fields["users"].flatMap { PlayerCount(parsing: $0) }
        if let esrb = fields["esrb_rating"] ?? fields["esrb"] {
            metadata.ageRatings = [AgeRating(board: "ESRB", rating: esrb)]
        }
        // Header names carry a suffix such as `(Parent-Clone)`; the rest is the libretro system name.
        let platform = dat.system.flatMap { PlatformCatalog.standard.platform(named: RomName(parsing: $0).name)?.slug }
        return Game(name: dat.name, platform: platform, ids: ids, metadata: metadata, match: match)
            .attributed(to: .dat)
    }
}
