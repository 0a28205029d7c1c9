import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("SteamGridDB provider")
struct SteamGridDBProviderTests {
    let scenario = ProviderScenario.steamgriddb
    let logs = CapturingLogHandler.Store()

    /// Installs the game and its four artwork lists.
    func installGame(_ server: LoopbackServer) throws {
        server.on(scenario.getRoute, try scenario.getFixture())
        for kind in ["grids", "heroes", "logos", "icons"] {
            server.on("GET", "/api/v2/\(kind)/game/2254", try Fixtures.json("steamgriddb/\(kind).json"))
        }
    }

    @Test("get by id fans out to the four artwork lists with the bearer key and default filters")
    func artwork() async throws {
        try await withLoopbackServer { server in
            try installGame(server)
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let game = try #require(try await provider.game(id: "2254"))
            #expect(game.metadata.releaseDate == GameDate(year: 1990, month: 11, day: 21))
            #expect(
                game.media[.cover]?.map(\.url) == [
                    "https://cdn.example/grid/tall.jpg", "https://cdn.example/grid/wide.png",
                ])
            #expect(game.firstAsset(.cover)?.format == "jpg")
            #expect(game.firstAsset(.cover)?.width == 600)
            #expect(game.media[.fanart]?.map(\.url) == ["https://cdn.example/hero/one.png"])
            #expect(game.media[.banner]?.map(\.url) == ["https://cdn.example/hero/two.webp"])
            #expect(game.firstAsset(.banner)?.format == "webp")
            #expect(game.firstAsset(.wheel)?.url == "https://cdn.example/logo/one.png")
            #expect(game.firstAsset(.icon)?.format == "ico")
            #expect(game.sources[.releaseDate] == .steamgriddb)
            let heroes = try #require(server.requests.first { $0.path == "/api/v2/heroes/game/2254" })
            #expect(heroes.header("Authorization") == "Bearer fake-steamgriddb-api-key")
            #expect(heroes.queryValue("nsfw") == "false")
            #expect(heroes.queryValue("humor") == "any")
            #expect(heroes.queryValue("epilepsy") == "any")
        }
    }

    @Test("content filters come from the options, and a bad value names the variable")
    func filters() throws {
        let filters = try SteamGridDBProvider.ContentFilters(options: ["nsfw": "yes", "humor": "off"])
        #expect(filters.query.map(\.1) == ["any", "false", "any"])
        let error = #expect(throws: ProviderError.self) {
            try SteamGridDBProvider.ContentFilters(options: ["epilepsy": "maybe"])
        }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains("RETRO_METADATA_STEAMGRIDDB_EPILEPSY") == true)
    }

    @Test("an unknown game id is nil; a missing artwork kind is simply absent")
    func notFound() async throws {
        try await withLoopbackServer { server in
            server.on(
                "GET", "/api/v2/games/id/999999",
                .json(#"{"success":false,"status":404,"errors":["Game not found"]}"#, status: 404))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            #expect(try await provider.game(id: "999999") == nil)
            server.on(scenario.getRoute, try scenario.getFixture())
            let game = try #require(try await provider.game(id: "2254"))
            #expect(game.media.isEmpty)
        }
    }

    @Test("success false is a bad response carrying the server's words")
    func unsuccessful() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, .json(#"{"success":false,"errors":["Search is broken"]}"#))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let error = await #expect(throws: ProviderError.self) {
                _ = try await provider.search("mario", platformID: nil, limit: 5)
            }
            #expect(error?.code == .badResponse)
            #expect(error?.message.contains("Search is broken") == true)
        }
    }

    @Test("identify: id tag first, else the cleaned name against autocomplete, retrying with the last piece")
    func identify() async throws {
        try await withLoopbackServer { server in
            try installGame(server)
            server.on(scenario.searchRoute, .json(#"{"success": true, "data": []}"#))
            server.on(.prefix("GET", "/api/v2/search/autocomplete/Super Mario World"), try scenario.searchFixture())
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let tagged = try #require(
                try await provider.identify(fileName: "Anything (sgdb-2254).sfc", platformID: nil))
            #expect(tagged.match?.type == .idTag)

            let named = try #require(
                try await provider.identify(fileName: "Super Mario World (USA).sfc", platformID: nil))
            #expect(named.match?.type == .name)
            #expect(named.ids[.steamgriddb] == "2254")
            #expect(named.firstAsset(.wheel) != nil)

            let before = server.requests.count
            #expect(
                try await provider.identify(fileName: "Mario Games - Super Mario World.sfc", platformID: nil) != nil)
            let paths = server.requests.dropFirst(before).map(\.path).filter { $0.contains("autocomplete") }
            #expect(
                paths == [
                    "/api/v2/search/autocomplete/Mario Games - Super Mario World",
                    "/api/v2/search/autocomplete/Super Mario World",
                ])
            #expect(try await provider.identify(fileName: "Unknown Game.sfc", platformID: nil) == nil)
        }
    }

    @Test("every reference recording decodes")
    func referenceRecordings() throws {
        for file in Fixtures.referenceBodies("steamgriddb", matching: ["autocomplete", "__200"]) {
            let envelope = try JSONDecoder().decode(
                SteamGridDBProvider.Wire.Envelope<[SteamGridDBProvider.Wire.Game]>.self, from: Data(contentsOf: file))
            let results = (envelope.data ?? []).compactMap(SteamGridDBProvider.searchResult)
            #expect(!results.isEmpty)
            #expect(results.allSatisfy { ($0.releaseYear ?? 0) > 1970 })
        }
        for file in Fixtures.referenceBodies("steamgriddb", matching: ["grids-game", "__200"]) {
            let envelope = try JSONDecoder().decode(
                SteamGridDBProvider.Wire.Envelope<[SteamGridDBProvider.Wire.Image]>.self, from: Data(contentsOf: file))
            let game = SteamGridDBProvider.game(
                from: .init(id: 1, name: "x"), artwork: .init(grids: envelope.data ?? []))
            #expect(game.media[.cover]?.isEmpty == false)
            #expect(game.media[.cover]?.allSatisfy { $0.url.hasPrefix("https://") && $0.format != nil } == true)
        }
        for file in Fixtures.referenceBodies("steamgriddb", matching: ["__40"]) {
            let envelope = try JSONDecoder().decode(
                SteamGridDBProvider.Wire.Envelope<[SteamGridDBProvider.Wire.Image]>.self, from: Data(contentsOf: file))
            #expect(envelope.success == false)
            #expect(envelope.errors?.isEmpty == false)
        }
    }
}
