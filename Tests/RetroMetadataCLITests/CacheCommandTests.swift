import Foundation
import Logging
import RetroMetadataStore
import Testing

/// `retro-metadata cache stats|prune|clear` on a real SQLite cache in a temporary state folder.
@Suite struct CacheCommandTests {
    let folder = NSTemporaryDirectory() + "retro-metadata-cli-cache-" + UUID().uuidString

    /// Three live entries (10 bytes each) and two that expired long ago.
    func fillCache() throws {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let past = try SQLiteCache(
            directory: folder, clock: CacheClock { Date(timeIntervalSince1970: 1000) }, logger: logger)
        try past.set(Data(count: 4), for: "old1", ttl: .seconds(60))
        try past.set(Data(count: 4), for: "old2", ttl: .seconds(60))
        let now = try SQLiteCache(directory: folder, pruneExpired: false, logger: logger)
        for key in ["a", "b", "c"] { try now.set(Data(count: 10), for: key, ttl: .seconds(3600)) }
    }

    func statistics(_ environment: [String: String?] = [:]) throws -> [String: Any] {
        let result = try CommandRunner.run(
            ["cache", "stats", "--json", "--state-dir", folder], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func statsPruneAndClearWorkOnTheSQLiteCache() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try fillCache()
        let before = try statistics()
        #expect(before["backend"] as? String == "sqlite")
        #expect(before["location"] as? String == folder + "/cache.sqlite")
        #expect(before["entries"] as? Int == 5)
        #expect(before["bytes"] as? Int == 38)
        #expect(before["expired"] as? Int == 2)

        let pruned = try CommandRunner.run(["cache", "prune", "--json", "--state-dir", folder])
        #expect(pruned.status == 0)
        #expect(pruned.stdout.contains("\"removed\":2"))
        #expect(try statistics()["entries"] as? Int == 3)

        let cleared = try CommandRunner.run(["cache", "clear", "--state-dir", folder])
        #expect(cleared.status == 0)
        #expect(cleared.stdout == "removed 3 entries\n")
        #expect(try statistics()["entries"] as? Int == 0)
    }

    @Test func configFileChoosesTheBackendAndTheEnvironmentWins() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configFolder = folder + "/config/retro-metadata"
        try FileManager.default.createDirectory(atPath: configFolder, withIntermediateDirectories: true)
        try "cache:\n  url: memory\n".write(toFile: configFolder + "/config.yaml", atomically: true, encoding: .utf8)
        let fromFile = try CommandRunner.run(
            ["cache", "stats", "--json", "--state-dir", folder], environment: ["XDG_CONFIG_HOME": folder + "/config"])
        #expect(fromFile.stdout.contains("\"backend\":\"memory\""), "\(fromFile.stderr)")
        let overridden = try CommandRunner.run(
            ["cache", "stats", "--json", "--state-dir", folder],
            environment: ["XDG_CONFIG_HOME": folder + "/config", "RETRO_METADATA_CACHE_URL": "none"])
        #expect(overridden.stdout.contains("\"backend\":\"none\""))
    }

    @Test func environmentVariableChoosesTheBackendAndTheOptionWins() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try statistics(["RETRO_METADATA_CACHE_URL": "none"])["backend"] as? String == "none")
        let result = try CommandRunner.run(
            ["cache", "stats", "--json", "--cache", "memory"], environment: ["RETRO_METADATA_CACHE_URL": "none"])
        #expect(result.stdout.contains("\"backend\":\"memory\""))
    }

    @Test func badCacheURLExitsWithStatusTwoWithoutShowingThePassword() throws {
        let result = try CommandRunner.run(["cache", "stats", "--cache", "ftp://:hunter2@host"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("expected memory, none, sqlite[:PATH] or redis://"))
        #expect(!result.stderr.contains("hunter2"))
    }

    @Test func unreachableRedisNamesHostAndPortButNotThePassword() throws {
        let result = try CommandRunner.run(["cache", "stats", "--cache", "redis://:hunter2@127.0.0.1:1/0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("127.0.0.1:1"))
        #expect(!result.stderr.contains("hunter2"))
    }
}
