import RetroMetadataCore

/// How long provider responses stay cached: a default, per-operation and per-provider overrides, and a
/// short time for "not found" answers so that new database entries are seen soon.
public struct ResponseCachePolicy: Hashable, Sendable {
    /// Time to live of a found response when no override applies.
    public var defaultTTL: Duration
    /// Time to live of a "not found" response.
    public var negativeTTL: Duration
    /// Overrides by operation (checked first).
    public var operationTTLs: [String: Duration]
    /// Overrides by provider.
    public var providerTTLs: [ProviderKey: Duration]

    /// Creates a policy.
    public init(
        defaultTTL: Duration, negativeTTL: Duration, operationTTLs: [String: Duration] = [:],
        providerTTLs: [ProviderKey: Duration] = [:]
    ) {
        self.defaultTTL = defaultTTL
        self.negativeTTL = negativeTTL
        self.operationTTLs = operationTTLs
        self.providerTTLs = providerTTLs
    }

    /// Seven days by default, thirty for hash lookups (a hash names the same game forever), one hour for
    /// "not found", one day for HowLongToBeat (its times change as people play).
    public static let standard = ResponseCachePolicy(
        defaultTTL: .days(7), negativeTTL: .seconds(3600),
        operationTTLs: ["hash": .days(30), "identify_by_hash": .days(30), "lookup_by_hash": .days(30)],
        providerTTLs: [.hltb: .days(1)])

    /// The time to live for a response to `key`; `found` is `false` for a "not found" answer.
    public func ttl(for key: ResponseCacheKey, found: Bool) -> Duration {
        guard found else { return negativeTTL }
        return operationTTLs[key.operation] ?? providerTTLs[key.provider] ?? defaultTTL
    }
}

extension Duration {
    /// `count` days of 86,400 seconds.
    public static func days(_ count: Int) -> Duration { .seconds(count * 86_400) }
}
