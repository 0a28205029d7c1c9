import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataStore

/// A provider as the client holds it: the provider (possibly behind a cache), its priority and its hash ability.
public struct ClientProvider: Sendable {
    /// The provider's key.
    public let key: ProviderKey
    /// Lower is preferred when results are ordered and identifications chosen.
    public let priority: Int
    /// The provider the client calls (a `CachingProvider` when caching).
    public let provider: any MetadataProvider
    /// The same provider as a hash identifier, when it can identify by hash.
    public let hashing: (any HashIdentifying)?
    /// The undecorated provider, for liveness checks that must not be cached.
    public let base: any MetadataProvider
    /// The provider as a platform-scoped local source, asked directly: a cache would only go stale when the
    /// user edits the files it reads.
    public let scoped: (any PlatformScoped)?

    /// Holds `provider` at `priority`, calling it through `cache` when one is given.
    public init(_ provider: any MetadataProvider, priority: Int, cache: ResponseCache? = nil) {
        key = provider.key
        self.priority = priority
        base = provider
        scoped = provider as? any PlatformScoped
        if let cache {
            let cached = CachingProvider(base: provider, cache: cache)
            self.provider = cached
            hashing = provider is any HashIdentifying ? cached : nil
        } else {
            self.provider = provider
            hashing = provider as? any HashIdentifying
        }
    }

    /// Searches for `query` on universal platform `platform` (`platformID` is the provider's id for it).
    func search(_ query: String, platform: String?, platformID: Int?, limit: Int) async throws -> [SearchResult] {
        if let scoped { return try await scoped.search(query, platform: platform, limit: limit) }
        return try await provider.search(query, platformID: platformID, limit: limit)
    }

    /// Identifies `fileName` on universal platform `platform` (`platformID` is the provider's id for it).
    func identify(fileName: String, platform: String?, platformID: Int?) async throws -> Game? {
        if let scoped { return try await scoped.identify(fileName: fileName, platform: platform) }
        return try await provider.identify(fileName: fileName, platformID: platformID)
    }
}
