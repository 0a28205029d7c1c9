/// A game platform (console, computer or system) under its universal slug, with every provider's id for it.
public struct Platform: Hashable, Sendable, Identifiable {
    /// The universal slug, such as `snes` or `neo-geo-cd`; the platform's identity.
    public let slug: String
    /// The display name, such as `Super Nintendo`.
    public let name: String
    /// Each provider's id for this platform; a provider without one has no key.
    public let ids: [ProviderKey: PlatformID]
    /// What each frontend calls this platform, for the common platforms.
    public let frontendNames: PlatformFrontendNames

    /// The slug, so platforms can be listed and compared by identity.
    public var id: String { slug }

    /// Creates a platform.
    public init(
        slug: String, name: String, ids: [ProviderKey: PlatformID],
        frontendNames: PlatformFrontendNames = PlatformFrontendNames()
    ) {
        self.slug = slug
        self.name = name
        self.ids = ids
        self.frontendNames = frontendNames
    }

    /// The providers that have platform ids, in the order listings show them.
    public static let idProviders: [ProviderKey] = [
        .igdb, .mobygames, .screenscraper, .retroachievements, .thegamesdb, .hltb, .hasheous, .launchbox,
        .flashpoint,
    ]

    /// This platform's id at `provider`, when it has one.
    public func providerID(_ provider: ProviderKey) -> PlatformID? { ids[provider] }

    /// This platform's numeric id at `provider` (IGDB, MobyGames, ScreenScraper, RetroAchievements,
    /// TheGamesDB, Flashpoint), when it has one.
    public func numericID(_ provider: ProviderKey) -> Int? { ids[provider]?.intValue }
}
