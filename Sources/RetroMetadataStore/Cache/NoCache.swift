import Foundation

/// The cache that stores nothing: every read misses.
public struct NoCache: CacheStatisticsReporting {
    /// Creates the empty cache.
    public init() {}

    /// Always `nil`.
    public func value(for key: String) async throws -> Data? { nil }

    /// Does nothing.
    public func set(_ value: Data, for key: String, ttl: Duration?) async throws {}

    /// Always `false`.
    public func delete(_ key: String) async throws -> Bool { false }

    /// Does nothing.
    public func clear() async throws {}

    /// Zero of everything.
    public func statistics() async throws -> CacheStatistics {
        CacheStatistics(backend: "none", entries: 0, bytes: 0, expired: 0)
    }
}
