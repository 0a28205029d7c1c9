/// Which requests a scripted answer is for: method, exact path, and optionally a test on the query.
public struct FixtureRoute: Sendable {
    /// Method such as `GET`.
    public var method: String
    /// Exact path, without the query.
    public var path: String
    /// Extra test on the recorded request (query, body); `nil` accepts all.
    public var matches: (@Sendable (RecordedRequest) -> Bool)?

    /// Creates a route.
    public init(_ method: String, _ path: String, matching matches: (@Sendable (RecordedRequest) -> Bool)? = nil) {
        self.method = method
        self.path = path
        self.matches = matches
    }

    /// Whether `request` is for this route.
    public func accepts(_ request: RecordedRequest) -> Bool {
        request.method == method && request.path == path && (matches?(request) ?? true)
    }
}
