import NIOConcurrencyHelpers
import RetroMetadataHTTP

/// A time source whose sleeps return at once and move its clock forward, recording each wait.
public final class ManualTimeSource: TimeSource {
    private let state = NIOLockedValueBox((now: Duration.zero, sleeps: [Duration]()))

    /// Creates a clock at zero.
    public init() {}

    public func now() -> Duration { state.withLockedValue { $0.now } }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLockedValue {
            $0.sleeps.append(duration)
            $0.now += duration
        }
    }

    /// Moves the clock forward without a sleep.
    public func advance(by duration: Duration) { state.withLockedValue { $0.now += duration } }

    /// Every sleep asked for, in order.
    public var sleeps: [Duration] { state.withLockedValue { $0.sleeps } }
}
