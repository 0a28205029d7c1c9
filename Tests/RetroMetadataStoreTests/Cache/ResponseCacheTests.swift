import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataStore
import Testing

@Suite struct ResponseCacheTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Counts fetches; a fetch waits until released so that callers overlap.
    actor FetchCounter {
        private(set) var calls = 0
        private(set) var callers = 0
        func record() { calls += 1 }
        func arrive() { callers += 1 }
    }

    @Test func concurrentIdenticalRequestsShareOneFetch() async throws {
        let cache = ResponseCache(backend: MemoryCache(), logger: Self.logger)
        let counter = FetchCounter()
        let key = ResponseCacheKey(provider: .igdb, operation: "search", parameters: ["q": "zelda"])
        let (gate, opener) = AsyncStream.makeStream(of: Void.self)
        let answers = try await withThrowingTaskGroup(of: Data?.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    await counter.arrive()
                    return try await cache.value(for: key) {
                        await counter.record()
                        for await _ in gate { break }
                        return Data("result".utf8)
                    }
                }
            }
            // Let every caller reach the cache before the single fetch is allowed to finish.
            while await counter.calls == 0 { await Task.yield() }
            while await counter.callers < 20 { await Task.yield() }
            for _ in 0..<50 { await Task.yield() }
            opener.yield()
            opener.finish()
            return try await group.reduce(into: [Data?]()) { $0.append($1) }
        }
        #expect(await counter.calls == 1)
        #expect(answers == Array(repeating: Data("result".utf8), count: 20))
    }

    @Test func cachedResponsesAreServedWithoutFetchingAgain() async throws {
        let clock = ManualClock()
        let cache = ResponseCache(
            backend: MemoryCache(clock: clock.cacheClock), clock: clock.cacheClock, logger: Self.logger)
        let counter = FetchCounter()
        let key = ResponseCacheKey(provider: .mobygames, operation: "get_by_id", parameters: ["id": "564"])
        for _ in 0..<3 {
            let value = try await cache.value(for: key) {
                await counter.record()
                return Data("game".utf8)
            }
            #expect(value == Data("game".utf8))
        }
        #expect(await counter.calls == 1)
        #expect(await cache.cached(key)?.storedAt == clock.now)
    }

    @Test func notFoundIsCachedBrieflyAndErrorsAreNotCached() async throws {
        let clock = ManualClock()
        let backend = MemoryCache(clock: clock.cacheClock)
        let cache = ResponseCache(backend: backend, clock: clock.cacheClock, logger: Self.logger)
        let counter = FetchCounter()
        let key = ResponseCacheKey(provider: .screenscraper, operation: "search", parameters: ["q": "nothing"])
        struct Offline: Error {}
        await #expect(throws: Offline.self) { try await cache.value(for: key) { throw Offline() } }
        #expect(await cache.cached(key) == nil)
        let fetchNothing: @Sendable () async throws -> Data? = {
            await counter.record()
            return nil
        }
        #expect(try await cache.response(for: key, fetch: fetchNothing).isNotFound)
        #expect(try await cache.response(for: key, fetch: fetchNothing).isNotFound)
        #expect(await counter.calls == 1)
        clock.advance(by: .seconds(3601))
        _ = try await cache.response(for: key, fetch: fetchNothing)
        #expect(await counter.calls == 2)
    }

    @Test func cachedResponseFormatRoundTripsAndRejectsForeignBytes() {
        let stored = Date(timeIntervalSince1970: 1_700_000_000.123)
        for value in [Data("{\"id\":1}".utf8), Data(), nil] {
            let response = CachedResponse(value: value, storedAt: stored)
            #expect(CachedResponse(decoding: response.encoded()) == response)
        }
        #expect(CachedResponse(decoding: Data("{\"legacy\":true}".utf8)) == nil)
    }
}

@Suite struct ResponseCacheKeyTests {
    @Test func secretParametersNeverReachTheKey() {
        let secrets = [
            "api_key": "MOBY-SECRET", "client_id": "TWITCH-ID", "client_secret": "TWITCH-SECRET",
            "devid": "DEV-ID", "devpassword": "DEV-PASS", "ssid": "ME", "sspassword": "MY-PASS",
            "password": "PW", "token": "TOKEN", "Authorization": "Bearer XYZ", "y": "RA-KEY", "z": "RA-USER",
            "X-Client-API-Key": "HASHEOUS",
        ]
        let plain = ResponseCacheKey(provider: .igdb, operation: "search", parameters: ["q": "mario"])
        let withSecrets = ResponseCacheKey(
            provider: .igdb, operation: "search", parameters: secrets.merging(["q": "mario"]) { $1 })
        #expect(plain == withSecrets)
        for secret in secrets.values { #expect(!withSecrets.rawValue.contains(secret)) }
        for name in secrets.keys { #expect(ResponseCacheKey.isSecret(name)) }
    }

    @Test func keysDifferByProviderOperationAndParameters() {
        let base = ResponseCacheKey(
            provider: .igdb, operation: "search", parameters: ["q": "mario", "platform": "snes"])
        let reordered = ResponseCacheKey(
            provider: .igdb, operation: "search", parameters: ["platform": "snes", "q": "mario"])
        #expect(base == reordered)
        #expect(base.rawValue.hasPrefix("igdb:search:"))
        let others = [
            ResponseCacheKey(
                provider: .mobygames, operation: "search", parameters: ["q": "mario", "platform": "snes"]),
            ResponseCacheKey(provider: .igdb, operation: "get_by_id", parameters: ["q": "mario", "platform": "snes"]),
            ResponseCacheKey(provider: .igdb, operation: "search", parameters: ["q": "mario", "platform": "nes"]),
            ResponseCacheKey(provider: .igdb, operation: "search", parameters: ["q": "mario&platform=snes"]),
        ]
        #expect(Set(others.map(\.rawValue) + [base.rawValue]).count == 5)
    }

    @Test func ordinaryParametersAreNotSecret() {
        for name in ["q", "id", "md5", "sha1", "crc", "platform", "systemeid", "romnom", "search", "fields"] {
            #expect(!ResponseCacheKey.isSecret(name))
        }
    }
}

@Suite struct ResponseCachePolicyTests {
    @Test func hashLookupsLastLongerAndNotFoundIsShort() {
        let policy = ResponseCachePolicy.standard
        let search = ResponseCacheKey(provider: .igdb, operation: "search")
        let hash = ResponseCacheKey(provider: .retroachievements, operation: "hash", parameters: ["md5": "abc"])
        let hltb = ResponseCacheKey(provider: .hltb, operation: "search")
        #expect(policy.ttl(for: search, found: true) == .seconds(7 * 86_400))
        #expect(policy.ttl(for: hash, found: true) == .seconds(30 * 86_400))
        #expect(policy.ttl(for: hltb, found: true) == .seconds(86_400))
        #expect(policy.ttl(for: hash, found: false) == .seconds(3600))
    }

    @Test func theBackendReceivesThePolicysTimeToLive() async throws {
        let clock = ManualClock()
        let backend = MemoryCache(clock: clock.cacheClock)
        let cache = ResponseCache(backend: backend, clock: clock.cacheClock, logger: ResponseCacheTests.logger)
        let key = ResponseCacheKey(provider: .igdb, operation: "search", parameters: ["q": "metroid"])
        await cache.store(Data("found".utf8), for: key)
        clock.advance(by: .seconds(7 * 86_400 - 1))
        #expect(await backend.value(for: key.rawValue) != nil)
        clock.advance(by: .seconds(2))
        #expect(await backend.value(for: key.rawValue) == nil)
    }
}
