import RetroMetadataCore
import RetroMetadataHTTP

/// What the catalog knows about a provider before creating it: name, needs, abilities, defaults, factory.
public struct ProviderDescriptor: Sendable {
    /// The provider's key.
    public var key: ProviderKey
    /// Human name (`IGDB`, `ScreenScraper`).
    public var displayName: String
    /// Credential keys that must be set for the provider to run.
    public var requiredCredentials: [String]
    /// Credential keys that may be set.
    public var optionalCredentials: [String]
    /// What the provider can do.
    public var capabilities: ProviderCapabilities
    /// Media kinds it can return.
    public var mediaKinds: [MediaKind]
    /// API root used unless settings override it.
    public var defaultBaseURL: String
    /// Pacing used unless settings override it.
    public var defaultRateLimit: RateLimit
    /// Identification order unless settings override it (lower first).
    public var defaultPriority: Int
    /// Creates the provider from its setup.
    public var make: @Sendable (ProviderSetup) throws -> any MetadataProvider
    /// Settings options (paths) that must be set for the provider to run (`paths` for DAT files).
    public var requiredOptions: [String]
    /// Whether the provider reads files the user already has and works without a network.
    public var isLocal: Bool

    /// Creates a descriptor.
    public init(
        key: ProviderKey, displayName: String, requiredCredentials: [String], optionalCredentials: [String] = [],
        capabilities: ProviderCapabilities, mediaKinds: [MediaKind], defaultBaseURL: String,
        defaultRateLimit: RateLimit, defaultPriority: Int, requiredOptions: [String] = [], isLocal: Bool = false,
        make: @escaping @Sendable (ProviderSetup) throws -> any MetadataProvider
    ) {
        self.requiredOptions = requiredOptions
        self.isLocal = isLocal
        self.key = key
        self.displayName = displayName
        self.requiredCredentials = requiredCredentials
        self.optionalCredentials = optionalCredentials
        self.capabilities = capabilities
        self.mediaKinds = mediaKinds
        self.defaultBaseURL = defaultBaseURL
        self.defaultRateLimit = defaultRateLimit
        self.defaultPriority = defaultPriority
        self.make = make
    }

    /// Every credential key, required first.
    public var credentialKeys: [String] { requiredCredentials + optionalCredentials }

    /// The environment variable that sets credential `key`.
    public func environmentVariable(_ key: String) -> String {
        ProviderSettings.environmentPrefix(self.key) + key.uppercased()
    }

    /// Whether `settings` let the provider run, and if not, why (one line).
    public func status(with settings: ProviderSettings) -> ProviderStatus {
        guard settings.enabled else {
            return .disabled(reason: "turned off (\(ProviderSettings.environmentPrefix(key))ENABLED)")
        }
        let missing = requiredCredentials.filter { settings.credential($0) == nil }
        guard missing.isEmpty else {
            return .disabled(reason: "missing " + missing.map(environmentVariable).joined(separator: ", "))
        }
        let unset = requiredOptions.filter { (settings.options[$0] ?? "").isEmpty }
        guard unset.isEmpty else {
            return .disabled(reason: "no local data: set " + unset.map(environmentVariable).joined(separator: ", "))
        }
        return .enabled
    }
}

/// What a provider can do.
public struct ProviderCapabilities: Sendable, Hashable, Codable {
    /// Search by name.
    public var search: Bool
    /// Fetch by provider id.
    public var getByID: Bool
    /// Identify a ROM by file name.
    public var identifyByName: Bool
    /// Identify a ROM by hashes (`HashIdentifying`).
    public var identifyByHash: Bool

    /// Creates capabilities; search, id and name default to true.
    public init(search: Bool = true, getByID: Bool = true, identifyByName: Bool = true, identifyByHash: Bool = false) {
        self.search = search
        self.getByID = getByID
        self.identifyByName = identifyByName
        self.identifyByHash = identifyByHash
    }

    enum CodingKeys: String, CodingKey {
        case search
        case getByID = "get_by_id"
        case identifyByName = "identify_by_name"
        case identifyByHash = "identify_by_hash"
    }

    /// The abilities as short words (`search`, `id`, `name`, `hash`).
    public var words: [String] {
        [(search, "search"), (getByID, "id"), (identifyByName, "name"), (identifyByHash, "hash")]
            .filter(\.0).map(\.1)
    }
}

/// Whether a provider can run with the current settings.
public enum ProviderStatus: Sendable, Hashable {
    /// Ready to use.
    case enabled
    /// Not usable, with a one-line reason.
    case disabled(reason: String)

    /// Whether the provider is enabled.
    public var isEnabled: Bool { self == .enabled }
}
