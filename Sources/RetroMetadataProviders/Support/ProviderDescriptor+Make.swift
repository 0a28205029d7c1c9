import RetroMetadataCore
import RetroMetadataHTTP

extension ProviderDescriptor {
    /// Creates the provider with its middleware stack (user agent, retry, rate limit, logging) on `environment`.
    ///
    /// Throws `ProviderError.configuration` when `settings` do not let it run (see `status(with:)`).
    public func makeProvider(settings: ProviderSettings, environment: ProviderEnvironment) throws
        -> any MetadataProvider
    {
        if case .disabled(let reason) = status(with: settings) {
            throw ProviderError.configuration(key, operation: "create", detail: "\(displayName) is disabled: \(reason)")
        }
        let logger = environment.logger.withProvider(key)
        let limiter = RateLimiter(limit: settings.rateLimit ?? defaultRateLimit, time: environment.time)
        let transport = MiddlewareTransport(
            base: environment.transport,
            middleware: [
                UserAgentMiddleware(userAgent: environment.userAgent),
                RetryMiddleware(policy: environment.retryPolicy, time: environment.time, logger: logger),
                RateLimitMiddleware(limiter: limiter),
                RequestLoggingMiddleware(logger: logger),
            ])
        let http = ProviderHTTPClient(
            provider: key, baseURL: settings.baseURL ?? defaultBaseURL, timeout: settings.timeout,
            redactor: SecretRedactor(secrets: settings.secretValues), transport: transport, logger: logger)
        return try make(ProviderSetup(settings: settings, http: http, limiter: limiter, environment: environment))
    }
}
