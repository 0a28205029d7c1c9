import Foundation
import RetroMetadataStore
import Testing

@Suite struct MemoryCacheTests {
    @Test func leastRecentlyUsedEntryIsEvictedAndReadingRefreshesRecency() async {
        let cache = MemoryCache(maxEntries: 3)
        await cache.set(Data("1".utf8), for: "a", ttl: nil)
        await cache.set(Data("2".utf8), for: "b", ttl: nil)
        await cache.set(Data("3".utf8), for: "c", ttl: nil)
        _ = await cache.value(for: "a")
        await cache.set(Data("4".utf8), for: "d", ttl: nil)
        #expect(await cache.value(for: "b") == nil)
        #expect(await cache.value(for: "a") == Data("1".utf8))
        #expect(await cache.value(for: "c") == Data("3".utf8))
        #expect(await cache.value(for: "d") == Data("4".utf8))
    }

    @Test func overwritingAKeyInAFullCacheEvictsNothing() async {
        let cache = MemoryCache(maxEntries: 2)
        await cache.set(Data("1".utf8), for: "a", ttl: nil)
        await cache.set(Data("2".utf8), for: "b", ttl: nil)
        await cache.set(Data("3".utf8), for: "a", ttl: nil)
        #expect(await cache.value(for: "a") == Data("3".utf8))
        #expect(await cache.value(for: "b") == Data("2".utf8))
    }

    @Test func statisticsAndPrune() async {
        let clock = ManualClock()
        let cache = MemoryCache(maxEntries: 10, clock: clock.cacheClock)
        await cache.set(Data(count: 5), for: "soon", ttl: .seconds(1))
        await cache.set(Data(count: 7), for: "never", ttl: nil)
        clock.advance(by: .seconds(2))
        #expect(await cache.statistics() == CacheStatistics(backend: "memory", entries: 2, bytes: 12, expired: 1))
        #expect(await cache.prune() == 1)
        #expect(await cache.statistics().entries == 1)
    }
}
