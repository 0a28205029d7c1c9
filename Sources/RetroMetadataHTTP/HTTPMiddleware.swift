/// One step around sending a request (user agent, rate limit, retry, logging), in the style of a client middleware.
public protocol HTTPMiddleware: Sendable {
    /// Handles `request`, calling `next` to pass it on (zero, one or several times).
    func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}

/// A transport that runs requests through middleware, first in the list outermost, then `base`.
public struct MiddlewareTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let middleware: [any HTTPMiddleware]

    /// Wraps `base` with `middleware`; the first element sees each request first.
    public init(base: any HTTPTransport, middleware: [any HTTPMiddleware]) {
        self.base = base
        self.middleware = middleware
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await run(request, from: middleware[...])
    }

    private func run(_ request: HTTPRequest, from rest: ArraySlice<any HTTPMiddleware>) async throws -> HTTPResponse {
        guard let first = rest.first else { return try await base.send(request) }
        let remaining = rest.dropFirst()
        return try await first.intercept(request) { next in try await run(next, from: remaining) }
    }
}
