/// Sets the `User-Agent` header on every request that has none.
public struct UserAgentMiddleware: HTTPMiddleware {
    /// The default agent string.
    public static let defaultUserAgent = "retro-metadata/0.1"
    private let userAgent: String

    /// Creates the middleware with `userAgent`.
    public init(userAgent: String = UserAgentMiddleware.defaultUserAgent) {
        self.userAgent = userAgent
    }

    public func intercept(
        _ request: HTTPRequest, next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        var request = request
        if request.header("User-Agent") == nil { request.setHeader("User-Agent", userAgent) }
        return try await next(request)
    }
}
