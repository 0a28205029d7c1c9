import ArgumentParser
import Foundation
import Logging
import RetroMetadataFiles
import RetroMetadataStore

/// `--cache URL` and `--state-dir DIR`, shared by every command that uses the response cache.
struct CacheOptions: ParsableArguments {
    @Option(
        name: .customLong("cache"),
        help: ArgumentHelp(
            "Cache backend: sqlite[:PATH] (default), memory, none or redis://[:password@]host:port[/db].",
            discussion: "Default: $RETRO_METADATA_CACHE_URL, else sqlite (cache.sqlite in the state folder).",
            valueName: "url"))
    var cacheURL: String?

    @Option(help: "Folder for caches (default: $XDG_CACHE_HOME/retro-metadata or ~/.cache/retro-metadata).")
    var stateDir: String?

    /// The chosen backend: `--cache`, else `RETRO_METADATA_CACHE_URL`, else SQLite; a bad URL exits with status 2.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CacheLocation {
        let text =
            cacheURL ?? environment[CacheLocation.environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "sqlite"
        do {
            return try CacheLocation(parsing: text)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.badInput
        }
    }

    /// The state folder: `--state-dir`, else the XDG cache folder.
    func stateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        stateDir ?? StateDirectory.path(environment: environment)
    }

    /// Opens the chosen backend and runs `body` with it, closing network connections afterwards;
    /// a cache that cannot be opened is reported on standard error and exits with status 1.
    /// `environment` is the effective configuration's (config file under the real environment), so a
    /// `cache.url` in the config file counts too.
    func withCache<T>(
        environment: [String: String],
        _ body: (any CacheStatisticsReporting) async throws -> T
    ) async throws -> T {
        let location = try location(environment: environment)
        let logger = Logger(label: "retro-metadata", factory: { StreamLogHandler.standardError(label: $0) })
        let cache: any CacheStatisticsReporting
        do {
            // Maintenance commands look at the cache as it is, so nothing is pruned on open.
            cache = try await location.open(stateDirectory: stateDirectory(), pruneExpired: false, logger: logger)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
        do {
            let result = try await body(cache)
            if let redis = cache as? RedisCache { await redis.close() }
            return result
        } catch {
            if let redis = cache as? RedisCache { await redis.close() }
            throw error
        }
    }
}
