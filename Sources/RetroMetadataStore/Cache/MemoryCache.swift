import Foundation

/// An in-process cache: least recently used entries are evicted beyond `maxEntries`, entries expire by TTL.
public actor MemoryCache: CacheStatisticsReporting, CachePruning {
    /// The most entries kept; storing one more evicts the least recently used.
    public let maxEntries: Int
    private let clock: CacheClock
    private var order = RecencyList()
    private var entries: [String: Entry] = [:]

    private struct Entry {
        var value: Data
        var expires: Date?
        var node: RecencyList.Node
    }

    /// Creates an empty cache holding at most `maxEntries` entries (at least one).
    public init(maxEntries: Int = 10_000, clock: CacheClock = .system) {
        self.maxEntries = max(1, maxEntries)
        self.clock = clock
    }

    /// The live value for `key`, which becomes the most recently used entry.
    public func value(for key: String) -> Data? {
        guard let entry = entries[key] else { return nil }
        if let expires = entry.expires, expires <= clock.now() {
            remove(key)
            return nil
        }
        order.moveToFront(entry.node)
        return entry.value
    }

    /// Stores `value`, evicting the least recently used entries when the cache is full.
    public func set(_ value: Data, for key: String, ttl: Duration?) {
        let expires = ttl.map { clock.now().addingTimeInterval(Double($0.wholeMilliseconds) / 1000) }
        if var entry = entries[key] {
            entry.value = value
            entry.expires = expires
            entries[key] = entry
            order.moveToFront(entry.node)
            return
        }
        while entries.count >= maxEntries, let oldest = order.last { remove(oldest.key) }
        entries[key] = Entry(value: value, expires: expires, node: order.pushFront(key))
    }

    /// Removes `key`.
    @discardableResult
    public func delete(_ key: String) -> Bool {
        guard entries[key] != nil else { return false }
        remove(key)
        return true
    }

    /// Removes everything.
    public func clear() {
        entries = [:]
        order = RecencyList()
    }

    /// Removes expired entries.
    @discardableResult
    public func prune() -> Int {
        let now = clock.now()
        let expired = entries.filter { $0.value.expires.map { $0 <= now } ?? false }.map(\.key)
        for key in expired { remove(key) }
        return expired.count
    }

    /// Entries, value bytes and expired entries.
    public func statistics() -> CacheStatistics {
        let now = clock.now()
        let bytes = entries.values.reduce(Int64(0)) { $0 + Int64($1.value.count) }
        let expired = entries.values.count { $0.expires.map { $0 <= now } ?? false }
        return CacheStatistics(backend: "memory", entries: entries.count, bytes: bytes, expired: expired)
    }

    private func remove(_ key: String) {
        guard let entry = entries.removeValue(forKey: key) else { return }
        order.unlink(entry.node)
    }
}
