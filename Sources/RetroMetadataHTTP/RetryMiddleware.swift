import Logging

/// Retries 429 and 5xx answers and timeouts/connection failures with exponential backoff, honouring `Retry-After`.
public struct RetryMiddleware: HTTPMiddleware {
    private let policy: RetryPolicy
    private let time: any TimeSource
    private let logger: Logger

    /// Creates the middleware; `time` does the waiting, so tests can skip it.
    public init(policy: RetryPolicy = RetryPolicy(), time: any TimeSource = ContinuousTimeSource(), logger: Logger) {
        self.policy = policy
        self.time = time
        self.logger = logger
    }

    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var attempt = 1
        while true {
            let wait: Duration
            do {
                let response = try await next(request)
                guard policy.retryableStatuses.contains(response.status), attempt < policy.maxAttempts else {
                    return response
                }
                let asked = RetryAfter.delay(from: response.header("Retry-After"))
                // A server asking for a longer pause than we are willing to wait gets its answer back as is.
                if let asked, asked > policy.maxDelay { return response }
                wait = asked ?? policy.backoff(afterAttempt: attempt)
                logger.debug(
                    "retrying after status",
                    metadata: ["status": "\(response.status)", "url": "\(request.redactedURL)", "wait": "\(wait)"])
            } catch let error as HTTPError where error.code == .timeout || error.code == .connection {
                guard attempt < policy.maxAttempts else { throw error }
                wait = policy.backoff(afterAttempt: attempt)
                logger.debug("retrying after failure", metadata: ["error": "\(error)", "wait": "\(wait)"])
            }
            try await time.sleep(for: wait)
            attempt += 1
        }
    }
}
