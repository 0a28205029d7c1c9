import Foundation

/// How fast one provider may be asked: a minimum spacing between request starts and a concurrency cap.
public struct RateLimit: Sendable, Hashable, CustomStringConvertible {
    /// Minimum time between the starts of two requests.
    public var spacing: Duration
    /// Most requests in flight at once.
    public var maxConcurrent: Int

    /// Creates a limit.
    public init(spacing: Duration, maxConcurrent: Int = 8) {
        self.spacing = spacing
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// A limit of `count` request starts per second.
    public static func perSecond(_ count: Double, maxConcurrent: Int = 8) -> RateLimit {
        RateLimit(spacing: .milliseconds(Int64((1000 / max(count, 0.001)).rounded())), maxConcurrent: maxConcurrent)
    }

    /// No limit at all.
    public static let unlimited = RateLimit(spacing: .zero, maxConcurrent: Int.max)

    /// Requests per second, for display (`0.2/s`, `4/s`).
    public var requestsPerSecond: Double { spacing == .zero ? .infinity : 1 / spacing.seconds }

    public var description: String {
        if spacing == .zero { return "unlimited" }
        let seconds = spacing.seconds
        // Slow limits read better as "1 per 5 s" than as a fraction per second.
        let pace =
            seconds > 1
            ? "1 per \(seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)) s"
            : "\(Int((1 / seconds).rounded()))/s"
        return maxConcurrent == Int.max ? pace : "\(pace), \(maxConcurrent) at once"
    }
}
