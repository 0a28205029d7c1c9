/// Hides a secret for display: its first and last two characters around `***` (`ab***yz`), or only `***`
/// when it is too short to show any of it safely.
public enum SecretMask {
    /// The masked form of `secret`.
    public static func mask(_ secret: String) -> String {
        guard secret.count >= 8 else { return "***" }
        return String(secret.prefix(2)) + "***" + String(secret.suffix(2))
    }
}
