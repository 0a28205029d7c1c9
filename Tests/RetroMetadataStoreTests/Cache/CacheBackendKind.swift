import Foundation
import Logging
import RetroMetadataStore
import RetroMetadataTesting
import Testing

/// A backend under test, and how to make a fresh, empty one.
enum CacheBackendKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, redis, none

    /// Every backend this machine can run (Redis only when `redis-server` is installed).
    static var available: [CacheBackendKind] {
        RedisTestServer.executable == nil ? allCases.filter { $0 != .redis } : allCases
    }

    var testDescription: String { rawValue }

    /// Whether values are kept at all.
    var stores: Bool { self != .none }

    /// A fresh backend and a way to let time pass, handed to `body`, then torn down.
    func withBackend(_ body: (any CacheBackend, TimeTravel) async throws -> Void) async throws {
        let clock = ManualClock()
        let manual = TimeTravel { clock.advance(by: $0) }
        switch self {
        case .memory:
            try await body(MemoryCache(maxEntries: 100_000, clock: clock.cacheClock), manual)
        case .none:
            try await body(NoCache(), manual)
        case .sqlite:
            let folder = try TemporaryFolder()
            let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
            let cache = try SQLiteCache(directory: folder.path, clock: clock.cacheClock, logger: logger)
            try await body(cache, manual)
        case .redis:
            try await RedisTestServer.with { server in
                let cache = try await RedisCache.connect(to: server.url)
                // Redis expires keys by its own clock, so time really has to pass.
                let real = TimeTravel { duration in try? await Task.sleep(for: duration) }
                do {
                    try await body(cache, real)
                    await cache.close()
                } catch {
                    await cache.close()
                    throw error
                }
            }
        }
    }
}

/// Makes time pass for a backend: moves a manual clock, or sleeps for Redis.
struct TimeTravel: Sendable {
    let advance: @Sendable (Duration) async -> Void

    init(_ advance: @escaping @Sendable (Duration) async -> Void) { self.advance = advance }

    func callAsFunction(_ duration: Duration) async { await advance(duration) }
}
