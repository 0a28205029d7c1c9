import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("ScreenScraper account limits")
struct ScreenScraperAccountTests {
    func answer(threads: String, today: String) -> FixtureResponse {
        .json(
            #"{"response": {"ssuser": {"maxthreads": "\#(threads)", "requeststoday": "\#(today)", "maxrequestsperday": "20000"}, "jeux": [{}]}}"#
        )
    }

    func provider(_ server: LoopbackServer, logs: CapturingLogHandler.Store, limiter: RateLimiter) throws
        -> ScreenScraperProvider
    {
        let scenario = ProviderScenario.screenscraper
        let environment = ProviderEnvironment(logger: CapturingLogHandler.logger(logs), time: ManualTimeSource())
        let settings = scenario.settings(server)
        let http = ProviderHTTPClient(
            provider: .screenscraper, baseURL: settings.baseURL ?? "", timeout: settings.timeout,
            redactor: SecretRedactor(secrets: settings.secretValues), transport: LiveHTTPTransport(),
            logger: environment.logger)
        return try ScreenScraperProvider(
            setup: ProviderSetup(settings: settings, http: http, limiter: limiter, environment: environment))
    }

    /// Runs one search whose answer reports `threads` and `today`; returns the limiter and the log lines.
    func searchOnce(threads: String, today: String) async throws -> (RateLimiter, [String]) {
        let logs = CapturingLogHandler.Store()
        let limiter = RateLimiter(limit: ScreenScraperProvider.descriptor.defaultRateLimit, time: ManualTimeSource())
        try await withLoopbackServer { server in
            server.on("GET", "/api2/jeuRecherche.php", answer(threads: threads, today: today))
            _ = try await provider(server, logs: logs, limiter: limiter).search("x", platformID: nil, limit: 1)
        }
        return (limiter, logs.all)
    }

    @Test("pacing follows the account's thread allowance")
    func threads() async throws {
        let (limiter, lines) = try await searchOnce(threads: "4", today: "10")
        #expect(await limiter.limit.maxConcurrent == 4)
        #expect(!lines.contains { $0.hasPrefix("warning") })
    }

    @Test("reaching the daily quota is logged as a warning")
    func quotaWarning() async throws {
        let (_, lines) = try await searchOnce(threads: "1", today: "20000")
        #expect(lines.contains { $0.hasPrefix("warning") && $0.contains("midnight CET") })
    }
}
