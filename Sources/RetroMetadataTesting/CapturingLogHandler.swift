import Logging
import NIOConcurrencyHelpers

/// A log handler that keeps every line (message and metadata) in memory, to check what would be logged.
public struct CapturingLogHandler: LogHandler {
    /// Where captured lines go; share one store between handler copies.
    public final class Store: Sendable {
        private let lines = NIOLockedValueBox([String]())

        /// Creates an empty store.
        public init() {}

        /// Every captured line: level, message and metadata as text.
        public var all: [String] { lines.withLockedValue { $0 } }

        func append(_ line: String) { lines.withLockedValue { $0.append(line) } }
    }

    private let store: Store
    /// Handler metadata.
    public var metadata: Logger.Metadata = [:]
    /// Lowest level captured.
    public var logLevel: Logger.Level = .trace

    /// Creates a handler writing into `store`.
    public init(store: Store) {
        self.store = store
    }

    /// A logger at trace level writing into `store`.
    public static func logger(_ store: Store, label: String = "test") -> Logger {
        var logger = Logger(label: label) { _ in CapturingLogHandler(store: store) }
        logger.logLevel = .trace
        return logger
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        store.append("\(event.level) \(event.message) \(fields) \(event.error.map { "\($0)" } ?? "")")
    }
}
