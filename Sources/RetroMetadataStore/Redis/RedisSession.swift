import Foundation
import NIOCore

/// A Redis connection that reconnects once when the server dropped it (a restart, a killed client),
/// so a long run survives a Redis restart. Every command the cache sends is safe to repeat.
public final class RedisSession: @unchecked Sendable {
    /// Where the server is.
    public let url: RedisURL
    private let lock = NSLock()
    private var current: RedisConnection

    /// Wraps an open `connection` to `url`.
    public init(connection: RedisConnection, url: RedisURL) {
        self.url = url
        current = connection
    }

    /// Connects to `url`.
    public static func connect(to url: RedisURL) async throws -> RedisSession {
        RedisSession(connection: try await RedisConnection.connect(to: url), url: url)
    }

    /// The connection in use.
    public var connection: RedisConnection { lock.withLock { current } }

    /// Sends a command of text arguments (see `RedisConnection.send`).
    @discardableResult
    public func send(_ arguments: [String]) async throws -> RESPValue {
        try await send(buffers: arguments.map { ByteBuffer(string: $0) }, operation: arguments.first ?? "")
    }

    /// Sends a command, reconnecting and sending it once more when the connection had closed.
    @discardableResult
    public func send(buffers arguments: [ByteBuffer], operation: String) async throws -> RESPValue {
        let used = connection
        do {
            return try await used.send(buffers: arguments, operation: operation)
        } catch let error as CacheError where error.isClosed {
            return try await reconnect(replacing: used).send(buffers: arguments, operation: operation)
        }
    }

    /// Closes the connection in use.
    public func close() async { await connection.close() }

    /// A fresh connection in place of `broken`; when another task already replaced it, that one.
    private func reconnect(replacing broken: RedisConnection) async throws -> RedisConnection {
        if let replaced = lock.withLock({ current === broken ? nil : current }) { return replaced }
        let fresh = try await RedisConnection.connect(to: url)
        let (chosen, spare) = lock.withLock { () -> (RedisConnection, RedisConnection?) in
            guard current === broken else { return (current, fresh) }
            current = fresh
            return (fresh, nil)
        }
        if let spare { await spare.close() }
        await broken.close()
        return chosen
    }
}
