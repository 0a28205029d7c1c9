import Foundation

/// A key-value store for cached bytes; every backend (memory, SQLite, Redis, none) conforms.
public protocol CacheBackend: Sendable {
    /// The bytes stored under `key`, or `nil` when missing or expired.
    func value(for key: String) async throws -> Data?

    /// Stores `value` under `key`, replacing any earlier value; `ttl` `nil` means it never expires.
    func set(_ value: Data, for key: String, ttl: Duration?) async throws

    /// Removes `key`; `true` when something was removed.
    @discardableResult
    func delete(_ key: String) async throws -> Bool

    /// Removes every entry this cache owns.
    func clear() async throws
}

/// A cache backend that can count what it holds.
public protocol CacheStatisticsReporting: CacheBackend {
    /// Entries, bytes and expired entries held right now.
    func statistics() async throws -> CacheStatistics
}

/// A cache backend that keeps expired entries until they are pruned.
public protocol CachePruning: CacheBackend {
    /// Removes expired entries and returns how many were removed.
    @discardableResult
    func prune() async throws -> Int
}

extension Duration {
    /// The duration in whole milliseconds (fractions rounded down, at least 1 for a positive duration).
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return self > .zero ? max(1, milliseconds) : milliseconds
    }
}
