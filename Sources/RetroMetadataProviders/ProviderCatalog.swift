import RetroMetadataCore

/// Every built-in provider, one line each, in the default identification order.
public enum ProviderCatalog {
    /// The descriptors of all built-in providers.
    public static let all: [ProviderDescriptor] = [
        DATProvider.descriptor,
        GamelistProvider.descriptor,
        LaunchBoxProvider.descriptor,
        IGDBProvider.descriptor,
        MobyGamesProvider.descriptor,
        ScreenScraperProvider.descriptor,
        RetroAchievementsProvider.descriptor,
        SteamGridDBProvider.descriptor,
        TheGamesDBProvider.descriptor,
        HLTBProvider.descriptor,
        HasheousProvider.descriptor,
        PlaymatchProvider.descriptor,
        FlashpointProvider.descriptor,
    ]

    /// The descriptor for `key`, if built in.
    public static func descriptor(for key: ProviderKey) -> ProviderDescriptor? {
        all.first { $0.key == key }
    }
}
