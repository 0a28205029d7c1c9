import Foundation
import RetroMetadataStore
import Testing

/// The behaviour every cache backend shares; `none` is checked to store nothing.
@Suite struct CacheBackendConformanceTests {
    @Test(arguments: CacheBackendKind.available)
    func storesReadsAndOverwrites(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, _ in
            #expect(try await cache.value(for: "missing") == nil)
            try await cache.set(Data("first".utf8), for: "game", ttl: nil)
            #expect(try await cache.value(for: "game") == (kind.stores ? Data("first".utf8) : nil))
            try await cache.set(Data("second".utf8), for: "game", ttl: .seconds(600))
            #expect(try await cache.value(for: "game") == (kind.stores ? Data("second".utf8) : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func entriesExpireAfterTheirTimeToLive(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, passTime in
            try await cache.set(Data("short".utf8), for: "short", ttl: .seconds(2))
            try await cache.set(Data("long".utf8), for: "long", ttl: .seconds(3600))
            try await cache.set(Data("forever".utf8), for: "forever", ttl: nil)
            #expect(try await cache.value(for: "short") == (kind.stores ? Data("short".utf8) : nil))
            // Redis expires by its own clock: the margins leave room for a loaded machine.
            await passTime(.milliseconds(2500))
            #expect(try await cache.value(for: "short") == nil)
            #expect(try await cache.value(for: "long") == (kind.stores ? Data("long".utf8) : nil))
            #expect(try await cache.value(for: "forever") == (kind.stores ? Data("forever".utf8) : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func deleteRemovesOneKeyAndSaysWhetherItExisted(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, _ in
            try await cache.set(Data("a".utf8), for: "a", ttl: nil)
            try await cache.set(Data("b".utf8), for: "b", ttl: nil)
            #expect(try await cache.delete("a") == kind.stores)
            #expect(try await cache.delete("a") == false)
            #expect(try await cache.value(for: "a") == nil)
            #expect(try await cache.value(for: "b") == (kind.stores ? Data("b".utf8) : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func clearRemovesEverything(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, _ in
            for index in 0..<50 { try await cache.set(Data([UInt8(index)]), for: "key\(index)", ttl: nil) }
            try await cache.clear()
            for index in 0..<50 { #expect(try await cache.value(for: "key\(index)") == nil) }
            try await cache.set(Data("after".utf8), for: "key0", ttl: nil)
            #expect(try await cache.value(for: "key0") == (kind.stores ? Data("after".utf8) : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func binaryValuesSurviveByteForByte(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, _ in
            let everyByte = Data((0...255).map { UInt8($0) } + [0, 0, 13, 10, 0])
            try await cache.set(everyByte, for: "bytes", ttl: nil)
            try await cache.set(Data(), for: "empty", ttl: nil)
            #expect(try await cache.value(for: "bytes") == (kind.stores ? everyByte : nil))
            #expect(try await cache.value(for: "empty") == (kind.stores ? Data() : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func unicodeKeysAreDistinct(_ kind: CacheBackendKind) async throws {
        let keys = ["ゼルダの伝説", "Pokémon: 赤", "Pokémon: 赤 ", "🎮 space\tand\nnewline", "igdb:search:*?[]"]
        try await kind.withBackend { cache, _ in
            for key in keys { try await cache.set(Data(key.utf8), for: key, ttl: nil) }
            for key in keys { #expect(try await cache.value(for: key) == (kind.stores ? Data(key.utf8) : nil)) }
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func largeValuesRoundTrip(_ kind: CacheBackendKind) async throws {
        // 4 MiB: 64 blocks of 64 KiB random bytes, each block tagged with its number.
        var large = Data(capacity: 4 << 20)
        let block = Data((0..<(64 << 10)).map { _ in UInt8.random(in: 0...255) })
        for index in 0..<64 {
            large.append(UInt8(index))
            large.append(block.dropFirst())
        }
        try await kind.withBackend { cache, _ in
            try await cache.set(large, for: "large", ttl: nil)
            #expect(try await cache.value(for: "large") == (kind.stores ? large : nil))
        }
    }

    @Test(arguments: CacheBackendKind.available)
    func manyTasksAtOnceEachSeeTheirOwnValues(_ kind: CacheBackendKind) async throws {
        try await kind.withBackend { cache, _ in
            try await withThrowingTaskGroup(of: Bool.self) { group in
                for task in 0..<64 {
                    group.addTask {
                        var allRight = true
                        for round in 0..<20 {
                            let key = "task\(task)"
                            let value = Data("\(task)-\(round)".utf8)
                            try await cache.set(value, for: key, ttl: .seconds(600))
                            let read = try await cache.value(for: key)
                            allRight = allRight && read == (kind.stores ? value : nil)
                        }
                        return allRight
                    }
                }
                for try await allRight in group { #expect(allRight) }
            }
        }
    }
}
