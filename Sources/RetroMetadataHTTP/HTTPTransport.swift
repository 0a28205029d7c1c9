/// Sends one HTTP request and returns the whole response; the single seam between providers and the network.
///
/// The live implementation is `LiveHTTPTransport`; middleware (`HTTPMiddleware`) wraps any transport, and
/// tests point providers at a loopback server through the same live transport.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, returning any status as a response and throwing `HTTPError` for transport failures.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
