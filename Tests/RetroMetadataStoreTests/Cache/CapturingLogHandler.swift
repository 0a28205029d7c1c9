import Foundation
import Logging

/// A log handler that keeps every message, so tests can check warnings.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    /// Messages logged so far, shared by every copy of the handler.
    final class Messages: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(Logger.Level, String)] = []

        func append(_ level: Logger.Level, _ text: String) { lock.withLock { items.append((level, text)) } }

        /// The texts logged at `level`.
        func texts(at level: Logger.Level) -> [String] { lock.withLock { items.filter { $0.0 == level }.map(\.1) } }

        /// Every text logged, with metadata.
        var all: [String] { lock.withLock { items.map(\.1) } }
    }

    let messages: Messages
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(messages: Messages) { self.messages = messages }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let extra = (event.metadata ?? [:]).map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " ")
        messages.append(event.level, "\(event.message) \(extra)")
    }

    /// A logger writing into a fresh message list.
    static func logger() -> (Logger, Messages) {
        let messages = Messages()
        return (Logger(label: "test") { _ in CapturingLogHandler(messages: messages) }, messages)
    }
}
