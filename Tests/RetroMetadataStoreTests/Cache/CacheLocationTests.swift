import Foundation
import Logging
import RetroMetadataStore
import RetroMetadataTesting
import Testing

@Suite struct CacheLocationTests {
    @Test func parsesEveryForm() throws {
        #expect(try CacheLocation(parsing: "memory") == .memory)
        #expect(try CacheLocation(parsing: "none") == CacheLocation.none)
        #expect(try CacheLocation(parsing: "sqlite") == .sqlite(path: nil))
        #expect(try CacheLocation(parsing: "sqlite:/var/cache/rm.sqlite") == .sqlite(path: "/var/cache/rm.sqlite"))
        #expect(
            try CacheLocation(parsing: "redis://:pw@10.0.0.5:6380/2")
                == .redis(RedisURL(host: "10.0.0.5", port: 6380, database: 2, password: "pw")))
    }

    @Test func descriptionNeverShowsThePassword() throws {
        let location = try CacheLocation(parsing: "redis://:pw-secret@host/1")
        #expect(location.description == "redis://host:6379/1")
        #expect(location.backendName == "redis")
    }

    @Test func unknownSchemesAreRejected() {
        let error = #expect(throws: CacheError.self) { try CacheLocation(parsing: "memcached://host") }
        #expect(error?.isBadLocation == true)
    }

    @Test func sqliteWithoutAPathOpensCacheFileInTheStateDirectory() async throws {
        let folder = try TemporaryFolder()
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let cache = try await CacheLocation.sqlite(path: nil).open(
            stateDirectory: folder.path + "/state", logger: logger)
        try await cache.set(Data("x".utf8), for: "k", ttl: nil)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/state/cache.sqlite"))
        #expect(try await cache.statistics().location == folder.path + "/state/cache.sqlite")
    }
}
