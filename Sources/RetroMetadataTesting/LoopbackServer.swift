import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP server on 127.0.0.1 at a free port that answers from scripted fixtures and records every request.
///
/// Use it through `withLoopbackServer { server in ... }`, which starts it and always stops it.
public final class LoopbackServer: Sendable {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    /// The port the server listens on.
    public let port: Int
    let book: FixtureBook
    private let channel: NIOAsyncChannel<Connection, Never>

    private init(port: Int, book: FixtureBook, channel: NIOAsyncChannel<Connection, Never>) {
        self.port = port
        self.book = book
        self.channel = channel
    }

    /// The server's root URL, `http://127.0.0.1:<port>`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Answers requests for `route` with `responses` in order, repeating the last; later routes win over earlier.
    public func on(_ route: FixtureRoute, _ responses: FixtureResponse...) {
        book.add(route, responses: responses)
    }

    /// Answers requests for `route` with whatever `responder` computes from each one; later routes win over earlier.
    public func on(_ route: FixtureRoute, responder: @escaping FixtureResponder) {
        book.add(route, responder: responder)
    }

    /// Shorthand for a route by method and path.
    public func on(_ method: String, _ path: String, _ responses: FixtureResponse...) {
        book.add(FixtureRoute(method, path), responses: responses)
    }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { book.requests }

    static func start() async throws -> (LoopbackServer, Task<Void, Never>) {
        let book = FixtureBook()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.configureHTTPServerPipeline()
                    return try Connection(wrappingChannelSynchronously: child)
                }
            }
        let port = channel.channel.localAddress?.port ?? 0
        let server = LoopbackServer(port: port, book: book, channel: channel)
        let task = Task { await server.serve() }
        return (server, task)
    }

    private func serve() async {
        try? await channel.executeThenClose { inbound in
            await withDiscardingTaskGroup { group in
                do {
                    for try await connection in inbound {
                        group.addTask { await self.handle(connection) }
                    }
                } catch {
                    // The listening socket closed: the server is stopping.
                }
            }
        }
    }

    func stop() async {
        try? await channel.channel.close()
    }
}

/// Runs `body` with a fresh loopback server, stopping the server afterwards even when `body` throws.
public func withLoopbackServer<Result: Sendable>(
    _ body: (LoopbackServer) async throws -> Result
) async throws -> Result {
    let (server, task) = try await LoopbackServer.start()
    do {
        let result = try await body(server)
        await server.stop()
        task.cancel()
        return result
    } catch {
        await server.stop()
        task.cancel()
        throw error
    }
}
