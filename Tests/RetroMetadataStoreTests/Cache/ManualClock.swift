import Foundation
import RetroMetadataStore

/// A settable clock for TTL tests: time moves only when the test advances it.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)

    /// The clock as a cache reads it.
    var cacheClock: CacheClock { CacheClock { self.now } }

    /// The current time.
    var now: Date { lock.withLock { current } }

    /// Moves time forward.
    func advance(by duration: Duration) {
        lock.withLock {
            current += Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }
}
