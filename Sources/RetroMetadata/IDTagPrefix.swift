import RetroMetadataCore

/// The id-tag prefix of each provider that supports tags (`(igdb-1234)`, `(moby-5)`, `(ssfr-42)`, ...).
enum IDTagPrefix {
    /// Prefix by provider, one line each.
    static let byProvider: [ProviderKey: String] = [
        .igdb: "igdb",
        .mobygames: "moby",
        .screenscraper: "ssfr",
        .retroachievements: "ra",
        .steamgriddb: "sgdb",
        .hltb: "hltb",
        .thegamesdb: "tgdb",
    ]
}
