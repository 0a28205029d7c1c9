import RetroMetadataCore

/// A metadata source: searches, fetches by id and identifies by file name.
///
/// Platform ids are the provider's own numbers (the caller translates universal slugs).
public protocol MetadataProvider: Sendable {
    /// The provider's key (`igdb`, `screenscraper`, ...).
    var key: ProviderKey { get }
    /// Games whose name matches `query`, best first, at most `limit`.
    func search(_ query: String, platformID: Int?, limit: Int) async throws -> [SearchResult]
    /// The full record of the game with the provider's `id`, or `nil` when there is none.
    func game(id: String) async throws -> Game?
    /// The game a ROM file name most likely is, or `nil`; id tags such as `(igdb-1234)` win.
    func identify(fileName: String, platformID: Int?) async throws -> Game?
}

/// A provider that can identify a ROM by its content hashes.
public protocol HashIdentifying: MetadataProvider {
    /// The game whose ROM has these hashes, or `nil`; `fileName` helps providers that accept it.
    func identify(hashes: FileHashes, fileName: String?, platformID: Int?) async throws -> Game?
}

/// A provider that has a cheaper liveness check than a search.
public protocol HeartbeatChecking: MetadataProvider {
    /// Succeeds when the provider answers and accepts the credentials.
    func heartbeat() async throws
}

extension MetadataProvider {
    /// Checks the provider answers: its own heartbeat when it has one, else a one-result search.
    public func checkHeartbeat() async throws {
        if let checking = self as? any HeartbeatChecking {
            try await checking.heartbeat()
        } else {
            _ = try await search("mario", platformID: nil, limit: 1)
        }
    }
}

/// A local source that narrows searches to one platform by its universal slug (`snes`), because it keys its
/// games by platform names rather than by a numeric platform id.
public protocol PlatformScoped: MetadataProvider {
    /// Games named like `query` on `platform` (any platform when `nil`), best first, at most `limit`.
    func search(_ query: String, platform: String?, limit: Int) async throws -> [SearchResult]
    /// The game a ROM file name most likely is on `platform` (any platform when `nil`), or `nil`.
    func identify(fileName: String, platform: String?) async throws -> Game?
}
