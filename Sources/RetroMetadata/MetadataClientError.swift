import RetroMetadataCore

/// A failure of the client itself (as opposed to one provider's, which is reported as a `ProviderFailure`).
public struct MetadataClientError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The broad class of failure.
    public enum Code: String, Sendable, Hashable {
        /// The client was shut down.
        case shutDown = "shut_down"
        /// A provider was named that the client does not hold.
        case unknownProvider = "unknown_provider"
        /// The configuration cannot be used.
        case configuration
    }

    /// The broad class of failure.
    public let code: Code
    /// What happened and what to do.
    public let message: String

    /// The client was used after `shutdown()`.
    public static let shutDown = MetadataClientError(code: .shutDown, message: "the metadata client was shut down")

    /// `key` is not among the client's providers.
    public static func unknownProvider(_ key: ProviderKey, available: [ProviderKey]) -> MetadataClientError {
        let list = available.map(\.rawValue).joined(separator: ", ")
        return MetadataClientError(
            code: .unknownProvider,
            message: "provider '\(key)' is not enabled (enabled: \(list.isEmpty ? "none" : list))")
    }

    /// The configuration is wrong; `message` names the key and the problem.
    public static func configuration(_ message: String) -> MetadataClientError {
        MetadataClientError(code: .configuration, message: message)
    }

    public var description: String { message }
}
