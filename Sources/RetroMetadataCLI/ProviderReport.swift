import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders

/// One line of `retro-metadata providers --json`: a provider's status, abilities and settings (never secrets).
struct ProviderReport: Encodable {
    /// The result of `--check`.
    struct Heartbeat: Encodable {
        var ok: Bool
        var error: String?
    }

    var provider: String
    var name: String
    var enabled: Bool
    var reason: String?
    var capabilities: [String]
    var media: [String]
    var baseURL: String
    var rateLimit: String
    var priority: Int
    var environment: [String]
    var local: Bool
    var heartbeat: Heartbeat?

    enum CodingKeys: String, CodingKey {
        case provider, name, enabled, reason, capabilities, media
        case baseURL = "base_url"
        case rateLimit = "rate_limit"
        case priority, environment, local, heartbeat
    }

    init(descriptor: ProviderDescriptor, settings: ProviderSettings) {
        let status = descriptor.status(with: settings)
        provider = descriptor.key.rawValue
        name = descriptor.displayName
        enabled = status.isEnabled
        if case .disabled(let why) = status { reason = why }
        capabilities = descriptor.capabilities.words
        media = descriptor.mediaKinds.map(\.rawValue)
        baseURL = settings.baseURL ?? descriptor.defaultBaseURL
        rateLimit = (settings.rateLimit ?? descriptor.defaultRateLimit).description
        priority = settings.priority ?? descriptor.defaultPriority
        environment = (descriptor.credentialKeys + descriptor.requiredOptions).map(descriptor.environmentVariable)
        local = descriptor.isLocal
    }
}
