import Foundation
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1

/// Serves one connection on its event loop: reads each request, records it, answers from the fixtures.
///
/// The server runs entirely on NIO's threads, not on Swift's cooperative pool, so a test that blocks a pool thread
/// (waiting for a child process) cannot starve the servers of the tests running beside it.
final class LoopbackHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let book: FixtureBook
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()

    init(book: FixtureBook) {
        self.book = book
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let requestHead = head else { return }
            let answer = book.answer(Self.record(requestHead, body: Data(buffer: body)))
            let keepAlive = requestHead.isKeepAlive
            guard answer.delay > .zero else { return respond(answer, keepAlive: keepAlive, context: context) }
            let nanoseconds = Int64(answer.delay.components.seconds) * 1_000_000_000
                + answer.delay.components.attoseconds / 1_000_000_000
            context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(nanoseconds)) {
                self.respond(answer, keepAlive: keepAlive, context: context)
            }
        }
    }

    private func respond(_ answer: FixtureResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(answer.headers.map { ($0.name, $0.value) })
        headers.replaceOrAdd(name: "Content-Length", value: String(answer.body.count))
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: answer.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !answer.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(data: answer.body)))), promise: nil)
        }
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
    }

    private static func record(_ head: HTTPRequestHead, body: Data) -> RecordedRequest {
        let components = URLComponents(string: head.uri)
        let query = (components?.queryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
        return RecordedRequest(
            method: head.method.rawValue, path: components?.path ?? head.uri, query: query, target: head.uri,
            headers: head.headers.map { (name: $0.name, value: $0.value) }, body: body)
    }
}
