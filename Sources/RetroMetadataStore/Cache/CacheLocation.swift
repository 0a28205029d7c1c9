import Foundation
import Logging

/// Which cache backend to use, parsed from `--cache` or `RETRO_METADATA_CACHE_URL`:
/// `memory`, `none`, `sqlite`, `sqlite:PATH` or `redis://[:password@]host:port[/db]`.
public enum CacheLocation: Hashable, Sendable, CustomStringConvertible {
    /// An in-process LRU cache, gone when the process ends.
    case memory
    /// No cache at all.
    case none
    /// The SQLite file at a path, or `cache.sqlite` in the state directory when `nil`.
    case sqlite(path: String?)
    /// A Redis server.
    case redis(RedisURL)

    /// The environment variable that sets the default location.
    public static let environmentVariable = "RETRO_METADATA_CACHE_URL"

    /// Parses a location; the error names the text (with any password hidden).
    public init(parsing text: String) throws(CacheError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case "memory": self = .memory
        case "none", "off": self = .none
        case "sqlite", "": self = .sqlite(path: nil)
        default:
            if trimmed.lowercased().hasPrefix("sqlite:") {
                let path = String(trimmed.dropFirst("sqlite:".count))
                self = .sqlite(path: path.isEmpty ? nil : path)
            } else if trimmed.lowercased().hasPrefix("redis:") {
                self = .redis(try RedisURL(parsing: trimmed))
            } else {
                throw .badLocation(
                    RedisURL.redacted(trimmed), "expected memory, none, sqlite[:PATH] or redis://host:port[/db]")
            }
        }
    }

    /// The backend name: `memory`, `none`, `sqlite` or `redis`.
    public var backendName: String {
        switch self {
        case .memory: "memory"
        case .none: "none"
        case .sqlite: "sqlite"
        case .redis: "redis"
        }
    }

    /// The location as a user would write it, without any password.
    public var description: String {
        switch self {
        case .memory, .none: backendName
        case .sqlite(let path): path.map { "sqlite:\($0)" } ?? "sqlite"
        case .redis(let url): url.description
        }
    }

    /// Opens the backend; SQLite files without a path go to `cache.sqlite` in `stateDirectory` and are
    /// pruned of expired entries unless `pruneExpired` is `false`.
    public func open(
        stateDirectory: String, pruneExpired: Bool = true, logger: Logger
    ) async throws -> any CacheStatisticsReporting {
        switch self {
        case .memory: return MemoryCache()
        case .none: return NoCache()
        case .sqlite(let path):
            return try SQLiteCache(
                path: path ?? stateDirectory + "/" + SQLiteCache.fileName, pruneExpired: pruneExpired, logger: logger)
        case .redis(let url): return try await RedisCache.connect(to: url)
        }
    }
}
