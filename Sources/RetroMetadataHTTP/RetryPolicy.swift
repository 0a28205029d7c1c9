/// When and how long to wait before trying a request again.
public struct RetryPolicy: Sendable, Hashable {
    /// Total attempts, the first included.
    public var maxAttempts: Int
    /// Wait before the second attempt; doubled for each later one.
    public var baseDelay: Duration
    /// Longest wait between two attempts; a longer `Retry-After` ends the retries instead.
    public var maxDelay: Duration
    /// Statuses worth trying again.
    public var retryableStatuses: Set<Int>

    /// Creates a policy.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryableStatuses = retryableStatuses
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The exponential wait before attempt `attempt + 1` (attempt counts from 1).
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let factor = 1 << min(max(attempt - 1, 0), 16)
        return min(baseDelay * factor, maxDelay)
    }
}
