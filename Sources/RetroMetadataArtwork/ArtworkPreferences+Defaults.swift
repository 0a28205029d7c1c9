import RetroMetadataCore

extension ArtworkPreferences {
    /// The built-in order: the user's own files first, then the sources with the most complete media sets.
    ///
    /// ScreenScraper has every kind with regions; LaunchBox and TheGamesDB have regional boxes; SteamGridDB
    /// specialises in logos, heroes and icons; IGDB and MobyGames cover the rest.
    public static let standard = ArtworkPreferences(
        sources: [
            .user, .gamelist, .screenscraper, .launchbox, .thegamesdb, .igdb, .mobygames, .steamgriddb,
            .retroachievements, .flashpoint,
        ],
        sourcesByKind: [
            .wheel: [.user, .gamelist, .screenscraper, .steamgriddb, .launchbox, .thegamesdb, .igdb],
            .icon: [.user, .gamelist, .steamgriddb, .retroachievements, .screenscraper, .launchbox],
            .fanart: [.user, .gamelist, .screenscraper, .steamgriddb, .launchbox, .thegamesdb, .igdb],
            .banner: [.user, .gamelist, .screenscraper, .thegamesdb, .launchbox, .steamgriddb],
        ],
        regions: ["us", "wor", "eu", "ss", "jp", "unk"],
        languages: ["en", "fr"]
    )
}
