import Logging

/// Logs each exchange at debug level (method, redacted URL, status, bytes) and failures at warning.
public struct RequestLoggingMiddleware: HTTPMiddleware {
    private let logger: Logger

    /// Creates the middleware writing to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        do {
            let response = try await next(request)
            logger.debug(
                "http exchange",
                metadata: [
                    "method": "\(request.method.rawValue)", "url": "\(request.redactedURL)",
                    "status": "\(response.status)", "bytes": "\(response.body.count)",
                ])
            return response
        } catch {
            // HTTPError text is already redacted; anything else is redacted here before it is written.
            logger.warning(
                "http failure",
                metadata: [
                    "method": "\(request.method.rawValue)", "url": "\(request.redactedURL)",
                    "error": "\(request.redactor.redact(String(describing: error)))",
                ])
            throw error
        }
    }
}
