import Foundation
import Logging

/// Provider responses in any cache backend, with the TTL policy applied; identical requests made at
/// the same time share one fetch. Cache failures are logged and treated as misses, never thrown.
public actor ResponseCache {
    /// The backend holding the entries.
    public nonisolated let backend: any CacheBackend
    /// How long responses are kept.
    public nonisolated let policy: ResponseCachePolicy
    private let clock: CacheClock
    private let logger: Logger
    private var inFlight: [String: Task<CachedResponse, any Error>] = [:]

    /// Caches in `backend` with `policy`.
    public init(
        backend: any CacheBackend, policy: ResponseCachePolicy = .standard, clock: CacheClock = .system,
        logger: Logger
    ) {
        self.backend = backend
        self.policy = policy
        self.clock = clock
        self.logger = logger
    }

    /// The cached response for `key`, or the result of `fetch` (bytes, or `nil` for "not found"),
    /// which is then cached; concurrent callers with the same key wait for one fetch. Fetch errors
    /// are passed on and not cached.
    public func response(
        for key: ResponseCacheKey, fetch: @escaping @Sendable () async throws -> Data?
    ) async throws -> CachedResponse {
        if let running = inFlight[key.rawValue] { return try await running.value }
        let task = Task { try await self.lookUpOrFetch(key, fetch: fetch) }
        inFlight[key.rawValue] = task
        defer { inFlight[key.rawValue] = nil }
        return try await task.value
    }

    /// The cached bytes for `key`, or those `fetch` returns; `nil` means "not found".
    public func value(
        for key: ResponseCacheKey, fetch: @escaping @Sendable () async throws -> Data?
    ) async throws -> Data? {
        try await response(for: key, fetch: fetch).value
    }

    /// The cached response for `key`, if any (a damaged entry counts as missing).
    public func cached(_ key: ResponseCacheKey) async -> CachedResponse? {
        do {
            guard let data = try await backend.value(for: key.rawValue) else { return nil }
            guard let response = CachedResponse(decoding: data) else {
                logger.debug("ignoring unreadable cache entry", metadata: ["key": "\(key)"])
                return nil
            }
            return response
        } catch {
            logger.warning("cache read failed; fetching instead", metadata: ["key": "\(key)", "error": "\(error)"])
            return nil
        }
    }

    /// Stores `value` (`nil` for "not found") for `key` with the policy's time to live.
    @discardableResult
    public func store(_ value: Data?, for key: ResponseCacheKey) async -> CachedResponse {
        let response = CachedResponse(value: value, storedAt: clock.now())
        do {
            try await backend.set(response.encoded(), for: key.rawValue, ttl: policy.ttl(for: key, found: value != nil))
        } catch {
            logger.warning("cache write failed", metadata: ["key": "\(key)", "error": "\(error)"])
        }
        return response
    }

    private func lookUpOrFetch(
        _ key: ResponseCacheKey, fetch: @Sendable () async throws -> Data?
    ) async throws -> CachedResponse {
        if let hit = await cached(key) { return hit }
        return await store(try await fetch(), for: key)
    }
}
