import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("HowLongToBeat provider")
struct HLTBProviderTests {
    let scenario = ProviderScenario.hltb
    let logs = CapturingLogHandler.Store()

    /// A provider that reads its search URL from `<server>/endpoint.txt`, as the live one reads RomM's file.
    func discoveringProvider(_ server: LoopbackServer) throws -> any MetadataProvider {
        var settings = scenario.settings(server, timeout: .seconds(30))
        settings.options = ["endpoint_url": server.baseURL + "/endpoint.txt"]
        return try HLTBProvider.descriptor.makeProvider(
            settings: settings,
            environment: ProviderEnvironment(logger: CapturingLogHandler.logger(logs), time: ManualTimeSource()))
    }

    @Test("discovers the endpoint, opens one session, sends its token, hp key and value in headers and body")
    func session() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let provider = try discoveringProvider(server)
            let results = try await provider.search("super  mario world", platformID: nil, limit: 7)
            _ = try await provider.search("zelda", platformID: nil, limit: 7)
            #expect(results.map(\.name) == ["Super Mario World", "Super Mario World 2: Yoshi's Island"])
            #expect(results.first?.coverURL == server.baseURL + "/games/Super_Mario_World.jpg")
            #expect(results.first?.platforms == ["Nintendo 3DS", "Super Nintendo"])
            #expect(results.first?.releaseYear == 1990)
            #expect(results.last?.coverURL == nil)
            #expect(server.requests.filter { $0.path == "/endpoint.txt" }.count == 1)
            let inits = server.requests.filter { $0.path == "/api/bleed/init" }
            #expect(inits.count == 1)
            #expect(inits.first?.queryValue("t") != nil)
            let search = try #require(server.requests.first { $0.path == "/api/bleed" })
            #expect(search.header("x-auth-token") == "fake-hltb-session-token")
            #expect(search.header("x-hp-key") == "hpkey-1")
            #expect(search.header("x-hp-val") == "fake-hltb-hp-value")
            #expect(search.header("Origin") == server.baseURL)
            let body = try #require(try JSONSerialization.jsonObject(with: search.body) as? [String: Any])
            #expect(body["searchTerms"] as? [String] == ["super", "mario", "world"])
            #expect(body["size"] as? Int == 7)
            #expect(body["searchType"] as? String == "games")
            #expect(body["hpkey-1"] as? String == "fake-hltb-hp-value")
        }
    }

    @Test("a 403 opens a new session once and retries")
    func renewsSession() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(
                "GET", "/api/bleed/init", .json(#"{"token": "first-session-token"}"#),
                .json(#"{"token": "second-session-token"}"#))
            server.on(
                FixtureRoute("POST", "/api/bleed") { $0.header("x-auth-token") == "first-session-token" },
                .json("{}", status: 403))
            server.on(
                FixtureRoute("POST", "/api/bleed") { $0.header("x-auth-token") == "second-session-token" },
                try scenario.searchFixture())
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let results = try await provider.search("mario", platformID: nil, limit: 5)
            #expect(results.count == 2)
            #expect(server.requests.filter { $0.path == "/api/bleed/init" }.count == 2)
            let lastSearch = try #require(server.requests.last { $0.path == "/api/bleed" })
            #expect(lastSearch.header("x-hp-key") == nil)
        }
    }

    @Test("without a readable endpoint file the search path is <base>/search; search_url skips discovery")
    func endpointFallbacks() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/endpoint.txt", .htmlErrorPage(status: 404))
            server.on("GET", "/api/search/init", .json(#"{"token": "old-style-token"}"#))
            server.on("POST", "/api/search", try scenario.searchFixture())
            let provider = try discoveringProvider(server)
            #expect(try await provider.search("mario", platformID: nil, limit: 5).count == 2)
        }
        try await withLoopbackServer { server in
            server.on("GET", "/api/finder/init", .json(#"{"token": "configured-token"}"#))
            server.on("POST", "/api/finder", try scenario.searchFixture())
            var settings = scenario.settings(server, timeout: .seconds(30))
            settings.options["search_url"] = "/finder"
            let provider = try HLTBProvider.descriptor.makeProvider(
                settings: settings,
                environment: ProviderEnvironment(logger: CapturingLogHandler.logger(logs), time: ManualTimeSource()))
            #expect(try await provider.search("mario", platformID: nil, limit: 5).count == 2)
            #expect(!server.requests.contains { $0.path == "/endpoint.txt" })
        }
    }

    @Test("get by id reads the game page's embedded data: times, modes, date, rating")
    func gamePage() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.getRoute, try scenario.getFixture())
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let game = try #require(try await provider.game(id: "9364"))
            let m = game.metadata
            #expect(
                m.completionTimes
                    == CompletionTimes(mainStory: 43200, mainPlusExtras: 61200, completionist: 86400, allStyles: 55800))
            #expect(m.releaseDate == GameDate(year: 1990, month: 11, day: 21))
            #expect(m.rating == 0.9)
            #expect(m.developer == "Nintendo EAD")
            #expect(m.gameModes == ["Single player", "Co-operative"])
            #expect(game.sources[.completionTimes] == .hltb)
            #expect(game.firstAsset(.cover)?.url == server.baseURL + "/games/Super_Mario_World.jpg")
            server.on("GET", "/game/1", .text("<html><body>no data</body></html>", contentType: "text/html"))
            let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "1") }
            #expect(error?.code == .badResponse)
            server.on("GET", "/game/2", .text("gone", status: 404))
            #expect(try await provider.game(id: "2") == nil)
        }
    }

    @Test("identify: colon for ' - ', threshold, and records without times are skipped")
    func identify() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let game = try #require(
                try await provider.identify(fileName: "Super Mario World (USA).sfc", platformID: nil))
            #expect(game.match?.type == .name)
            #expect(game.metadata.completionTimes?.mainStory == 43200)
            #expect(game.metadata.completionTimes?.mainPlusExtras == 61200)
            #expect(game.metadata.alternativeNames == ["Super Mario Bros. 4"])
            let body = try #require(server.requests.last { $0.path == "/api/bleed" })
            #expect(body.bodyText.contains(#""size":20"#))
            // The second record matches by name but has no times.
            #expect(
                try await provider.identify(fileName: "Super Mario World 2 - Yoshi's Island.sfc", platformID: nil)
                    == nil)
            let colon = try #require(server.requests.last { $0.path == "/api/bleed" })
            let terms = try #require(try JSONSerialization.jsonObject(with: colon.body) as? [String: Any])[
                "searchTerms"]
            #expect(terms as? [String] == ["Super", "Mario", "World", "2:", "Yoshi's", "Island"])
        }
    }

    @Test("every reference recording decodes")
    func referenceRecordings() throws {
        for file in Fixtures.referenceBodies("hltb", matching: ["search"]) {
            let answer = try JSONDecoder().decode(HLTBProvider.Wire.SearchAnswer.self, from: Data(contentsOf: file))
            let records = answer.data ?? []
            #expect(!records.isEmpty)
            #expect(
                records.compactMap { HLTBProvider.searchResult(from: $0, siteURL: "https://h") }.count == records.count)
            #expect(records.contains { HLTBProvider.completionTimes($0)?.mainStory != nil })
        }
    }
}
