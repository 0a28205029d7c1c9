import Foundation
import Logging
import RetroMetadataCore
import RetroMetadataHTTP

/// Downloads media files through the HTTP layer: http(s) only, each source under its own rate limit,
/// retries as the HTTP layer does them, size bounded, and the bytes checked to be media of the expected kind.
public struct ArtworkDownloader: Sendable {
    /// Default largest file accepted: 64 MiB (videos included).
    public static let defaultMaxBytes = 64 * 1024 * 1024
    /// Default pace for a source without its own limit.
    public static let defaultLimit = RateLimit.perSecond(4, maxConcurrent: 4)

    private let transports: [ProviderKey: any HTTPTransport]
    private let fallbackTransport: any HTTPTransport
    private let maxBytes: Int
    private let timeout: Duration
    private let redactor: SecretRedactor

    /// Creates a downloader on `transport`, adding user agent, retry and per-source rate limit middleware.
    ///
    /// `limits` paces each source (sources not listed share one `defaultLimit`); `redactor` hides secrets
    /// (such as ScreenScraper credentials in media URLs) from errors, logs and the store's index.
    public init(
        transport: any HTTPTransport, limits: [ProviderKey: RateLimit] = [:],
        defaultLimit: RateLimit = ArtworkDownloader.defaultLimit, retryPolicy: RetryPolicy = RetryPolicy(),
        maxBytes: Int = ArtworkDownloader.defaultMaxBytes, timeout: Duration = .seconds(60),
        userAgent: String = UserAgentMiddleware.defaultUserAgent, redactor: SecretRedactor = SecretRedactor(),
        time: any TimeSource = ContinuousTimeSource(), logger: Logger
    ) {
        func stack(_ limit: RateLimit) -> any HTTPTransport {
            MiddlewareTransport(
                base: transport,
                middleware: [
                    UserAgentMiddleware(userAgent: userAgent),
                    RetryMiddleware(policy: retryPolicy, time: time, logger: logger),
                    RateLimitMiddleware(limiter: RateLimiter(limit: limit, time: time)),
                    RequestLoggingMiddleware(logger: logger),
                ])
        }
        transports = limits.mapValues(stack)
        fallbackTransport = stack(defaultLimit)
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.redactor = redactor
    }

    /// `url` with secrets removed: the form used in errors, logs and index keys.
    public func redacted(_ url: String) -> String { redactor.redact(url) }

    /// Fetches `url` for `provider`, returning the bytes and the format they were recognised as.
    public func download(_ url: String, provider: ProviderKey?, kind: MediaKind?) async throws(ArtworkError)
        -> (bytes: Data, format: ArtworkFormat)
    {
        let shown = redacted(url)
        guard let scheme = URL(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw .unsupportedScheme(shown)
        }
        let request = HTTPRequest(url: url, timeout: timeout, maxResponseBytes: maxBytes, redactor: redactor)
        let transport = provider.flatMap { transports[$0] } ?? fallbackTransport
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as HTTPError where error.code == .bodyTooLarge {
            throw .tooLarge(limit: maxBytes, url: shown)
        } catch let error as HTTPError {
            throw .transport(error.message, url: shown)
        } catch {
            throw .transport(redactor.redact(String(describing: error)), url: shown)
        }
        guard response.isSuccess else { throw .httpStatus(response.status, url: shown) }
        guard response.body.count <= maxBytes else { throw .tooLarge(limit: maxBytes, url: shown) }
        let contentType = response.header("Content-Type")
        guard ArtworkFormat.contentTypeAllowed(contentType) else {
            throw .notMedia("Content-Type \(contentType ?? "") is not media", url: shown)
        }
        guard let format = ArtworkFormat.sniff(response.body) else {
            throw .notMedia("the body is not a PNG, JPEG, GIF, WebP, MP4 or PDF file", url: shown)
        }
        guard ArtworkFormat.accepted(for: kind).contains(format) else {
            throw .notMedia("a \(format.rawValue) file is not \(kind?.rawValue ?? "media")", url: shown)
        }
        return (response.body, format)
    }
}
