import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("IGDB provider")
struct IGDBProviderTests {
    let scenario = ProviderScenario.igdb
    let logs = CapturingLogHandler.Store()

    @Test("maps every field of a games record")
    func mapping() throws {
        let records = try JSONDecoder().decode(
            [IGDBProvider.Wire.Game].self, from: Data(try Fixtures.text("igdb/games.json").utf8))
        let game = IGDBProvider.game(from: try #require(records.first))
        #expect(game.name == "Super Mario World")
        #expect(game.slug == "super-mario-world")
        #expect(game.ids == [.igdb: "1074"])
        let m = game.metadata
        #expect(m.summary == "Mario and Luigi travel to Dinosaur Land.")
        #expect(m.rating == 0.915)
        #expect(m.criticRating == 0.94)
        #expect(m.releaseDate == GameDate(year: 1990, month: 11, day: 21))
        #expect(m.genres == ["Platform"])
        #expect(m.franchises == ["Mario", "Super Mario"])
        #expect(m.collections == ["Super Mario"])
        #expect(m.gameModes == ["Single player", "Multiplayer"])
        #expect(m.companies == ["Nintendo EAD", "Nintendo"])
        #expect(m.developer == "Nintendo EAD")
        #expect(m.publisher == "Nintendo")
        #expect(m.alternativeNames == ["Super Mario Bros. 4"])
        #expect(m.ageRatings == [AgeRating(board: "ESRB", rating: "E"), AgeRating(board: "PEGI", rating: "3")])
        #expect(m.youtubeVideoID == "abcdEFGH123")
        #expect(m.relatedGames.map(\.relation) == [.remake, .similar])
        #expect(game.firstAsset(.cover)?.url == "https://images.igdb.com/igdb/image/upload/t_1080p/co8lo8.jpg")
        #expect(game.firstAsset(.cover)?.format == "jpg")
        #expect(game.media[.screenshot]?.map(\.url).allSatisfy { $0.contains("/t_720p/") } == true)
        #expect(game.media[.screenshot]?.count == 2)
        #expect(game.firstAsset(.fanart)?.url.hasSuffix("/t_1080p/ar1.png") == true)
        #expect(game.sources[.developer] == .igdb)
    }

    @Test(
        "age rating categories cover every board",
        arguments: [
            (1, "ESRB", "RP"), (7, "ESRB", "AO"), (12, "PEGI", "18"), (13, "CERO", "A"), (22, "USK", "18"),
            (27, "GRAC", "TESTING"), (33, "CLASS_IND", "18"), (39, "ACB", "RC"),
        ])
    func ageRatings(_ category: Int, _ board: String, _ rating: String) throws {
        let records = try JSONDecoder().decode(
            [IGDBProvider.Wire.Game].self,
            from: Data(#"[{"id":1,"age_ratings":[{"rating_category":\#(category)}]}]"#.utf8))
        #expect(IGDBProvider.game(from: records[0]).metadata.ageRatings == [AgeRating(board: board, rating: rating)])
    }

    @Test("every reference recording of games decodes and maps")
    func referenceRecordings() async throws {
        for file in Fixtures.referenceBodies("igdb", matching: ["v4-games__200"]) {
            let records = try JSONDecoder().decode([IGDBProvider.Wire.Game].self, from: Data(contentsOf: file))
            #expect(!records.isEmpty, "\(file.lastPathComponent)")
            for record in records {
                let game = IGDBProvider.game(from: record)
                #expect(!game.name.isEmpty)
                #expect(game.firstAsset(.cover)?.url.hasPrefix("https://") == true)
                #expect(!game.metadata.ageRatings.isEmpty)
            }
        }
        for file in Fixtures.referenceBodies("igdb", matching: ["oauth2-token__200"]) {
            let token = try JSONDecoder().decode(IGDBProvider.Wire.Token.self, from: Data(contentsOf: file))
            #expect(token.expiresIn > 0)
        }
        for file in Fixtures.referenceBodies("igdb", matching: ["__401.body"]) {
            try await withLoopbackServer { server in
                try scenario.installAuth(server)
                server.on(scenario.getRoute, FixtureResponse(status: 401, body: try Data(contentsOf: file)))
                let provider = try scenario.makeProvider(server, logs: logs)
                let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "1074") }
                #expect(error?.code == .authentication)
                #expect(server.requests.filter { $0.path == "/oauth2/token" }.count == 2)
            }
        }
    }

    @Test("sends Apicalypse with headers, and fetches the token once for several calls")
    func requestsAndTokenReuse() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(scenario.searchRoute, try Fixtures.json("igdb/search.json"))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let results = try await provider.search("Super \"Mario\"", platformID: 19, limit: 5)
            _ = try await provider.search("zelda", platformID: nil, limit: 5)
            #expect(results.first?.coverURL == "https://images.igdb.com/igdb/image/upload/t_cover_big/co8lo8.jpg")
            #expect(results.first?.releaseYear == 1990)
            #expect(results.first?.platforms == ["Super Nintendo Entertainment System"])
            let tokenCalls = server.requests.filter { $0.path == "/oauth2/token" }
            #expect(tokenCalls.count == 1)
            #expect(tokenCalls.first?.queryValue("grant_type") == "client_credentials")
            let search = try #require(server.requests.first { $0.path == "/v4/games" })
            #expect(search.bodyText.hasPrefix(#"search "Super \"Mario\""; fields id,name,slug"#))
            #expect(search.bodyText.hasSuffix("where platforms=[19]; limit 5;"))
            #expect(search.header("Client-ID") == "fake-igdb-client-id")
            #expect(search.header("Authorization") == "Bearer fake-igdb-access-token-1")
        }
    }

    @Test("a 401 renews the token once and retries")
    func renewsTokenOn401() async throws {
        try await withLoopbackServer { server in
            server.on(
                "POST", "/oauth2/token", .json(#"{"access_token":"old-token-value","expires_in":9999}"#),
                .json(#"{"access_token":"new-token-value","expires_in":9999}"#))
            server.on(
                FixtureRoute("POST", "/v4/games") { $0.header("Authorization") == "Bearer old-token-value" },
                .json("{}", status: 401))
            server.on(
                FixtureRoute("POST", "/v4/games") { $0.header("Authorization") == "Bearer new-token-value" },
                try Fixtures.json("igdb/search.json"))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let results = try await provider.search("mario", platformID: nil, limit: 5)
            #expect(results.count == 2)
            #expect(server.requests.filter { $0.path == "/oauth2/token" }.count == 2)
        }
    }

    @Test("refused client credentials are an authentication error naming the variables")
    func badCredentials() async throws {
        try await withLoopbackServer { server in
            server.on("POST", "/oauth2/token", .json(#"{"status":400,"message":"invalid client"}"#, status: 400))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let error = await #expect(throws: ProviderError.self) { try await provider.checkHeartbeat() }
            #expect(error?.code == .authentication)
            #expect(error?.operation == "token")
            #expect(error?.message.contains("RETRO_METADATA_IGDB_CLIENT_SECRET") == true)
        }
    }

    @Test("identify uses an id tag first, else the platform and game types, and needs a platform")
    func identify() async throws {
        try await withLoopbackServer { server in
            try scenario.installAuth(server)
            server.on(FixtureRoute("POST", "/v4/games") { $0.bodyText.contains("game_type") }, .json("[]"))
            server.on(
                FixtureRoute("POST", "/v4/games") { !$0.bodyText.contains("game_type") },
                try Fixtures.json("igdb/games.json"))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))

            let tagged = try #require(
                try await provider.identify(fileName: "Whatever (igdb-1074).sfc", platformID: nil))
            #expect(tagged.match?.type == .idTag)
            #expect(server.requests.last?.bodyText.contains("where id=1074;") == true)

            #expect(try await provider.identify(fileName: "Super Mario World (USA).sfc", platformID: nil) == nil)
            let before = server.requests.count
            let named = try #require(
                try await provider.identify(fileName: "Super Mario World (USA) [!].sfc", platformID: 19))
            #expect(named.match?.type == .name)
            #expect(named.match?.score == 1)
            let bodies = server.requests.dropFirst(before).map(\.bodyText)
            #expect(bodies.count == 2)
            #expect(bodies.first?.contains(#"search "Super Mario World";"#) == true)
            #expect(bodies.first?.contains("where platforms=[19] & game_type=(0,10,11,8,9); limit 200;") == true)
        }
    }
}
