import Foundation
import Logging
import RetroMetadataHTTP
import RetroMetadataFiles
import RetroMetadataSQLite

/// What every provider shares: the transport, logger, clock, user agent, region order and name matcher.
public struct ProviderEnvironment: Sendable {
    /// The network seam (the live transport by default; tests pass the same with a loopback base URL).
    public var transport: any HTTPTransport
    /// Where providers log.
    public var logger: Logger
    /// Clock for rate limits, retries and token expiry.
    public var time: any TimeSource
    /// `User-Agent` value.
    public var userAgent: String
    /// Region preference for names and media, best first.
    public var regionPriority: [String]
    /// Language preference (ISO 639-1 codes) for descriptions and category names, best first.
    public var languagePriority: [String]
    /// Name similarity used by identify.
    public var nameScorer: NameScorer
    /// Retry behaviour for 429/5xx and network failures.
    public var retryPolicy: RetryPolicy
    /// Folder for local indexes (the LaunchBox metadata index), normally the state folder.
    public var stateDirectory: String

    /// The default region order.
    public static let defaultRegionPriority = ["us", "wor", "eu", "jp"]
    /// The default language order.
    public static let defaultLanguagePriority = ["en"]

    /// Creates an environment.
    public init(
        transport: any HTTPTransport = LiveHTTPTransport(), logger: Logger,
        time: any TimeSource = ContinuousTimeSource(), userAgent: String = UserAgentMiddleware.defaultUserAgent,
        regionPriority: [String] = ProviderEnvironment.defaultRegionPriority,
        languagePriority: [String] = ProviderEnvironment.defaultLanguagePriority, nameScorer: NameScorer = .standard,
        retryPolicy: RetryPolicy = RetryPolicy(),
        stateDirectory: String = StateDirectory.path(environment: ProcessInfo.processInfo.environment)
    ) {
        self.stateDirectory = stateDirectory
        self.transport = transport
        self.logger = logger
        self.time = time
        self.userAgent = userAgent
        self.regionPriority = regionPriority
        self.languagePriority = languagePriority.map { $0.lowercased() }
        self.nameScorer = nameScorer
        self.retryPolicy = retryPolicy
    }
}

/// Everything one provider receives at creation: its settings, its HTTP client and the shared environment.
public struct ProviderSetup: Sendable {
    /// The provider's settings.
    public var settings: ProviderSettings
    /// The HTTP client bound to its base URL, pacing and secrets.
    public var http: ProviderHTTPClient
    /// The pacing shared by all of the provider's requests (providers may adjust it from account limits).
    public var limiter: RateLimiter
    /// The shared environment.
    public var environment: ProviderEnvironment
}
