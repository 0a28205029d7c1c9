import RetroMetadataHTTP

/// One provider's configuration: on/off, credentials, base URL, priority, timeout and rate limit.
///
/// Built from the environment today (`ProviderSettings(environment:for:)`); the config file fills the same value.
public struct ProviderSettings: Sendable, Hashable {
    /// Whether the user wants the provider (it still needs its credentials to run).
    public var enabled: Bool
    /// Credential values by key (`client_id`, `api_key`, `username`, ...).
    public var credentials: [String: String]
    /// API root override (mirrors, proxies, tests); `nil` uses the provider's default.
    public var baseURL: String?
    /// Other provider-specific keys (`token_url` for IGDB).
    public var options: [String: String]
    /// Lower is tried earlier by identification.
    public var priority: Int?
    /// Time allowed per request.
    public var timeout: Duration
    /// Pacing override; `nil` uses the provider's default.
    public var rateLimit: RateLimit?

    /// Creates settings; everything defaults to "enabled, provider defaults".
    public init(
        enabled: Bool = true, credentials: [String: String] = [:], baseURL: String? = nil,
        options: [String: String] = [:], priority: Int? = nil, timeout: Duration = .seconds(30),
        rateLimit: RateLimit? = nil
    ) {
        self.enabled = enabled
        self.credentials = credentials
        self.baseURL = baseURL
        self.options = options
        self.priority = priority
        self.timeout = timeout
        self.rateLimit = rateLimit
    }

    /// The non-empty credential called `key`.
    public func credential(_ key: String) -> String? {
        credentials[key].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Every non-empty credential value, for redaction.
    public var secretValues: [String] { credentials.values.filter { !$0.isEmpty } }
}

extension ProviderSettings: CustomStringConvertible {
    /// A description that never shows credential values.
    public var description: String {
        let keys = credentials.keys.sorted().joined(separator: ",")
        return "ProviderSettings(enabled: \(enabled), credentials: [\(keys)], baseURL: \(baseURL ?? "default"))"
    }
}
