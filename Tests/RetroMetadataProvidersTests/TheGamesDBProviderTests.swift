import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("TheGamesDB provider")
struct TheGamesDBProviderTests {
    let scenario = ProviderScenario.thegamesdb
    let logs = CapturingLogHandler.Store()

    func answer(_ path: String) throws -> TheGamesDBProvider.Wire.Answer {
        try JSONDecoder().decode(TheGamesDBProvider.Wire.Answer.self, from: Data(try Fixtures.text(path).utf8))
    }

    @Test("maps title, overview, date, players, ESRB rating, video, alternates and box art")
    func mapping() throws {
        let answer = try answer("thegamesdb/by-id.json")
        let game = TheGamesDBProvider.game(from: try #require(answer.data?.games.first), answer: answer)
        #expect(game.name == "Sonic the Hedgehog")
        #expect(game.ids == [.thegamesdb: "139"])
        #expect(game.metadata.summary == "Sonic races through the Green Hill Zone.")
        #expect(game.metadata.releaseDate == GameDate(year: 1991, month: 6, day: 23))
        #expect(game.metadata.players == PlayerCount(1))
        #expect(game.metadata.ageRatings == [AgeRating(board: "ESRB", rating: "E")])
        #expect(game.metadata.youtubeVideoID == "dQw4w9WgXcQ")
        #expect(game.metadata.alternativeNames == ["Sonic 1"])
        #expect(game.firstAsset(.cover)?.url == "https://cdn.tgdb.example/images/original/boxart/front/139-1.jpg")
        #expect(game.firstAsset(.boxBack)?.url == "https://cdn.tgdb.example/images/original/boxart/back/139-1.jpg")
    }

    @Test("every reference recording decodes and maps")
    func referenceRecordings() throws {
        for file in Fixtures.referenceBodies("thegamesdb", matching: [".json"]) {
            let answer = try JSONDecoder().decode(TheGamesDBProvider.Wire.Answer.self, from: Data(contentsOf: file))
            let games = answer.data?.games ?? []
            #expect(!games.isEmpty, "\(file.lastPathComponent)")
            for record in games {
                let game = TheGamesDBProvider.game(from: record, answer: answer)
                #expect(!game.name.isEmpty)
                #expect(game.firstAsset(.cover)?.url.hasSuffix(".jpg") == true)
            }
        }
    }

    @Test("search puts the requested platform first, names platforms and uses thumbnails")
    func search() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, try Fixtures.json("thegamesdb/by-name.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let results = try await provider.search("Sonic [1]", platformID: 18, limit: 2)
            #expect(results.map(\.id) == ["139", "141"])
            #expect(results.first?.platforms == ["Sega Mega Drive"])
            #expect(results.first?.coverURL == "https://cdn.tgdb.example/images/thumb/boxart/front/139-1.jpg")
            let request = try #require(server.requests.first)
            #expect(request.queryValue("name") == "Sonic [1]")
            #expect(request.queryValue("filter[platform]") == "18")
            #expect(request.queryValue("apikey") == "fake-tgdb-api-key")
        }
    }

    @Test("get by id resolves genre, developer and publisher names, each table fetched once")
    func names() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(scenario.getRoute, try Fixtures.json("thegamesdb/by-id.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let first = try await provider.game(id: "139")
            _ = try await provider.game(id: "139")
            #expect(first?.metadata.genres == ["Platform"])
            #expect(first?.metadata.developer == "Sonic Team")
            #expect(first?.metadata.publisher == "Sega")
            #expect(first?.metadata.companies == ["Sega", "Sonic Team"])
            for table in ["/v1/Genres", "/v1/Developers", "/v1/Publishers"] {
                #expect(server.requests.filter { $0.path == table }.count == 1)
            }
        }
    }

    @Test(
        "403 is an allowance error when the allowance is spent, else a key error",
        arguments: [
            (
                #"{"code":403,"status":"Forbidden","remaining_monthly_allowance":0,"extra_allowance":0,"allowance_refresh_timer":7200}"#,
                ProviderError.Code.quotaExceeded
            ),
            (#"{"code":403,"status":"This API Key is not authorized"}"#, .authentication),
        ])
    func forbidden(_ body: String, _ code: ProviderError.Code) async throws {
        try await withLoopbackServer { server in
            server.on(scenario.getRoute, .json(body, status: 403))
            let provider = try scenario.makeProvider(server, logs: logs)
            let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "139") }
            #expect(error?.code == code)
            if code == .quotaExceeded { #expect(error?.message.contains("in about 2 h") == true) }
        }
    }

    @Test("a spent allowance on a successful answer is logged as a warning")
    func allowanceWarning() async throws {
        try await withLoopbackServer { server in
            server.on(
                scenario.searchRoute,
                .json(#"{"data":{"count":0,"games":[]},"remaining_monthly_allowance":0,"extra_allowance":0}"#))
            let provider = try scenario.makeProvider(server, logs: logs)
            _ = try await provider.search("x", platformID: nil, limit: 1)
        }
        #expect(logs.all.contains { $0.hasPrefix("warning") && $0.contains("allowance") })
    }

    @Test("a name table that cannot be read leaves names empty without failing the game")
    func missingTables() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.getRoute, try Fixtures.json("thegamesdb/by-id.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let game = try await provider.game(id: "139")
            #expect(game?.name == "Sonic the Hedgehog")
            #expect(game?.metadata.genres.isEmpty == true)
            #expect(game?.metadata.companies.isEmpty == true)
        }
    }

    @Test("games keyed by id are read too")
    func keyedGames() throws {
        let json = #"{"data":{"count":1,"games":{"7":{"id":7,"game_title":"Keyed"}}}}"#
        let answer = try JSONDecoder().decode(TheGamesDBProvider.Wire.Answer.self, from: Data(json.utf8))
        #expect(answer.data?.games.first?.gameTitle == "Keyed")
    }
}
