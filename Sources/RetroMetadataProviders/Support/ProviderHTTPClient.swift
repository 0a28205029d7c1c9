import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

/// One provider's way to the network: base URL, timeout, secrets to redact, and status-to-error mapping.
public struct ProviderHTTPClient: Sendable {
    /// The provider this client speaks for.
    public let provider: ProviderKey
    /// API root without a trailing slash.
    public let baseURL: String
    /// Time allowed per request.
    public let timeout: Duration
    /// Hides the provider's secrets.
    public let redactor: SecretRedactor
    /// Where the provider logs.
    public let logger: Logger
    private let transport: any HTTPTransport

    /// Creates a client; `transport` should already carry the provider's middleware.
    public init(
        provider: ProviderKey, baseURL: String, timeout: Duration, redactor: SecretRedactor,
        transport: any HTTPTransport, logger: Logger
    ) {
        self.provider = provider
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.redactor = redactor
        self.transport = transport
        self.logger = logger
    }

    /// `baseURL` + `path` + the query, each name and value percent-encoded exactly once.
    public func url(_ path: String, query: [(String, String)] = []) -> String {
        URLQuery.append(query, to: baseURL + path)
    }

    /// A request for `url` with this client's timeout and redactor.
    public func request(
        _ method: HTTPMethod = .get, _ url: String, headers: [(name: String, value: String)] = [], body: Data? = nil
    ) -> HTTPRequest {
        HTTPRequest(method: method, url: url, headers: headers, body: body, timeout: timeout, redactor: redactor)
    }

    /// Sends `request`, turning transport failures into `ProviderError`; statuses are left to the caller.
    public func send(_ request: HTTPRequest, operation: String) async throws -> HTTPResponse {
        do {
            return try await transport.send(request)
        } catch let error as HTTPError {
            throw ProviderError.transport(provider, operation: operation, error)
        }
    }

    /// Throws the usual error for a failed status: 401/403 authentication, 429 rate limit, 5xx unavailable.
    public func checkStatus(_ response: HTTPResponse, operation: String, credentialHint: String) throws {
        if response.isSuccess { return }
        switch response.status {
        case 401, 403:
            throw ProviderError.authentication(
                provider, operation: operation, status: response.status, hint: credentialHint)
        case 429:
            throw ProviderError.rateLimited(
                provider, operation: operation, status: 429,
                retryAfter: RetryAfter.delay(from: response.header("Retry-After")))
        case 500...599:
            throw ProviderError.unavailable(
                provider, operation: operation, status: response.status, detail: "server error")
        default:
            throw ProviderError.badResponse(
                provider, operation: operation, status: response.status, detail: snippet(response))
        }
    }

    /// Decodes `type` from a JSON body; HTML pages and malformed JSON become `badResponse` errors.
    public func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse, operation: String) throws
        -> Value
    {
        if response.looksLikeHTML {
            throw ProviderError.badResponse(
                provider, operation: operation, status: response.status, detail: "an HTML page instead of JSON")
        }
        do {
            return try JSONDecoder().decode(type, from: response.body)
        } catch {
            throw ProviderError.badResponse(
                provider, operation: operation, status: response.status,
                detail: "malformed JSON (\(Self.describe(error)))")
        }
    }

    /// The start of the body as one redacted line, for error messages.
    public func snippet(_ response: HTTPResponse) -> String {
        let line = response.text.prefix(160).split(whereSeparator: \.isNewline).joined(separator: " ")
        return redactor.redact(line.isEmpty ? "empty body" : line)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context.codingPath))"
        default:
            return "unreadable"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
