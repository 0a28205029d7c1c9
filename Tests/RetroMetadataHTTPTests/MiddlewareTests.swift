import Foundation
import Logging
import RetroMetadataHTTP
import RetroMetadataTesting
import Testing

@Suite("Middleware: user agent, retry, logging")
struct MiddlewareTests {
    let logs = CapturingLogHandler.Store()

    func pipeline(_ time: ManualTimeSource, policy: RetryPolicy = RetryPolicy()) -> MiddlewareTransport {
        let logger = CapturingLogHandler.logger(logs)
        return MiddlewareTransport(
            base: LiveHTTPTransport(),
            middleware: [
                UserAgentMiddleware(userAgent: "retro-metadata-test"),
                RetryMiddleware(policy: policy, time: time, logger: logger),
                RequestLoggingMiddleware(logger: logger),
            ])
    }

    @Test("500 then 200 succeeds after one exponential backoff wait")
    func retriesServerErrors() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/flaky", .text("down", status: 500), .text("down", status: 503), .text("up"))
            let time = ManualTimeSource()
            let response = try await pipeline(time).send(HTTPRequest(url: server.baseURL + "/flaky"))
            #expect(response.text == "up")
            #expect(server.requests.count == 3)
            #expect(time.sleeps == [.milliseconds(500), .seconds(1)])
            #expect(server.requests.allSatisfy { $0.header("User-Agent") == "retro-metadata-test" })
        }
    }

    @Test("429 with Retry-After waits exactly as asked")
    func honoursRetryAfter() async throws {
        try await withLoopbackServer { server in
            server.on(
                "GET", "/limited", FixtureResponse(status: 429, headers: [("Retry-After", "7")]), .text("ok"))
            let time = ManualTimeSource()
            let response = try await pipeline(time).send(HTTPRequest(url: server.baseURL + "/limited"))
            #expect(response.status == 200)
            #expect(time.sleeps == [.seconds(7)])
        }
    }

    @Test("a Retry-After longer than the policy allows returns the 429 at once")
    func longRetryAfterIsNotWaited() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/quota", FixtureResponse(status: 429, headers: [("Retry-After", "3600")]))
            let time = ManualTimeSource()
            let response = try await pipeline(time).send(HTTPRequest(url: server.baseURL + "/quota"))
            #expect(response.status == 429)
            #expect(time.sleeps.isEmpty)
            #expect(server.requests.count == 1)
        }
    }

    @Test("gives up after maxAttempts and returns the last answer")
    func givesUp() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/down", .text("no", status: 502))
            let time = ManualTimeSource()
            let policy = RetryPolicy(maxAttempts: 2)
            let response = try await pipeline(time, policy: policy).send(HTTPRequest(url: server.baseURL + "/down"))
            #expect(response.status == 502)
            #expect(server.requests.count == 2)
        }
    }

    @Test("4xx other than 429 is not retried")
    func noRetryOnClientErrors() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/missing", .text("nope", status: 404))
            _ = try await pipeline(ManualTimeSource()).send(HTTPRequest(url: server.baseURL + "/missing"))
            #expect(server.requests.count == 1)
        }
    }

    @Test("log lines and errors never contain the request's secrets")
    func redactsSecrets() async throws {
        let secret = "s3cr3t-Token/with+chars"
        try await withLoopbackServer { server in
            server.on("GET", "/api", .text("ok"))
            let url =
                server.baseURL + "/api?key="
                + (secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let request = HTTPRequest(
                url: url, headers: [("Authorization", "Bearer \(secret)")], redactor: SecretRedactor(secrets: [secret]))
            _ = try await pipeline(ManualTimeSource()).send(request)
            var failing = request
            failing.url = "http://127.0.0.1:1/api?key=\(secret)"
            failing.timeout = .milliseconds(300)
            let error = await #expect(throws: HTTPError.self) {
                try await pipeline(ManualTimeSource(), policy: .none).send(failing)
            }
            #expect(!"\(String(describing: error))".contains(secret))
        }
        let lines = logs.all
        #expect(lines.count >= 2)
        let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? secret
        #expect(lines.allSatisfy { !$0.contains(secret) && !$0.contains(encoded) })
        #expect(lines.contains { $0.contains(SecretRedactor.mask) })
    }
}
