/// A failure to complete an HTTP exchange (no usable response), with the redacted URL it concerned.
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: String, Sendable, Hashable {
        case timeout
        case bodyTooLarge = "body_too_large"
        case connection
        case invalidURL = "invalid_url"
    }

    /// What kind of failure.
    public let code: Code
    /// The request URL with secrets removed.
    public let url: String
    /// Details in words, already free of secrets.
    public let message: String

    private init(code: Code, url: String, message: String) {
        self.code = code
        self.url = url
        self.message = message
    }

    /// The server did not answer within the allowed time.
    public static func timeout(_ request: HTTPRequest) -> HTTPError {
        HTTPError(code: .timeout, url: request.redactedURL, message: "no answer within \(request.timeout)")
    }

    /// The answer was larger than the request allows.
    public static func bodyTooLarge(_ request: HTTPRequest) -> HTTPError {
        HTTPError(
            code: .bodyTooLarge, url: request.redactedURL,
            message: "response body larger than \(request.maxResponseBytes) bytes")
    }

    /// The connection failed; `reason` is redacted with the request's redactor.
    public static func connection(_ request: HTTPRequest, reason: String) -> HTTPError {
        HTTPError(code: .connection, url: request.redactedURL, message: request.redactor.redact(reason))
    }

    /// The URL could not be used.
    public static func invalidURL(_ request: HTTPRequest) -> HTTPError {
        HTTPError(code: .invalidURL, url: request.redactedURL, message: "not an http(s) URL")
    }

    public var description: String { "\(code.rawValue): \(url): \(message)" }
}
