import Foundation

/// The wall clock a cache reads to stamp and expire entries; tests inject a settable one.
public struct CacheClock: Sendable {
    private let read: @Sendable () -> Date

    /// A clock that returns whatever `now` returns.
    public init(_ now: @escaping @Sendable () -> Date) { read = now }

    /// The system clock.
    public static let system = CacheClock { Date() }

    /// The current time.
    public func now() -> Date { read() }
}
