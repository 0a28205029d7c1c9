import Foundation
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

@Suite("Rate limits, Retry-After parsing, token cache, redaction")
struct PacingTests {
    @Test("request starts are spaced by the limit")
    func spacing() async throws {
        let time = ManualTimeSource()
        let limiter = RateLimiter(limit: .perSecond(4), time: time)
        for _ in 0..<3 {
            try await limiter.acquire()
            await limiter.release()
        }
        #expect(time.sleeps == [.milliseconds(250), .milliseconds(250)])
    }

    @Test("no wait when requests are already far enough apart")
    func noWaitWhenSlow() async throws {
        let time = ManualTimeSource()
        let limiter = RateLimiter(limit: RateLimit(spacing: .milliseconds(1200), maxConcurrent: 1), time: time)
        try await limiter.acquire()
        await limiter.release()
        time.advance(by: .seconds(2))
        try await limiter.acquire()
        await limiter.release()
        #expect(time.sleeps.isEmpty)
    }

    @Test("rate limits describe themselves")
    func describe() {
        #expect(RateLimit.perSecond(4, maxConcurrent: 8).description == "4/s, 8 at once")
        #expect(RateLimit(spacing: .seconds(5), maxConcurrent: Int.max).description == "1 per 5 s")
        #expect(RateLimit(spacing: .milliseconds(1200), maxConcurrent: 1).description == "1 per 1.2 s, 1 at once")
    }

    @Test("Retry-After accepts seconds and HTTP dates")
    func retryAfter() {
        #expect(RetryAfter.delay(from: "12") == .seconds(12))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let later = "Tue, 14 Nov 2023 22:14:20 GMT"  // 1_700_000_060
        #expect(RetryAfter.delay(from: later, now: now) == .seconds(60))
        #expect(RetryAfter.delay(from: "soon") == nil)
        #expect(RetryAfter.delay(from: nil) == nil)
    }

    @Test("backoff doubles up to the maximum")
    func backoff() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(5))
        #expect((1...4).map(policy.backoff(afterAttempt:)) == [.seconds(1), .seconds(2), .seconds(4), .seconds(5)])
    }

    @Test("a token is fetched once, reused until expiry, and renewed after invalidation")
    func tokenCache() async throws {
        let time = ManualTimeSource()
        let counter = Counter()
        let cache = BearerTokenCache(margin: .seconds(60), time: time) {
            BearerTokenCache.Token(value: "token-\(await counter.next())", lifetime: .seconds(3600))
        }
        #expect(try await cache.token() == "token-1")
        #expect(try await cache.token() == "token-1")
        time.advance(by: .seconds(3541))
        #expect(try await cache.token() == "token-2")
        await cache.invalidate("token-1")
        #expect(try await cache.token() == "token-2")
        await cache.invalidate("token-2")
        #expect(try await cache.token() == "token-3")
        #expect(await cache.fetches == 3)
    }

    @Test("redaction masks raw and percent-encoded secrets, and ignores very short values")
    func redaction() {
        let redactor = SecretRedactor(secrets: ["p@ss word", "ab", ""])
        #expect(redactor.redact("u=x&p=p%40ss%20word") == "u=x&p=\(SecretRedactor.mask)")
        #expect(redactor.redact("said p@ss word") == "said \(SecretRedactor.mask)")
        #expect(redactor.redact("abc") == "abc")
        let dashed = SecretRedactor(secrets: ["key-with.dots_and!bang"])
        #expect(dashed.redact("k=key-with.dots_and%21bang") == "k=\(SecretRedactor.mask)")
        var request = HTTPRequest(url: "https://h/x?k=p%40ss%20word", redactor: redactor)
        request.body = Data("token p@ss word".utf8)
        #expect(!request.cacheKey.contains("ss"))
    }
}

actor Counter {
    private var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}

@Suite("Concurrency cap")
struct ConcurrencyCapTests {
    @Test("a waiting request proceeds when a slot frees or the cap is raised")
    func cap() async throws {
        let limiter = RateLimiter(limit: RateLimit(spacing: .zero, maxConcurrent: 1), time: ManualTimeSource())
        try await limiter.acquire()
        let waiting = Task {
            try await limiter.acquire()
            return true
        }
        await limiter.setMaxConcurrent(2)
        #expect(try await waiting.value)
        #expect(await limiter.limit.maxConcurrent == 2)
    }
}
