import Foundation

/// One scripted answer of the loopback server: status, headers, body and an optional delay before it.
public struct FixtureResponse: Sendable {
    /// Status code.
    public var status: Int
    /// Response headers.
    public var headers: [(name: String, value: String)]
    /// Body bytes.
    public var body: Data
    /// Wait before answering (to test timeouts).
    public var delay: Duration

    /// Creates a response.
    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data(), delay: Duration = .zero
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }

    /// A JSON answer with `text` as its body.
    public static func json(_ text: String, status: Int = 200, headers: [(name: String, value: String)] = [])
        -> FixtureResponse
    {
        FixtureResponse(
            status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }

    /// A plain-text answer.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8")
        -> FixtureResponse
    {
        FixtureResponse(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
    }

    /// An HTML error page such as a proxy or CDN returns.
    public static func htmlErrorPage(status: Int = 200) -> FixtureResponse {
        let page = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Service error</h1></body></html>"
        return FixtureResponse(status: status, headers: [("Content-Type", "text/html")], body: Data(page.utf8))
    }

    /// A body of `bytes` bytes of JSON-looking filler, to test size limits.
    public static func oversized(bytes: Int) -> FixtureResponse {
        var body = Data(repeating: UInt8(ascii: " "), count: bytes)
        body[0] = UInt8(ascii: "[")
        body[bytes - 1] = UInt8(ascii: "]")
        return FixtureResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
    }

    /// Reads a fixture file's bytes as a JSON answer.
    public static func jsonFile(_ path: String, status: Int = 200) throws -> FixtureResponse {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return FixtureResponse(status: status, headers: [("Content-Type", "application/json")], body: data)
    }

    /// The same response with a delay before it is sent.
    public func delayed(by delay: Duration) -> FixtureResponse {
        var copy = self
        copy.delay = delay
        return copy
    }
}
