import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1

/// The network transport, on AsyncHTTPClient: enforces each request's timeout and body size limit.
public struct LiveHTTPTransport: HTTPTransport {
    private let client: HTTPClient

    /// Creates a transport on `client` (the process-wide shared client by default, which needs no shutdown).
    public init(client: HTTPClient = .shared) {
        self.client = client
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let scheme = URL(string: request.url)?.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { throw HTTPError.invalidURL(request) }
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = nioMethod(request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(data: body)) }
        do {
            // No logger is passed: AsyncHTTPClient would log full URLs, secrets included, at trace level.
            let deadline = NIODeadline.now() + .nanoseconds(Int64(request.timeout.nanoseconds))
            let response = try await client.execute(outgoing, deadline: deadline)
            let body = try await response.body.collect(upTo: request.maxResponseBytes)
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(buffer: body))
        } catch let error as HTTPClientError
            where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout
        {
            throw HTTPError.timeout(request)
        } catch is NIOTooManyBytesError {
            throw HTTPError.bodyTooLarge(request)
        } catch let error as HTTPError {
            throw error
        } catch {
            throw HTTPError.connection(request, reason: String(describing: error))
        }
    }
}

extension Duration {
    /// The duration in whole nanoseconds (saturating).
    var nanoseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
    }

    /// The duration in seconds as a floating-point number.
    public var seconds: Double { nanoseconds / 1e9 }
}

private func nioMethod(_ method: RetroMetadataHTTP.HTTPMethod) -> NIOHTTP1.HTTPMethod {
    switch method {
    case .get: .GET
    case .post: .POST
    case .head: .HEAD
    }
}
