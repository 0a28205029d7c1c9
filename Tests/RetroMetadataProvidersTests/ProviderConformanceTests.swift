import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
import RetroMetadataProviders
import RetroMetadataTesting
import Testing

/// Every provider scenario, one line each.
let allScenarios: [ProviderScenario] = [
    .igdb,
    .mobygames,
    .screenscraper,
    .thegamesdb,
    .retroachievements,
    .hltb,
    .steamgriddb,
    .hasheous,
    .playmatch,
    .flashpoint,
]

@Suite("Provider conformance (every provider against the loopback server)")
struct ProviderConformanceTests {
    /// Runs `body` with a server primed for `scenario`, then checks no secret reached logs or paths.
    /// Only the timeout test uses a short `timeout`; a long one keeps the rest steady on a busy machine.
    func run(
        _ scenario: ProviderScenario, timeout: Duration = .seconds(30),
        _ body: (LoopbackServer, any MetadataProvider) async throws -> Void
    ) async throws {
        let logs = CapturingLogHandler.Store()
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            let provider = try scenario.makeProvider(server, logs: logs, timeout: timeout)
            try await body(server, provider)
            for request in server.requests where request.path.hasPrefix("/") {
                for secret in scenario.secrets {
                    #expect(!request.path.contains(secret), "secret in a path")
                }
            }
        }
        for line in logs.all {
            for secret in scenario.secrets { #expect(!line.contains(secret), "secret in a log line") }
            #expect(!line.contains("fake-igdb-access-token"), "token in a log line")
        }
    }

    func expectError(
        _ code: ProviderError.Code, _ scenario: ProviderScenario, _ call: () async throws -> Void
    ) async {
        let error = await #expect(throws: ProviderError.self) { try await call() }
        #expect(error?.code == code)
        #expect(error?.provider == scenario.descriptor.key)
        let text = String(describing: error)
        for secret in scenario.secrets { #expect(!text.contains(secret), "secret in an error") }
    }

    @Test("search maps results", arguments: allScenarios)
    func search(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let results = try await scenario.lookup(provider, scenario.searchQuery)
            #expect(results.first?.name == scenario.expectedSearchName)
            #expect(results.allSatisfy { $0.provider == scenario.descriptor.key && !$0.id.isEmpty })
        }
    }

    @Test("get by id maps the game", arguments: allScenarios.filter(\.descriptor.capabilities.getByID))
    func getByID(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.getRoute, try scenario.getFixture())
            let game = try #require(try await provider.game(id: scenario.getID))
            #expect(game.name == scenario.expectedGameName)
            #expect(game.ids[scenario.descriptor.key] == scenario.getID)
            #expect(game.sources[.name] == scenario.descriptor.key)
        }
    }

    @Test("an empty answer is no results, not an error", arguments: allScenarios)
    func empty(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, scenario.emptyFixture)
            let results = try await scenario.lookup(provider, "nothing at all")
            #expect(results.isEmpty)
        }
    }

    @Test("malformed JSON is a bad response", arguments: allScenarios)
    func malformed(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, .json(#"{"broken": [1, 2"#))
            await expectError(.badResponse, scenario) { _ = try await scenario.lookup(provider, "x") }
        }
    }

    @Test("an HTML error page is a bad response", arguments: allScenarios)
    func htmlPage(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, .htmlErrorPage())
            await expectError(.badResponse, scenario) { _ = try await scenario.lookup(provider, "x") }
        }
    }

    @Test("401 becomes the provider's typed error", arguments: allScenarios)
    func unauthorized(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, .json(#"{"message": "Authorization Failure"}"#, status: 401))
            await expectError(scenario.unauthorizedCode, scenario) {
                _ = try await scenario.lookup(provider, "x")
            }
        }
    }

    @Test("429 with a long Retry-After is a rate-limit error carrying the wait", arguments: allScenarios)
    func rateLimited(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, FixtureResponse(status: 429, headers: [("Retry-After", "120")]))
            let error = await #expect(throws: ProviderError.self) {
                _ = try await scenario.lookup(provider, "x")
            }
            #expect(error?.code == .rateLimited)
            #expect(error?.retryAfter == .seconds(120))
        }
    }

    @Test("500 then success is retried transparently", arguments: allScenarios)
    func serverErrorThenSuccess(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, .text("oops", status: 500), try scenario.searchFixture())
            let results = try await scenario.lookup(provider, scenario.searchQuery)
            #expect(results.first?.name == scenario.expectedSearchName)
            #expect(server.requests.filter { scenario.searchRoute.accepts($0) }.count == 2)
        }
    }

    @Test("a slow answer past the timeout is a transport error", arguments: allScenarios)
    func slow(_ scenario: ProviderScenario) async throws {
        try await run(scenario, timeout: .milliseconds(400)) { server, provider in
            server.on(scenario.searchRoute, try scenario.searchFixture().delayed(by: .seconds(3)))
            await expectError(.transport, scenario) { _ = try await scenario.lookup(provider, "x") }
        }
    }

    @Test("a 20 MB body is refused as a transport error", arguments: allScenarios)
    func oversized(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            server.on(scenario.searchRoute, .oversized(bytes: 20 * 1024 * 1024))
            await expectError(.transport, scenario) { _ = try await scenario.lookup(provider, "x") }
        }
    }

    @Test("identify without a platform asks nothing", arguments: allScenarios.filter(\.identifyNeedsPlatform))
    func identifyNeedsPlatform(_ scenario: ProviderScenario) async throws {
        try await run(scenario) { server, provider in
            let game = try await provider.identify(fileName: "Some Game (USA).zip", platformID: nil)
            #expect(game == nil)
            #expect(server.requests.isEmpty)
        }
    }

    @Test("hash lookup finds the game, and an unknown hash is nil", arguments: allScenarios.filter { $0.hash != nil })
    func hashLookup(_ scenario: ProviderScenario) async throws {
        let hash = try #require(scenario.hash)
        try await run(scenario) { server, provider in
            let hasher = try #require(provider as? any HashIdentifying)
            server.on(hash.route, try hash.fixture())
            let game = try await hasher.identify(
                hashes: hash.hashes, fileName: hash.fileName, platformID: hash.platformID)
            #expect(game?.name == hash.expectedName)
            #expect(game?.match?.type == .hash)
            server.on(hash.route, .text("not found", status: 404))
            let missing = try await hasher.identify(
                hashes: hash.hashes, fileName: hash.fileName, platformID: hash.platformID)
            #expect(missing == nil)
        }
    }

    @Test("without credentials the provider is disabled and names the missing variables", arguments: allScenarios)
    func disabledWithoutCredentials(_ scenario: ProviderScenario) throws {
        let status = scenario.descriptor.status(with: ProviderSettings())
        guard case .disabled(let reason) = status else {
            #expect(scenario.descriptor.requiredCredentials.isEmpty)
            return
        }
        for key in scenario.descriptor.requiredCredentials {
            #expect(reason.contains(scenario.descriptor.environmentVariable(key)))
        }
        #expect(scenario.descriptor.status(with: ProviderSettings(credentials: scenario.credentials)) == .enabled)
    }
}
