/// A cache operation that failed: an unreachable server, a bad cache URL, a server error.
public struct CacheError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: Hashable, Sendable {
        case badLocation, unreachable, server, protocolViolation, closed, timedOut, storage
    }

    private let code: Code
    /// What was being done (`connect`, `get`, `set`, `open`, ...).
    public let operation: String
    /// The cache's place (`host:port`, a file path); never contains a password.
    public let location: String
    /// Details from the server or the system.
    public let details: String

    private init(_ code: Code, operation: String, location: String, details: String) {
        self.code = code
        self.operation = operation
        self.location = location
        self.details = details
    }

    /// A cache URL that cannot be understood.
    public static func badLocation(_ text: String, _ details: String) -> CacheError {
        CacheError(.badLocation, operation: "parse", location: text, details: details)
    }

    /// A server that cannot be reached.
    public static func unreachable(_ location: String, _ details: String) -> CacheError {
        CacheError(.unreachable, operation: "connect", location: location, details: details)
    }

    /// An error reply from the server.
    public static func server(_ location: String, operation: String, _ details: String) -> CacheError {
        CacheError(.server, operation: operation, location: location, details: details)
    }

    /// A reply that does not follow the protocol.
    public static func protocolViolation(_ location: String, _ details: String) -> CacheError {
        CacheError(.protocolViolation, operation: "read", location: location, details: details)
    }

    /// A connection that closed before answering.
    public static func closed(_ location: String, operation: String) -> CacheError {
        CacheError(.closed, operation: operation, location: location, details: "connection closed")
    }

    /// A server that did not answer in time.
    public static func timedOut(_ location: String, operation: String) -> CacheError {
        CacheError(.timedOut, operation: operation, location: location, details: "no reply in time")
    }

    /// Whether the connection closed before the command was answered.
    public var isClosed: Bool { code == .closed }

    /// Whether the server did not answer in time.
    public var isTimeout: Bool { code == .timedOut }

    /// A storage failure (a file that cannot be opened or written).
    public static func storage(_ location: String, operation: String, _ details: String) -> CacheError {
        CacheError(.storage, operation: operation, location: location, details: details)
    }

    /// Whether the server could not be reached at all.
    public var isUnreachable: Bool { code == .unreachable }

    /// Whether the cache URL was malformed.
    public var isBadLocation: Bool { code == .badLocation }

    /// `cache <operation> failed (<location>): <details>`.
    public var description: String { "cache \(operation) failed (\(location)): \(details)" }
}
