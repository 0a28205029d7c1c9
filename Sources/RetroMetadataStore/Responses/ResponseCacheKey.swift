import Foundation
import RetroMetadataCore

/// The cache key of one provider request: `<provider>:<operation>:<hash of the parameters>`.
///
/// Secret parameters (API keys, passwords, tokens, account names) are dropped before hashing, so a key
/// never depends on or reveals a credential and users with different accounts share entries.
public struct ResponseCacheKey: Hashable, Sendable, CustomStringConvertible {
    /// The provider asked.
    public let provider: ProviderKey
    /// What was asked (`search`, `get_by_id`, `hash`, ...).
    public let operation: String
    /// The key stored in the backend.
    public let rawValue: String

    /// Builds the key from the request's parameters; secret ones are left out.
    public init(provider: ProviderKey, operation: String, parameters: [String: String] = [:]) {
        self.provider = provider
        self.operation = operation
        let canonical = ResponseCacheKey.canonicalForm(provider: provider, operation: operation, parameters: parameters)
        rawValue = "\(provider.rawValue):\(operation):\(FNV1a128.hexDigest(of: canonical))"
    }

    /// The stored key.
    public var description: String { rawValue }

    /// Parameter names never part of a key (compared lower-cased, `-` read as `_`).
    public static let secretParameterNames: Set<String> = [
        "api_key", "apikey", "key", "client_id", "client_secret", "devid", "devpassword", "ssid", "sspassword",
        "password", "token", "access_token", "authorization", "secret", "username", "user", "y", "z",
        "x_client_api_key",
    ]

    /// Whether a parameter name holds a credential or an account name.
    public static func isSecret(_ name: String) -> Bool {
        let normalized = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if secretParameterNames.contains(normalized) { return true }
        return ["password", "secret", "token", "api_key", "apikey", "auth"].contains { normalized.contains($0) }
    }

    /// `provider\noperation\nname=value&...`, names sorted, secrets dropped, separators escaped.
    static func canonicalForm(provider: ProviderKey, operation: String, parameters: [String: String]) -> String {
        let pairs = parameters.filter { !isSecret($0.key) }.sorted { $0.key < $1.key }
            .map { escaped($0.key) + "=" + escaped($0.value) }
        return escaped(provider.rawValue) + "\n" + escaped(operation) + "\n" + pairs.joined(separator: "&")
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "%": result += "%25"
            case "&": result += "%26"
            case "=": result += "%3D"
            case "\n": result += "%0A"
            default: result.append(character)
            }
        }
        return result
    }
}
