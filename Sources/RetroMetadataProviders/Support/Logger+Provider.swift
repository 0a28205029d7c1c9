import Logging
import RetroMetadataCore

extension Logger {
    /// A copy of this logger tagging every line with `provider`.
    func withProvider(_ provider: ProviderKey) -> Logger {
        var copy = self
        copy[metadataKey: "provider"] = "\(provider.rawValue)"
        return copy
    }
}
