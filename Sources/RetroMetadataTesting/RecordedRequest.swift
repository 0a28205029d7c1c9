import Foundation

/// A request the loopback server received, kept for assertions.
public struct RecordedRequest: Sendable {
    /// Method such as `GET`.
    public var method: String
    /// Path without the query.
    public var path: String
    /// Decoded query items in order.
    public var query: [(name: String, value: String)]
    /// The raw target as sent (path and query, still percent-encoded).
    public var target: String
    /// Header fields.
    public var headers: [(name: String, value: String)]
    /// Body bytes.
    public var body: Data

    /// The first query value named `name`.
    public func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }

    /// The first header value named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
