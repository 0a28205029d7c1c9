import Logging
import RetroMetadataCore
import RetroMetadataProviders
import RetroMetadataStore

/// Asks several metadata providers at once: search, identify by name, by hash or both, fetch by id, heartbeat.
///
/// Providers run concurrently (at most `concurrency` at a time, each under its own rate limit); a failing
/// provider never fails a call, its error is reported beside the result; results are ordered by provider
/// priority, then score, so the same answers always come out in the same order.
public actor MetadataClient {
    /// The providers, in priority order (ties keep the order given).
    public nonisolated let providers: [ClientProvider]
    /// Translates universal platform slugs to each provider's platform id.
    public nonisolated let catalog: PlatformCatalog
    /// Scores names against queries and file names.
    public nonisolated let nameScorer: NameScorer
    /// Most providers asked at the same time.
    public nonisolated let concurrency: Int
    /// The response cache the providers go through, when caching.
    public nonisolated let cache: ResponseCache?
    /// How records from several providers become one game.
    public nonisolated let merger: GameMerger
    private var isShutDown = false

    /// Creates a client over `providers` (already wrapped by `ClientProvider`, with or without a cache).
    public init(
        providers: [ClientProvider], catalog: PlatformCatalog = .standard, nameScorer: NameScorer = .standard,
        concurrency: Int = 4, cache: ResponseCache? = nil, merger: GameMerger = GameMerger()
    ) {
        self.providers = providers.enumerated().sorted {
            ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset)
        }
        .map(\.element)
        self.catalog = catalog
        self.nameScorer = nameScorer
        self.concurrency = max(1, concurrency)
        self.cache = cache
        self.merger = merger
    }

    /// Creates every enabled built-in provider from `settings` (missing keys use defaults), caching through `cache`.
    public init(
        settings: [ProviderKey: ProviderSettings], environment: ProviderEnvironment, cache: ResponseCache? = nil,
        only keys: [ProviderKey]? = nil, catalog: PlatformCatalog = .standard, concurrency: Int = 4,
        merger: GameMerger = GameMerger()
    ) throws {
        var built: [ClientProvider] = []
        for descriptor in ProviderCatalog.all where keys?.contains(descriptor.key) ?? true {
            let providerSettings = settings[descriptor.key] ?? ProviderSettings()
            guard descriptor.status(with: providerSettings).isEnabled else { continue }
            let provider = try descriptor.makeProvider(settings: providerSettings, environment: environment)
            built.append(
                ClientProvider(
                    provider, priority: providerSettings.priority ?? descriptor.defaultPriority, cache: cache))
        }
        self.init(
            providers: built, catalog: catalog, nameScorer: environment.nameScorer, concurrency: concurrency,
            cache: cache, merger: merger)
    }

    /// Releases what the client holds (network cache connections); later calls throw `shutDown`.
    public func shutdown() async {
        guard !isShutDown else { return }
        isShutDown = true
        if let redis = cache?.backend as? RedisCache { await redis.close() }
    }

    /// Throws when the client was shut down.
    func checkOpen() throws(MetadataClientError) {
        if isShutDown { throw .shutDown }
    }

    /// The providers named in `keys` in priority order, or all when `keys` is `nil`; unknown keys throw.
    func selected(_ keys: [ProviderKey]?) throws(MetadataClientError) -> [ClientProvider] {
        try checkOpen()
        guard let keys else { return providers }
        if let unknown = keys.first(where: { key in !providers.contains { $0.key == key } }) {
            throw .unknownProvider(unknown, available: providers.map(\.key))
        }
        return providers.filter { keys.contains($0.key) }
    }

    /// The provider's own id for a universal platform slug (or any name the catalog knows), if it has one.
    public nonisolated func platformID(for provider: ProviderKey, platform: String?) -> Int? {
        platform.flatMap { catalog.platform(named: $0) }?.numericID(provider)
    }

    /// The full record of game `id` at `provider`; the provider's error is thrown.
    public func game(provider key: ProviderKey, id: String) async throws -> Game? {
        guard let entry = try selected([key]).first else { return nil }
        return try await entry.provider.game(id: id)
    }

    /// Checks every provider (or those in `keys`) answers, without using the cache.
    public func heartbeat(providers keys: [ProviderKey]? = nil) async throws -> [HeartbeatOutcome] {
        let answers = await fanOut(try selected(keys), operation: "heartbeat") { try await $0.base.checkHeartbeat() }
        return answers.map { HeartbeatOutcome(provider: $0.entry.key, error: $0.failure) }
    }
}

/// Runs `body` with `client` and shuts the client down afterwards, even when `body` throws.
public func withMetadataClient<Result: Sendable>(
    _ client: MetadataClient, _ body: (MetadataClient) async throws -> Result
) async throws -> Result {
    do {
        let result = try await body(client)
        await client.shutdown()
        return result
    } catch {
        await client.shutdown()
        throw error
    }
}
