import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("RetroAchievements provider")
struct RetroAchievementsProviderTests {
    let scenario = ProviderScenario.retroachievements
    let logs = CapturingLogHandler.Store()

    func install(_ server: LoopbackServer) throws {
        server.on(scenario.searchRoute, try scenario.searchFixture())
        server.on(scenario.getRoute, try scenario.getFixture())
    }

    @Test("maps the extended record: media, companies, date, achievement count")
    func mapping() async throws {
        try await withLoopbackServer { server in
            try install(server)
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let game = try #require(try await provider.game(id: "1"))
            let media = server.baseURL + "/media/Images/"
            #expect(game.firstAsset(.cover)?.url == media + "112941.png")
            #expect(game.firstAsset(.titleScreen)?.url == media + "054993.png")
            #expect(game.firstAsset(.screenshot)?.url == media + "000010.png")
            #expect(game.firstAsset(.icon)?.url == media + "085573.png")
            #expect(game.metadata.achievementCount == 2)
            #expect(game.metadata.companies == ["Sega", "Sonic Team"])
            #expect(game.metadata.developer == "Sonic Team")
            #expect(game.metadata.genres == ["2D Platforming"])
            #expect(game.metadata.releaseDate == GameDate(year: 1991, month: 6, day: 23))
            #expect(game.sources[.achievementCount] == .retroachievements)
            let request = try #require(server.requests.last)
            #expect(request.queryValue("z") == "fake-ra-user")
            #expect(request.queryValue("y") == "fake-ra-web-api-key")
        }
    }

    @Test("release granularity cuts the date; no achievements falls back to NumAchievements")
    func granularityAndCounts() throws {
        #expect(RetroAchievementsProvider.releaseDate("1991-06-11", granularity: "year") == GameDate(year: 1991))
        #expect(
            RetroAchievementsProvider.releaseDate("1991-06-11", granularity: "month") == GameDate(year: 1991, month: 6))
        let record = try JSONDecoder().decode(
            RetroAchievementsProvider.Wire.ExtendedGame.self,
            from: Data(
                #"{"ID": 5, "NumAchievements": 9, "Achievements": [], "ImageBoxArt": "/Images/000001.png"}"#
                    .utf8))
        let game = RetroAchievementsProvider.game(from: record, mediaURL: "https://m")
        #expect(game.metadata.achievementCount == 9)
        #expect(game.media[.cover] == nil)
    }

    @Test("an unknown id answers [] and is nil")
    func unknownID() async throws {
        try await withLoopbackServer { server in
            server.on("GET", "/API/API_GetGameExtended.php", .json("[]"))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            #expect(try await provider.game(id: "999999") == nil)
        }
    }

    @Test("hash lookup finds the MD5 in the console list (any case), downloading the list once")
    func hashLookup() async throws {
        try await withLoopbackServer { server in
            try install(server)
            let provider = try #require(
                try scenario.makeProvider(server, logs: logs, timeout: .seconds(30)) as? any HashIdentifying)
            let hashes = FileHashes(size: 1, crc32: "0", md5: "1bc674be034e43c96b86487ac69d9293", sha1: "0")
            let game = try #require(try await provider.identify(hashes: hashes, fileName: nil, platformID: 1))
            #expect(game.name == "Sonic the Hedgehog")
            #expect(game.match?.type == .hash)
            let other = FileHashes(size: 1, crc32: "0", md5: "ffffffffffffffffffffffffffffffff", sha1: "0")
            #expect(try await provider.identify(hashes: other, fileName: nil, platformID: 1) == nil)
            #expect(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil) == nil)
            let lists = server.requests.filter { $0.path == "/API/API_GetGameList.php" }
            #expect(lists.count == 1)
            #expect(lists.first?.queryValue("i") == "1")
            #expect(lists.first?.queryValue("h") == "1")
            #expect(lists.first?.queryValue("f") == "1")
        }
    }

    @Test("search needs a console; identify uses an id tag, else the name within the console")
    func searchAndIdentify() async throws {
        try await withLoopbackServer { server in
            try install(server)
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            #expect(try await provider.search("sonic", platformID: nil, limit: 5).isEmpty)
            let results = try await provider.search("SONIC", platformID: 1, limit: 5)
            #expect(results.map(\.name) == ["Sonic the Hedgehog", "Sonic the Hedgehog 2"])
            #expect(results.first?.platforms == ["Genesis/Mega Drive"])
            #expect(results.last?.coverURL == nil)
            let tagged = try #require(try await provider.identify(fileName: "x (ra-1).md", platformID: nil))
            #expect(tagged.match?.type == .idTag)
            let named = try #require(
                try await provider.identify(fileName: "Sonic the Hedgehog (USA).md", platformID: 1))
            #expect(named.match?.type == .name)
            #expect(try await provider.identify(fileName: "Sonic the Hedgehog (USA).md", platformID: nil) == nil)
        }
    }

    @Test("422 is a configuration error quoting the server and naming the variables, without the key")
    func validationFailure() async throws {
        try await withLoopbackServer { server in
            server.on(
                "GET", "/API/API_GetGameExtended.php",
                .json(#"{"message":"The y field is invalid.","errors":{"y":["The y field is invalid."]}}"#, status: 422)
            )
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "1") }
            #expect(error?.code == .configuration)
            #expect(error?.message.contains("The y field is invalid.") == true)
            #expect(error?.message.contains("RETRO_METADATA_RETROACHIEVEMENTS_API_KEY") == true)
            #expect(!String(describing: error).contains("fake-ra-web-api-key"))
        }
    }

    @Test("every reference recording decodes")
    func referenceRecordings() throws {
        for file in Fixtures.referenceBodies("retroachievements", matching: ["GetGameExtended", "__200"]) {
            let answer = try JSONDecoder().decode(
                RetroAchievementsProvider.Wire.ExtendedAnswer.self, from: Data(contentsOf: file))
            let game = RetroAchievementsProvider.game(from: try #require(answer.game), mediaURL: "https://m")
            #expect(!game.name.isEmpty)
            #expect((game.metadata.achievementCount ?? 0) > 0)
            #expect(game.firstAsset(.cover) != nil)
            #expect(game.metadata.releaseDate != nil)
        }
        for file in Fixtures.referenceBodies("retroachievements", matching: ["GetGameList", "__200"]) {
            let list = try JSONDecoder().decode(
                [RetroAchievementsProvider.Wire.ListedGame].self, from: Data(contentsOf: file))
            #expect(
                !list.compactMap { RetroAchievementsProvider.searchResult(from: $0, mediaURL: "https://m") }.isEmpty)
        }
        for file in Fixtures.referenceBodies("retroachievements", matching: ["__401"]) {
            let failure = try JSONDecoder().decode(
                RetroAchievementsProvider.Wire.Failure.self, from: Data(contentsOf: file))
            #expect(failure.message?.isEmpty == false)
        }
    }
}
