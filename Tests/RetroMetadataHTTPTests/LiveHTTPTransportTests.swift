import Foundation
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

@Suite("Live transport against the loopback server")
struct LiveHTTPTransportTests {
    let transport = LiveHTTPTransport()

    @Test("returns status, headers and body, and sends method, headers and body")
    func roundTrip() async throws {
        try await withLoopbackServer { server in
            server.on("POST", "/echo", .json(#"{"ok":true}"#, status: 201, headers: [("X-Extra", "yes")]))
            let request = HTTPRequest(
                method: .post, url: server.baseURL + "/echo?a=1&b=x%20y", headers: [("X-Test", "42")],
                body: Data("hello".utf8))
            let response = try await transport.send(request)
            #expect(response.status == 201)
            #expect(response.header("x-extra") == "yes")
            #expect(response.text == #"{"ok":true}"#)
            let recorded = try #require(server.requests.first)
            #expect(recorded.method == "POST")
            #expect(recorded.queryValue("b") == "x y")
            #expect(recorded.header("X-Test") == "42")
            #expect(recorded.bodyText == "hello")
        }
    }

    @Test("a body past the size limit fails with bodyTooLarge")
    func sizeLimit() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/big", .oversized(bytes: 20 * 1024 * 1024))
            let request = HTTPRequest(url: server.baseURL + "/big")
            let error = await #expect(throws: HTTPError.self) { try await transport.send(request) }
            #expect(error?.code == .bodyTooLarge)
        }
    }

    @Test("a slow answer past the timeout fails with timeout")
    func timeout() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/slow", FixtureResponse.json("[]").delayed(by: .seconds(5)))
            let request = HTTPRequest(url: server.baseURL + "/slow", timeout: .milliseconds(200))
            let error = await #expect(throws: HTTPError.self) { try await transport.send(request) }
            #expect(error?.code == .timeout)
        }
    }

    @Test("non-http URLs are refused without a connection")
    func invalidURL() async throws {
        let error = await #expect(throws: HTTPError.self) {
            try await transport.send(HTTPRequest(url: "file:///etc/passwd"))
        }
        #expect(error?.code == .invalidURL)
    }

    @Test("unmatched routes answer 404 and scripted sequences repeat their last answer")
    func sequences() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/seq", .text("one"), .text("two"))
            var texts: [String] = []
            for _ in 0..<3 { texts.append(try await transport.send(HTTPRequest(url: server.baseURL + "/seq")).text) }
            #expect(texts == ["one", "two", "two"])
            #expect(try await transport.send(HTTPRequest(url: server.baseURL + "/none")).status == 404)
        }
    }
}
