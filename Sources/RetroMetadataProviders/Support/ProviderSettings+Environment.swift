import RetroMetadataCore
import RetroMetadataHTTP

extension ProviderSettings {
    /// The environment variable prefix of `provider`: `RETRO_METADATA_IGDB_`.
    public static func environmentPrefix(_ provider: ProviderKey) -> String {
        "RETRO_METADATA_\(provider.rawValue.uppercased())_"
    }

    /// Reads `RETRO_METADATA_<PROVIDER>_<KEY>` variables: ENABLED, BASE_URL, PRIORITY, TIMEOUT (seconds),
    /// RATE_LIMIT (requests per second), MAX_CONCURRENT; the descriptor's credential keys; anything else as options.
    public init(environment: [String: String], for descriptor: ProviderDescriptor) throws {
        self.init()
        let prefix = Self.environmentPrefix(descriptor.key)
        var perSecond: Double?
        var concurrent: Int?
        for (name, value) in environment where name.hasPrefix(prefix) {
            let key = String(name.dropFirst(prefix.count)).lowercased()
            switch key {
            case "enabled":
                guard let flag = Self.flag(value) else { throw Self.invalid(name, value, "true or false") }
                enabled = flag
            case "base_url": baseURL = value.isEmpty ? nil : value
            case "priority":
                guard let number = Int(value) else { throw Self.invalid(name, value, "a whole number") }
                priority = number
            case "timeout":
                guard let seconds = Double(value), seconds > 0 else { throw Self.invalid(name, value, "seconds > 0") }
                timeout = .milliseconds(Int64(seconds * 1000))
            case "rate_limit":
                guard let rate = Double(value), rate > 0 else { throw Self.invalid(name, value, "requests/s > 0") }
                perSecond = rate
            case "max_concurrent":
                guard let count = Int(value), count > 0 else { throw Self.invalid(name, value, "a number > 0") }
                concurrent = count
            default:
                if descriptor.credentialKeys.contains(key) { credentials[key] = value } else { options[key] = value }
            }
        }
        if perSecond != nil || concurrent != nil {
            let base = descriptor.defaultRateLimit
            let spacing = perSecond.map { RateLimit.perSecond($0).spacing } ?? base.spacing
            rateLimit = RateLimit(spacing: spacing, maxConcurrent: concurrent ?? base.maxConcurrent)
        }
    }

    /// `true`/`false` from the usual spellings (`1`, `yes`, `on`, ...), `nil` for anything else.
    static func flag(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "1", "true", "yes", "on": true
        case "0", "false", "no", "off": false
        default: nil
        }
    }

    private static func invalid(_ name: String, _ value: String, _ expected: String) -> RetroMetadataError {
        .invalidInput("\(name)=\(value) is not valid: expected \(expected)", field: name)
    }
}
