import RetroMetadataCore
import RetroMetadataProviders

/// One provider's failure during a client call, reported beside the result instead of failing the call.
public struct ProviderFailure: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The provider that failed.
    public var provider: ProviderKey
    /// The operation that failed (`search`, `identify`, `hash`, `get`, `heartbeat`).
    public var operation: String
    /// The broad class (`ProviderError.Code` raw value), or `error` for anything else.
    public var code: String
    /// What happened, free of secrets (provider errors are redacted at the source).
    public var message: String

    /// Creates a failure.
    public init(provider: ProviderKey, operation: String, code: String, message: String) {
        self.provider = provider
        self.operation = operation
        self.code = code
        self.message = message
    }

    /// Describes `error` thrown by `provider` during `operation`.
    public init(provider: ProviderKey, operation: String, error: any Error) {
        if let failure = error as? ProviderError {
            self.init(
                provider: provider, operation: operation, code: failure.code.rawValue, message: failure.description)
        } else {
            self.init(provider: provider, operation: operation, code: "error", message: String(describing: error))
        }
    }

    public var description: String { message }
}
