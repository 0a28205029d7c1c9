import Foundation
import NIOCore
import NIOPosix

/// One connection to a Redis server; concurrent `send` calls pipeline on it and get their own replies.
public final class RedisConnection: Sendable {
    private let channel: any Channel
    /// `host:port` of the server, for errors.
    public let address: String
    /// How long one reply may take before the command fails.
    public let commandTimeout: TimeAmount

    private init(channel: any Channel, address: String, commandTimeout: TimeAmount) {
        self.channel = channel
        self.address = address
        self.commandTimeout = commandTimeout
    }

    /// Connects to `url`, authenticating when it carries a password and selecting its database.
    public static func connect(
        to url: RedisURL, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        timeout: TimeAmount = .seconds(3), commandTimeout: TimeAmount = .seconds(10)
    ) async throws -> RedisConnection {
        let address = url.address
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(RESPDecoder()), RedisCommandHandler(location: address))
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: url.host, port: url.port).get()
        } catch {
            throw CacheError.unreachable(address, "cannot connect to Redis: \(RedisConnection.reason(error))")
        }
        let connection = RedisConnection(channel: channel, address: address, commandTimeout: commandTimeout)
        do {
            if let password = url.password {
                try await connection.send(["AUTH"] + (url.user.map { [$0] } ?? []) + [password], operation: "AUTH")
            }
            if url.database != 0 { try await connection.send(["SELECT", "\(url.database)"], operation: "SELECT") }
        } catch {
            await connection.close()
            throw error
        }
        return connection
    }

    /// Sends a command of text arguments and returns its reply; an error reply throws, naming `operation`.
    @discardableResult
    public func send(_ arguments: [String], operation: String? = nil) async throws -> RESPValue {
        try await send(buffers: arguments.map { ByteBuffer(string: $0) }, operation: operation ?? arguments.first ?? "")
    }

    /// Sends a command of byte arguments and returns its reply; an error reply throws.
    @discardableResult
    public func send(buffers arguments: [ByteBuffer], operation: String) async throws -> RESPValue {
        let reply = channel.eventLoop.makePromise(of: RESPValue.self)
        let written = channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { _ in reply.fail(CacheError.closed(self.address, operation: operation)) }
        // A late reply still completes (and is dropped by) this promise, so later replies stay in order.
        let timeout = CacheError.timedOut(address, operation: operation)
        let timer = channel.eventLoop.scheduleTask(in: commandTimeout) { reply.fail(timeout) }
        reply.futureResult.whenComplete { _ in timer.cancel() }
        channel.writeAndFlush(RedisCommand(arguments: arguments, reply: reply), promise: written)
        let value = try await reply.futureResult.get()
        if case .error(let message) = value {
            // AUTH replies may quote the command; the message is Redis's own and never contains the password.
            throw CacheError.server(address, operation: operation, message)
        }
        return value
    }

    /// A short reason for a failed connection ("Connection refused" rather than NIO's nested error values).
    static func reason(_ error: any Error) -> String {
        if let failure = error as? NIOConnectionError {
            if let first = failure.connectionErrors.first { return reason(first.error) }
            if let lookup = failure.dnsAError ?? failure.dnsAAAAError { return "host not found (\(lookup))" }
        }
        if let failure = error as? IOError { return String(cString: strerror(failure.errnoCode)) }
        return "\(error)"
    }

    /// Closes the connection; pending commands fail.
    public func close() async {
        try? await channel.close()
    }
}
