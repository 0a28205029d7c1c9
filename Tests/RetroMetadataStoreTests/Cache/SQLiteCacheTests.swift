import Foundation
import Logging
import RetroMetadataStore
import RetroMetadataTesting
import Testing

@Suite struct SQLiteCacheTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func damagedFileIsMovedAsideAndRebuiltWithAWarning() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/" + SQLiteCache.fileName
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let (logger, messages) = CapturingLogHandler.logger()
        let cache = try SQLiteCache(path: path, logger: logger)
        try cache.set(Data("fresh".utf8), for: "key", ttl: nil)
        #expect(try cache.value(for: "key") == Data("fresh".utf8))
        let moved = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(SQLiteCache.fileName + ".corrupt-") }
        #expect(moved.count == 1)
        #expect(
            messages.texts(at: .warning).contains { $0.contains("response cache was damaged") && $0.contains(path) })
    }

    @Test func twoConnectionsWritingAtOnceBothSucceed() async throws {
        let folder = try TemporaryFolder()
        let first = try SQLiteCache(directory: folder.path, logger: Self.logger)
        let second = try SQLiteCache(directory: folder.path, logger: Self.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, cache) in [("first", first), ("second", second)] {
                for worker in 0..<4 {
                    group.addTask {
                        for index in 0..<100 {
                            try cache.set(
                                Data("\(name)-\(worker)-\(index)".utf8), for: "\(name)/\(worker)/\(index)", ttl: nil)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        for name in ["first", "second"] {
            for worker in 0..<4 {
                for index in [0, 57, 99] {
                    #expect(
                        try first.value(for: "\(name)/\(worker)/\(index)") == Data("\(name)-\(worker)-\(index)".utf8))
                    #expect(
                        try second.value(for: "\(name)/\(worker)/\(index)") == Data("\(name)-\(worker)-\(index)".utf8))
                }
            }
        }
        #expect(try first.statistics().entries == 800)
    }

    @Test func statisticsCountExpiredEntriesAndPruneRemovesThem() throws {
        let folder = try TemporaryFolder()
        let clock = ManualClock()
        let cache = try SQLiteCache(directory: folder.path, clock: clock.cacheClock, logger: Self.logger)
        try cache.set(Data(count: 10), for: "soon", ttl: .seconds(1))
        try cache.set(Data(count: 20), for: "later", ttl: .seconds(100))
        try cache.set(Data(count: 30), for: "never", ttl: nil)
        clock.advance(by: .seconds(10))
        let before = try cache.statistics()
        #expect(
            before
                == CacheStatistics(
                    backend: "sqlite", location: folder.path + "/cache.sqlite", entries: 3, bytes: 60, expired: 1))
        #expect(try cache.prune() == 1)
        #expect(try cache.statistics().entries == 2)
        #expect(try cache.prune() == 0)
    }

    @Test func entriesSurviveReopeningAndExpiredOnesArePrunedOnOpen() throws {
        let folder = try TemporaryFolder()
        let clock = ManualClock()
        do {
            let cache = try SQLiteCache(directory: folder.path, clock: clock.cacheClock, logger: Self.logger)
            try cache.set(Data("kept".utf8), for: "kept", ttl: nil)
            try cache.set(Data("gone".utf8), for: "gone", ttl: .seconds(5))
        }
        clock.advance(by: .seconds(6))
        let reopened = try SQLiteCache(directory: folder.path, clock: clock.cacheClock, logger: Self.logger)
        #expect(try reopened.value(for: "kept") == Data("kept".utf8))
        #expect(try reopened.statistics().entries == 1)
    }
}
