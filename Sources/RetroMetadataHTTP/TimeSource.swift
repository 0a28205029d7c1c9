/// Reads monotonic time and sleeps; injected so tests of backoff and rate limits never really wait.
public protocol TimeSource: Sendable {
    /// Time elapsed since an arbitrary fixed origin.
    func now() -> Duration
    /// Suspends for `duration` (throws when the task is cancelled).
    func sleep(for duration: Duration) async throws
}

/// The real monotonic clock.
public struct ContinuousTimeSource: TimeSource {
    private let origin = ContinuousClock.now

    /// Creates the live time source.
    public init() {}

    public func now() -> Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
