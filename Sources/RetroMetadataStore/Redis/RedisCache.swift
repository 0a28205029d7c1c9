import Foundation
import NIOCore

/// A cache in a Redis server, for several machines sharing one cache; keys carry a prefix so that
/// `clear` removes only this cache's keys from a shared database.
public final class RedisCache: CacheStatisticsReporting {
    /// The prefix used unless another is given.
    public static let defaultPrefix = "retro_metadata:"

    /// The connection to the server.
    public let session: RedisSession
    /// Put before every key.
    public let prefix: String

    /// Uses an open `session`.
    public init(session: RedisSession, prefix: String = RedisCache.defaultPrefix) {
        self.session = session
        self.prefix = prefix
    }

    /// Connects to the server at `url`.
    public static func connect(to url: RedisURL, prefix: String = RedisCache.defaultPrefix) async throws -> RedisCache {
        RedisCache(session: try await RedisSession.connect(to: url), prefix: prefix)
    }

    /// Closes the connection.
    public func close() async { await session.close() }

    /// `GET`.
    public func value(for key: String) async throws -> Data? {
        let reply = try await session.send(buffers: [ByteBuffer(string: "GET"), name(key)], operation: "GET")
        guard case .bulkString(let buffer?) = reply else { return nil }
        return Data(buffer.readableBytesView)
    }

    /// `SET key value [PX ms]`.
    public func set(_ value: Data, for key: String, ttl: Duration?) async throws {
        var arguments = [ByteBuffer(string: "SET"), name(key), ByteBuffer(bytes: value)]
        if let ttl { arguments += [ByteBuffer(string: "PX"), ByteBuffer(string: "\(max(1, ttl.wholeMilliseconds))")] }
        try await session.send(buffers: arguments, operation: "SET")
    }

    /// `DEL`.
    @discardableResult
    public func delete(_ key: String) async throws -> Bool {
        let reply = try await session.send(buffers: [ByteBuffer(string: "DEL"), name(key)], operation: "DEL")
        return (reply.integer ?? 0) > 0
    }

    /// Deletes every key under the prefix (SCAN + DEL); other keys in the database stay.
    public func clear() async throws {
        let keys = try await ownKeys()
        for start in stride(from: 0, to: keys.count, by: 500) {
            let batch = keys[start..<min(start + 500, keys.count)]
            try await session.send(buffers: [ByteBuffer(string: "DEL")] + batch, operation: "DEL")
        }
    }

    /// Keys under the prefix and the bytes of their values (Redis drops expired keys itself).
    public func statistics() async throws -> CacheStatistics {
        let keys = try await ownKeys()
        let session = session
        let bytes = try await withThrowingTaskGroup(of: Int64.self) { group in
            for key in keys {
                group.addTask {
                    try await session.send(buffers: [ByteBuffer(string: "STRLEN"), key], operation: "STRLEN").integer
                        ?? 0
                }
            }
            return try await group.reduce(0, +)
        }
        return CacheStatistics(
            backend: "redis", location: session.url.description, entries: keys.count, bytes: bytes, expired: 0)
    }

    /// The remaining time to live of `key` (`PTTL`): `nil` when missing, `-1 s` when it never expires.
    public func timeToLive(_ key: String) async throws -> Duration? {
        let reply = try await session.send(buffers: [ByteBuffer(string: "PTTL"), name(key)], operation: "PTTL")
        guard let milliseconds = reply.integer, milliseconds != -2 else { return nil }
        return milliseconds == -1 ? .seconds(-1) : .milliseconds(milliseconds)
    }

    private func name(_ key: String) -> ByteBuffer { ByteBuffer(string: prefix + key) }

    private func ownKeys() async throws -> [ByteBuffer] {
        let pattern = RedisCache.globEscaped(prefix) + "*"
        var cursor = "0"
        var keys: [ByteBuffer] = []
        repeat {
            let reply = try await session.send(["SCAN", cursor, "MATCH", pattern, "COUNT", "1000"])
            guard case .array(let parts?) = reply, parts.count == 2, let next = parts[0].text,
                case .array(let found?) = parts[1]
            else { throw CacheError.protocolViolation(session.url.address, "unexpected SCAN reply") }
            keys += found.compactMap(\.bytes)
            cursor = next
        } while cursor != "0"
        return keys
    }

    /// `text` with Redis glob characters escaped.
    static func globEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "*?[]\\".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
