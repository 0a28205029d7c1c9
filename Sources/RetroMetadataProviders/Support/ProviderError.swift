import RetroMetadataCore
import RetroMetadataHTTP

/// A provider failure, with the provider, the operation and what the user can do about it.
public struct ProviderError: Error, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        /// Credentials missing, wrong or refused.
        case authentication
        /// Too many requests for now; try again later.
        case rateLimited = "rate_limited"
        /// A daily or monthly allowance is used up.
        case quotaExceeded = "quota_exceeded"
        /// The service is down, closed or overloaded.
        case unavailable
        /// The answer could not be understood.
        case badResponse = "bad_response"
        /// The request did not complete (timeout, connection, size limit).
        case transport
        /// The provider is misconfigured (bad base URL, invalid id).
        case configuration
    }

    /// The broad class of failure.
    public let code: Code
    /// The provider that failed.
    public let provider: ProviderKey
    /// The operation attempted (`search`, `get`, `identify`, `hash`, `token`, `heartbeat`).
    public let operation: String
    /// What happened and what to do, free of secrets.
    public let message: String
    /// The HTTP status, when there was one.
    public let status: Int?
    /// How long the provider asked to wait, when it said.
    public let retryAfter: Duration?

    private init(
        _ code: Code, _ provider: ProviderKey, _ operation: String, _ message: String, status: Int? = nil,
        retryAfter: Duration? = nil
    ) {
        self.code = code
        self.provider = provider
        self.operation = operation
        self.message = message
        self.status = status
        self.retryAfter = retryAfter
    }

    /// Credentials were refused; `hint` names what to check.
    public static func authentication(
        _ provider: ProviderKey, operation: String, status: Int? = nil, hint: String
    ) -> ProviderError {
        ProviderError(.authentication, provider, operation, "credentials refused: \(hint)", status: status)
    }

    /// Too many requests; the provider may say how long to wait.
    public static func rateLimited(
        _ provider: ProviderKey, operation: String, status: Int? = nil, retryAfter: Duration? = nil,
        detail: String = ""
    ) -> ProviderError {
        let wait = retryAfter.map { " (retry after \(Int($0.seconds.rounded(.up))) s)" } ?? ""
        let extra = detail.isEmpty ? "" : ": \(detail)"
        return ProviderError(
            .rateLimited, provider, operation, "rate limit reached\(wait)\(extra); slow down or try again later",
            status: status, retryAfter: retryAfter)
    }

    /// An allowance is used up until `resets` (for example "midnight CET" or "next month").
    public static func quotaExceeded(
        _ provider: ProviderKey, operation: String, status: Int? = nil, detail: String, resets: String
    ) -> ProviderError {
        ProviderError(
            .quotaExceeded, provider, operation, "\(detail); the allowance resets \(resets)", status: status)
    }

    /// The service is down or refuses work for now.
    public static func unavailable(_ provider: ProviderKey, operation: String, status: Int?, detail: String)
        -> ProviderError
    {
        ProviderError(.unavailable, provider, operation, "\(detail); try again later", status: status)
    }

    /// The answer could not be read.
    public static func badResponse(_ provider: ProviderKey, operation: String, status: Int? = nil, detail: String)
        -> ProviderError
    {
        ProviderError(
            .badResponse, provider, operation,
            "unexpected answer: \(detail); check the base URL points at the real API", status: status)
    }

    /// The exchange failed below HTTP.
    public static func transport(_ provider: ProviderKey, operation: String, _ error: HTTPError) -> ProviderError {
        let hint =
            switch error.code {
            case .timeout: "raise the provider's timeout or try later"
            case .bodyTooLarge: "the answer is larger than allowed; check the base URL"
            case .connection: "check the network and the base URL"
            case .invalidURL: "set a valid http(s) base URL"
            }
        return ProviderError(.transport, provider, operation, "\(error); \(hint)")
    }

    /// The provider cannot run as configured.
    public static func configuration(_ provider: ProviderKey, operation: String, detail: String) -> ProviderError {
        ProviderError(.configuration, provider, operation, detail)
    }

    public var description: String {
        let statusText = status.map { " (HTTP \($0))" } ?? ""
        return "\(provider) \(operation) failed\(statusText): \(message)"
    }
}
