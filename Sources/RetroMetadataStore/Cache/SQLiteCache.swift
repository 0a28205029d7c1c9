import Foundation
import Logging
import RetroMetadataSQLite

/// The embedded cache: one SQLite file (WAL, busy timeout) that several processes may share.
public final class SQLiteCache: CacheStatisticsReporting, CachePruning {
    /// The file name of the cache inside the state directory.
    public static let fileName = "cache.sqlite"

    /// The underlying database.
    public let database: SQLiteDatabase
    private let clock: CacheClock

    /// Opens the cache at `path`, creating it when missing; a damaged file is moved aside and rebuilt,
    /// with a warning. Expired entries are pruned on open unless `pruneExpired` is `false`.
    public init(path: String, clock: CacheClock = .system, pruneExpired: Bool = true, logger: Logger) throws {
        self.clock = clock
        database = try SQLiteDatabase.openRecovering(
            path: path, schema: SQLiteCache.schema, purpose: "response cache", logger: logger)
        if pruneExpired { try prune() }
    }

    /// Opens `cache.sqlite` in `directory` (see `StateDirectory`).
    public convenience init(
        directory: String, clock: CacheClock = .system, pruneExpired: Bool = true, logger: Logger
    ) throws {
        try self.init(
            path: directory + "/" + SQLiteCache.fileName, clock: clock, pruneExpired: pruneExpired, logger: logger)
    }

    /// The live value for `key`.
    public func value(for key: String) throws -> Data? {
        let rows = try database.query(
            "SELECT value FROM cache_entries WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)",
            [.text(key), .integer(nowMilliseconds)])
        guard let row = rows.first else { return nil }
        return Data(row[0].blob ?? [])
    }

    /// Stores `value` under `key` in one short statement.
    public func set(_ value: Data, for key: String, ttl: Duration?) throws {
        let expires: SQLiteValue = ttl.map { .integer(nowMilliseconds + $0.wholeMilliseconds) } ?? .null
        try database.run(
            "INSERT OR REPLACE INTO cache_entries (key, value, expires_at) VALUES (?, ?, ?)",
            [.text(key), .blob([UInt8](value)), expires])
    }

    /// Removes `key`.
    @discardableResult
    public func delete(_ key: String) throws -> Bool {
        try database.withStatement("DELETE FROM cache_entries WHERE key = ? RETURNING 1", [.text(key)]) {
            statement throws(SQLiteError) in
            var removed = false
            while try statement.step() { removed = true }
            return removed
        }
    }

    /// Removes every entry.
    public func clear() throws {
        try database.run("DELETE FROM cache_entries")
    }

    /// Removes expired entries.
    @discardableResult
    public func prune() throws -> Int {
        try database.withStatement(
            "DELETE FROM cache_entries WHERE expires_at <= ? RETURNING 1", [.integer(nowMilliseconds)]
        ) { statement throws(SQLiteError) in
            var removed = 0
            while try statement.step() { removed += 1 }
            return removed
        }
    }

    /// Entries, value bytes and expired entries in the file.
    public func statistics() throws -> CacheStatistics {
        let row =
            try database.query(
                "SELECT count(*), coalesce(sum(length(value)), 0), coalesce(sum(expires_at <= ?), 0) FROM cache_entries",
                [.integer(nowMilliseconds)]
            ).first ?? []
        return CacheStatistics(
            backend: "sqlite", location: database.path, entries: Int(row.first?.integer ?? 0),
            bytes: row.count > 1 ? row[1].integer ?? 0 : 0, expired: Int(row.count > 2 ? row[2].integer ?? 0 : 0))
    }

    private var nowMilliseconds: Int64 { Int64((clock.now().timeIntervalSince1970 * 1000).rounded(.down)) }

    // Values are raw bytes and times are Unix milliseconds; NULL expiry means the entry never expires.
    static let schema = """
        CREATE TABLE IF NOT EXISTS cache_entries (
            key TEXT PRIMARY KEY NOT NULL,
            value BLOB,
            expires_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS cache_entries_expiry ON cache_entries (expires_at);
        """
}
