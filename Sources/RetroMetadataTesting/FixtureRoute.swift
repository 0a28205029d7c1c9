/// Which requests a scripted answer is for: method, exact path, and optionally a test on the query.
public struct FixtureRoute: Sendable {
    /// Method such as `GET`.
    public var method: String
    /// Exact path, without the query.
    public var path: String
    /// Extra test on the recorded request (query, body); `nil` accepts all.
    public var matches: (@Sendable (RecordedRequest) -> Bool)?
    /// Whether `path` is a prefix (for APIs that put the search term in the path) rather than the exact path.
    public var isPrefix = false

    /// Creates a route.
    public init(_ method: String, _ path: String, matching matches: (@Sendable (RecordedRequest) -> Bool)? = nil) {
        self.method = method
        self.path = path
        self.matches = matches
    }

    /// A route for every path starting with `prefix`.
    public static func prefix(_ method: String, _ prefix: String) -> FixtureRoute {
        var route = FixtureRoute(method, prefix)
        route.isPrefix = true
        return route
    }

    /// Whether `request` is for this route.
    public func accepts(_ request: RecordedRequest) -> Bool {
        let pathMatches = isPrefix ? request.path.hasPrefix(path) : request.path == path
        return request.method == method && pathMatches && (matches?(request) ?? true)
    }
}
