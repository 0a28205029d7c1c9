extension Platform {
    /// Creates a platform from one line of the generated catalog data, one labelled argument per provider.
    init(
        slug: String, name: String, igdb: Int? = nil, mobygames: Int? = nil, screenscraper: Int? = nil,
        retroachievements: Int? = nil, thegamesdb: Int? = nil, hltb: String? = nil, hasheous: String? = nil,
        launchbox: String? = nil, flashpoint: Int? = nil, frontends: PlatformFrontendNames = PlatformFrontendNames()
    ) {
        var ids: [ProviderKey: PlatformID] = [:]
        ids[.igdb] = igdb.map(PlatformID.int)
        ids[.mobygames] = mobygames.map(PlatformID.int)
        ids[.screenscraper] = screenscraper.map(PlatformID.int)
        ids[.retroachievements] = retroachievements.map(PlatformID.int)
        ids[.thegamesdb] = thegamesdb.map(PlatformID.int)
        ids[.hltb] = hltb.map(PlatformID.string)
        ids[.hasheous] = hasheous.map(PlatformID.string)
        ids[.launchbox] = launchbox.map(PlatformID.string)
        ids[.flashpoint] = flashpoint.map(PlatformID.int)
        self.init(slug: slug, name: name, ids: ids, frontendNames: frontends)
    }
}
