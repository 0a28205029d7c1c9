import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("MobyGames provider")
struct MobyGamesProviderTests {
    let scenario = ProviderScenario.mobygames
    let logs = CapturingLogHandler.Store()

    @Test("maps title, plain-text description, genres, dates, score and media")
    func mapping() throws {
        let list = try JSONDecoder().decode(
            MobyGamesProvider.Wire.GameList.self, from: Data(try Fixtures.text("mobygames/games.json").utf8))
        let game = MobyGamesProvider.game(from: try #require(list.games?.first))
        #expect(game.name == "The Legend of Zelda: A Link to the Past")
        #expect(game.ids == [.mobygames: "564"])
        #expect(game.metadata.summary == "Link wakes to a voice calling for help.\nHyrule & the Dark World await.")
        #expect(game.metadata.genres == ["Action", "Top-down"])
        #expect(game.metadata.releaseDate == GameDate(year: 1991, month: 11, day: 21))
        #expect(game.metadata.rating == 0.89)
        #expect(game.metadata.alternativeNames.count == 2)
        #expect(game.firstAsset(.cover)?.url == "https://cdn.mobygames.example/covers/564-front.jpg")
        #expect(game.firstAsset(.cover)?.width == 600)
        #expect(game.media[.screenshot]?.count == 2)
    }

    @Test("every reference recording of games decodes and maps")
    func referenceRecordings() async throws {
        for file in Fixtures.referenceBodies("mobygames", matching: ["v1-games__200"]) {
            let list = try JSONDecoder().decode(MobyGamesProvider.Wire.GameList.self, from: Data(contentsOf: file))
            #expect(list.games?.isEmpty == false)
            for record in list.games ?? [] {
                let game = MobyGamesProvider.game(from: record)
                #expect(!game.name.isEmpty)
                #expect(game.firstAsset(.cover) != nil)
                #expect(MobyGamesProvider.searchResult(from: record)?.releaseYear != nil)
            }
        }
        for file in Fixtures.referenceBodies("mobygames", matching: ["__401.body"]) {
            try await withLoopbackServer { server in
                server.on(scenario.getRoute, FixtureResponse(status: 401, body: try Data(contentsOf: file)))
                let provider = try scenario.makeProvider(server, logs: logs)
                let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "564") }
                #expect(error?.code == .authentication)
            }
        }
    }

    @Test("search sends title, limit, platform, format=normal and the key, encoded once")
    func search() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, try Fixtures.json("mobygames/games.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let results = try await provider.search("Zelda: Link's & Co", platformID: 15, limit: 3)
            #expect(results.map(\.id) == ["564", "565"])
            #expect(results.first?.releaseYear == 1991)
            #expect(results.first?.platforms == ["SNES", "Game Boy Advance"])
            let request = try #require(server.requests.first)
            #expect(request.queryValue("title") == "Zelda: Link's & Co")
            #expect(request.target.contains("title=Zelda%3A%20Link%27s%20%26%20Co"))
            #expect(request.queryValue("format") == "normal")
            #expect(request.queryValue("limit") == "3")
            #expect(request.queryValue("platform") == "15")
            #expect(request.queryValue("api_key") == "fake-moby-api-key")
        }
    }

    @Test("a 401 says to check the API key")
    func unauthorized() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.getRoute, .json(#"{"code":401,"error":"Authorization required"}"#, status: 401))
            let provider = try scenario.makeProvider(server, logs: logs)
            let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "564") }
            #expect(error?.message.contains("RETRO_METADATA_MOBYGAMES_API_KEY") == true)
            #expect(error?.message.contains("fake-moby-api-key") == false)
        }
    }

    @Test(
        "search terms use Sony serials and MAME set names",
        arguments: [
            ("SLUS_012.34.Final Fantasy.iso", 6, "SLUS-01234"), ("Metal Gear (SLPM-86111).bin", 6, "SLPM-86111"),
            ("sf2.zip", 143, "sf2"), ("Street Fighter II (World).zip", 143, "Street Fighter II"),
            ("Super Metroid (USA).sfc", 15, "Super Metroid"),
        ])
    func searchTerms(_ file: String, _ platform: Int, _ term: String) {
        #expect(MobyGamesProvider.searchTerm(fileName: file, platformID: platform) == term)
    }

    @Test("identify retries with the last piece of the title when the whole finds nothing")
    func identifyRetry() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, .json(#"{"games": []}"#))
            server.on(
                FixtureRoute("GET", "/v1/games") { $0.queryValue("title") == "Link's Awakening" },
                try Fixtures.json("mobygames/games.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            _ = try await provider.identify(fileName: "Zelda - Link's Awakening (USA).gb", platformID: 10)
            #expect(
                server.requests.compactMap { $0.queryValue("title") } == [
                    "Zelda - Link's Awakening", "Link's Awakening",
                ])
        }
    }

    @Test("identify by name matches titles on the platform")
    func identify() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, try Fixtures.json("mobygames/games.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let game = try await provider.identify(
                fileName: "The Legend of Zelda: Link's Awakening (USA).gb", platformID: 10)
            #expect(game?.ids[.mobygames] == "565")
            #expect(server.requests.first?.queryValue("platform") == "10")
        }
    }
}
