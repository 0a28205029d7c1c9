import RetroMetadataCore

/// Which artwork wins: source order (per kind, with a general fallback), then region, then language.
public struct ArtworkPreferences: Sendable, Hashable {
    /// Source order used for kinds without their own entry in `sourcesByKind`.
    public var sources: [ProviderKey]
    /// Source order for particular kinds (for example logos from SteamGridDB before IGDB).
    public var sourcesByKind: [MediaKind: [ProviderKey]]
    /// Region codes, best first (`us` before `wor` before `eu` ...); compared without case.
    public var regions: [String]
    /// Language codes, best first; compared without case.
    public var languages: [String]

    /// Creates preferences.
    public init(
        sources: [ProviderKey], sourcesByKind: [MediaKind: [ProviderKey]] = [:], regions: [String],
        languages: [String]
    ) {
        self.sources = sources
        self.sourcesByKind = sourcesByKind
        self.regions = regions.map { $0.lowercased() }
        self.languages = languages.map { $0.lowercased() }
    }

    /// The source order for `kind`.
    public func sources(for kind: MediaKind) -> [ProviderKey] { sourcesByKind[kind] ?? sources }
}
