import Foundation
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

@Suite("Loopback routes answered by a responder")
struct LoopbackResponderTests {
    let transport = LiveHTTPTransport()

    @Test("each answer is computed from its request, and a later scripted route still wins")
    func computedAnswers() async throws {
        try await withLoopbackServer { server in
            server.on(FixtureRoute("GET", "/greet")) { request in
                .text(
                    "hello \(request.queryValue("name") ?? "nobody")",
                    status: request.queryValue("name") == nil ? 400 : 200)
            }
            let named = try await transport.send(HTTPRequest(url: server.baseURL + "/greet?name=Ada"))
            let unnamed = try await transport.send(HTTPRequest(url: server.baseURL + "/greet"))
            #expect(named.status == 200 && named.text == "hello Ada")
            #expect(unnamed.status == 400 && unnamed.text == "hello nobody")
            server.on("GET", "/greet", .text("scripted"))
            #expect(try await transport.send(HTTPRequest(url: server.baseURL + "/greet?name=Bo")).text == "scripted")
            #expect(server.requests.map { $0.queryValue("name") ?? "" } == ["Ada", "", "Bo"])
        }
    }
}
