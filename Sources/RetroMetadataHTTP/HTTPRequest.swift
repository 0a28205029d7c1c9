import Foundation

/// One HTTP request as providers build it: method, absolute URL, headers, body and per-request limits.
public struct HTTPRequest: Sendable {
    /// The request method.
    public var method: HTTPMethod
    /// The absolute URL, query included.
    public var url: String
    /// Header fields in order; names are case-insensitive.
    public var headers: [(name: String, value: String)]
    /// The body, when there is one.
    public var body: Data?
    /// Time allowed for the whole exchange, body included.
    public var timeout: Duration
    /// Largest response body accepted, in bytes.
    public var maxResponseBytes: Int
    /// Removes this request's secrets from anything printed about it.
    public var redactor: SecretRedactor

    /// Default time allowed for one exchange.
    public static let defaultTimeout: Duration = .seconds(30)
    /// Default largest response body: 16 MiB, ample for any metadata answer.
    public static let defaultMaxResponseBytes = 16 * 1024 * 1024

    /// Creates a request.
    public init(
        method: HTTPMethod = .get, url: String, headers: [(name: String, value: String)] = [], body: Data? = nil,
        timeout: Duration = HTTPRequest.defaultTimeout, maxResponseBytes: Int = HTTPRequest.defaultMaxResponseBytes,
        redactor: SecretRedactor = SecretRedactor()
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.redactor = redactor
    }

    /// The value of the first header called `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Sets `name` to `value`, replacing any earlier value.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        headers.append((name, value))
    }

    /// The URL with every secret replaced, safe for logs, errors and cache keys.
    public var redactedURL: String { redactor.redact(url) }

    /// A stable key for caching this request's answer; secrets are redacted so keys never hold them.
    public var cacheKey: String {
        let bodyText = body.map { redactor.redact(String(decoding: $0, as: UTF8.self)) } ?? ""
        return "\(method.rawValue) \(redactedURL)" + (bodyText.isEmpty ? "" : " \(bodyText)")
    }
}

/// The HTTP methods providers use.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case head = "HEAD"
}
