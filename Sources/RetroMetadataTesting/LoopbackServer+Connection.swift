import Foundation
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1

extension LoopbackServer {
    /// Serves one connection: reads each request, records it, answers from the fixtures.
    func handle(_ connection: Connection) async {
        try? await connection.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = ByteBuffer()
            for try await part in inbound {
                switch part {
                case .head(let requestHead):
                    head = requestHead
                    body.clear()
                case .body(var chunk):
                    body.writeBuffer(&chunk)
                case .end:
                    guard let requestHead = head else { continue }
                    let request = Self.record(requestHead, body: Data(buffer: body))
                    let answer = answer(request)
                    if answer.delay > .zero { try await Task.sleep(for: answer.delay) }
                    try await Self.write(answer, keepAlive: requestHead.isKeepAlive, to: outbound)
                    if !requestHead.isKeepAlive { return }
                }
            }
        }
    }

    private static func record(_ head: HTTPRequestHead, body: Data) -> RecordedRequest {
        let components = URLComponents(string: head.uri)
        let query = (components?.queryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
        return RecordedRequest(
            method: head.method.rawValue, path: components?.path ?? head.uri, query: query, target: head.uri,
            headers: head.headers.map { (name: $0.name, value: $0.value) }, body: body)
    }

    private static func write(
        _ answer: FixtureResponse, keepAlive: Bool, to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>
    ) async throws {
        var headers = HTTPHeaders(answer.headers.map { ($0.name, $0.value) })
        headers.replaceOrAdd(name: "Content-Length", value: String(answer.body.count))
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: answer.status), headers: headers)
        try await outbound.write(.head(head))
        if !answer.body.isEmpty { try await outbound.write(.body(.byteBuffer(ByteBuffer(data: answer.body)))) }
        try await outbound.write(.end(nil))
    }
}

extension LoopbackServer {
    fileprivate func answer(_ request: RecordedRequest) -> FixtureResponse { book.answer(request) }
}
