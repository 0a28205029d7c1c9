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

    /// Holds `provider` at `priority`, calling it through `cache` when one is given.
    public init(_ provider: any MetadataProvider, priority: Int, cache: ResponseCache? = nil) {
        key = provider.key
        self.priority = priority
        base = provider
        if let cache {
            let cached = CachingProvider(base: provider, cache: cache)
            self.provider = cached
            hashing = provider is any HashIdentifying ? cached : nil
        } else {
            self.provider = provider
            hashing = provider as? any HashIdentifying
        }
    }
}
