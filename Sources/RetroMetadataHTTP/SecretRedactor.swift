import Foundation

/// Replaces secret values (tokens, passwords, dev ids, API keys) with `<redacted>` in any text.
///
/// Both the raw value and its percent-encoded form are replaced, so secrets in URLs disappear too.
public struct SecretRedactor: Sendable, Hashable {
    /// The text that replaces each secret.
    public static let mask = "<redacted>"
    /// Values to hide; empty and very short values are ignored (they would mask ordinary text).
    public private(set) var secrets: [String]

    /// Creates a redactor for `secrets`.
    public init(secrets: [String] = []) {
        self.secrets = []
        for secret in secrets { add(secret) }
    }

    /// Adds one more value to hide (for example a token fetched at run time).
    public mutating func add(_ secret: String) {
        // Two characters or fewer would mask unrelated text and reveal little anyway.
        guard secret.count > 2, !secrets.contains(secret) else { return }
        secrets.append(secret)
        // Longest first, so a secret containing another is masked whole.
        secrets.sort { $0.count > $1.count }
    }

    /// A redactor hiding both this one's secrets and `other`'s.
    public func merging(_ other: SecretRedactor) -> SecretRedactor {
        SecretRedactor(secrets: secrets + other.secrets)
    }

    /// RFC 3986 unreserved characters: what strict query encoding leaves as is.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` with every secret replaced.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets {
            result = result.replacingOccurrences(of: secret, with: Self.mask)
            let encodings = [
                secret.addingPercentEncoding(withAllowedCharacters: Self.unreserved),
                secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics),
                secret.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed),
            ]
            for encoded in encodings.compactMap({ $0 }) where encoded != secret {
                result = result.replacingOccurrences(of: encoded, with: Self.mask)
            }
        }
        return result
    }
}
