/// Paces one provider's requests: start times at least `spacing` apart and at most `maxConcurrent` in flight.
public actor RateLimiter {
    /// The limit enforced.
    public private(set) var limit: RateLimit
    private let time: any TimeSource
    private var nextStart: Duration?
    private var inFlight = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Creates a limiter for `limit`, reading and sleeping on `time`.
    public init(limit: RateLimit, time: any TimeSource = ContinuousTimeSource()) {
        self.limit = limit
        self.time = time
    }

    /// Waits for a free slot and the next allowed start time; pair every call with `release()`.
    public func acquire() async throws {
        while inFlight >= limit.maxConcurrent {
            await withCheckedContinuation { waiters.append($0) }
        }
        inFlight += 1
        let now = time.now()
        let start = max(now, nextStart ?? now)
        nextStart = start + limit.spacing
        if start > now {
            do { try await time.sleep(for: start - now) } catch {
                release()
                throw error
            }
        }
    }

    /// Changes how many requests may be in flight (for example to an account's thread allowance).
    public func setMaxConcurrent(_ count: Int) {
        limit.maxConcurrent = max(1, count)
        var free = limit.maxConcurrent - inFlight
        while free > 0, !waiters.isEmpty {
            waiters.removeFirst().resume()
            free -= 1
        }
    }

    /// Frees the slot taken by `acquire()`.
    public func release() {
        inFlight -= 1
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }
}

/// Middleware that passes every request through a shared `RateLimiter`.
public struct RateLimitMiddleware: HTTPMiddleware {
    private let limiter: RateLimiter

    /// Creates the middleware around `limiter` (share one limiter per provider).
    public init(limiter: RateLimiter) {
        self.limiter = limiter
    }

    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        try await limiter.acquire()
        do {
            let response = try await next(request)
            await limiter.release()
            return response
        } catch {
            await limiter.release()
            throw error
        }
    }
}
