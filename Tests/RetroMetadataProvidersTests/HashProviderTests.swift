import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("Hasheous and Playmatch (hash-only providers)")
struct HashProviderTests {
    let logs = CapturingLogHandler.Store()
    let hashes = ProviderScenario.sampleHashes

    func hashing(_ scenario: ProviderScenario, _ server: LoopbackServer) throws -> any HashIdentifying {
        try #require(try scenario.makeProvider(server, logs: logs, timeout: .seconds(30)) as? any HashIdentifying)
    }

    @Test("Hasheous posts the known hashes with its key and maps name, cross ids, slug and cover")
    func hasheousLookup() async throws {
        try await withLoopbackServer { server in
            let scenario = ProviderScenario.hasheous
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let provider = try hashing(scenario, server)
            let game = try #require(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil))
            #expect(game.ids == [.hasheous: "5150", .igdb: "1070", .thegamesdb: "136"])
            #expect(game.slug == "super-mario-world")
            #expect(game.firstAsset(.cover)?.url == server.baseURL + "/api/v1/images/ABCDEF0123")
            #expect(game.match?.type == .hash)
            #expect(game.sources[.name] == .hasheous)
            let request = try #require(server.requests.first { scenario.searchRoute.accepts($0) })
            #expect(request.header("X-Client-API-Key") == "fake-hasheous-client-key")
            #expect(request.header("Content-Type") == "application/json-patch+json")
            #expect(request.queryValue("returnFields") == "Signatures, Metadata, Attributes")
            let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
            #expect(
                body == [
                    "mD5": "cdd3c8c37322978ca8669b34bc89c804", "shA1": "6b47bb75d16514b6a476aa0c73a683a2a4c18765",
                    "crc": "b19ed489",
                ])
        }
    }

    @Test("Hasheous enriches an IGDB-linked match through its IGDB proxy (id-keyed objects, ISO dates)")
    func hasheousProxy() async throws {
        try await withLoopbackServer { server in
            let scenario = ProviderScenario.hasheous
            server.on(scenario.searchRoute, try scenario.searchFixture())
            server.on("GET", "/api/v1/MetadataProxy/IGDB/Game", try Fixtures.json("hasheous/igdb-proxy.json"))
            let provider = try hashing(scenario, server)
            let game = try #require(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil))
            #expect(game.ids == [.hasheous: "5150", .igdb: "1070", .thegamesdb: "136"])
            #expect(game.metadata.summary == "Mario and Luigi visit Dinosaur Land.")
            #expect(game.metadata.genres == ["Platform", "Adventure"])
            #expect(game.metadata.releaseDate == GameDate(year: 1990, month: 11, day: 21))
            #expect(game.metadata.ageRatings == [AgeRating(board: "ESRB", rating: "E")])
            #expect(game.metadata.youtubeVideoID == "vid12345")
            #expect(game.metadata.relatedGames.map(\.name) == ["Yoshi's Island"])
            #expect(game.firstAsset(.cover)?.url == "https://images.igdb.com/igdb/image/upload/t_1080p/co1.jpg")
            #expect(game.media[.screenshot]?.map(\.url).last?.hasSuffix("/t_720p/sc20.jpg") == true)
            #expect(game.sources[.summary] == .hasheous)
            #expect(game.match?.type == .hash)
            let proxy = try #require(server.requests.last)
            #expect(proxy.queryValue("Id") == "1070")
            #expect(proxy.queryValue("expandColumns")?.hasPrefix("age_ratings, alternative_names") == true)
            #expect(proxy.header("X-Client-API-Key") == "fake-hasheous-client-key")
        }
    }

    @Test("a failing IGDB proxy leaves the hash match as the lookup gave it")
    func hasheousProxyFailure() async throws {
        try await withLoopbackServer { server in
            let scenario = ProviderScenario.hasheous
            server.on(scenario.searchRoute, try scenario.searchFixture())
            server.on("GET", "/api/v1/MetadataProxy/IGDB/Game", .text("down", status: 503))
            let provider = try hashing(scenario, server)
            let game = try #require(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil))
            #expect(game.ids[.igdb] == "1070")
            #expect(game.metadata.summary == nil)
            #expect(game.firstAsset(.cover)?.url == server.baseURL + "/api/v1/images/ABCDEF0123")
        }
    }

    @Test("Hasheous without a key sends none, only known hashes, and nothing at all without hashes")
    func hasheousPartial() async throws {
        try await withLoopbackServer { server in
            var scenario = ProviderScenario.hasheous
            scenario.credentials = [:]
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let provider = try hashing(scenario, server)
            let onlyMD5 = FileHashes(size: 1, crc32: "", md5: "cdd3c8c37322978ca8669b34bc89c804", sha1: "")
            #expect(try await provider.identify(hashes: onlyMD5, fileName: nil, platformID: nil) != nil)
            let request = try #require(server.requests.first { scenario.searchRoute.accepts($0) })
            #expect(request.header("X-Client-API-Key") == nil)
            #expect(request.bodyText == #"{"mD5":"cdd3c8c37322978ca8669b34bc89c804"}"#)
            let none = FileHashes(size: 1, crc32: "", md5: "", sha1: "")
            #expect(try await provider.identify(hashes: none, fileName: nil, platformID: nil) == nil)
            #expect(server.requests.filter { scenario.searchRoute.accepts($0) }.count == 1)
        }
    }

    @Test("a refused Hasheous key names the variable")
    func hasheousUnauthorized() async throws {
        try await withLoopbackServer { server in
            let scenario = ProviderScenario.hasheous
            server.on(scenario.searchRoute, .json("{}", status: 401))
            let provider = try scenario.makeProvider(server, logs: logs, timeout: .seconds(30))
            let error = await #expect(throws: ProviderError.self) { try await provider.checkHeartbeat() }
            #expect(error?.message.contains("RETRO_METADATA_HASHEOUS_CLIENT_API_KEY") == true)
        }
    }

    @Test("Playmatch sends name, size and hashes and keeps usable external ids")
    func playmatchLookup() async throws {
        try await withLoopbackServer { server in
            let scenario = ProviderScenario.playmatch
            server.on(scenario.searchRoute, try scenario.searchFixture())
            let provider = try hashing(scenario, server)
            let game = try #require(
                try await provider.identify(hashes: hashes, fileName: "Super Mario World (USA).sfc", platformID: nil))
            #expect(
                game.ids == [.igdb: "1070", .steamgriddb: "2254", .playmatch: "0b6c6a8e-2d1f-4c55-9d3e-1a2b3c4d5e6f"])
            #expect(game.name == "Super Mario World")
            #expect(game.sources.isEmpty)
            #expect(game.match?.type == .hash)
            let request = try #require(server.requests.last)
            #expect(request.queryValue("fileName") == "Super Mario World (USA).sfc")
            #expect(request.queryValue("fileSize") == "524288")
            #expect(request.queryValue("md5") == "cdd3c8c37322978ca8669b34bc89c804")
            #expect(request.queryValue("sha1") == "6b47bb75d16514b6a476aa0c73a683a2a4c18765")
            #expect(request.queryValue("crc") == "b19ed489")
            #expect(try await provider.identify(hashes: hashes, fileName: nil, platformID: nil) == nil)
        }
    }

    @Test(
        "Playmatch answers without a usable id are no match; name+size is a name match",
        arguments: [
            ("NoMatch", nil, nil), ("MD5", nil, nil), ("MD5", "Failed", nil), ("FileNameAndSize", "Automatic", .name),
            ("CRC", "Manual", .hash),
        ] as [(String, String?, MatchType?)])
    func playmatchAnswers(_ gameMatch: String, _ linkMatch: String?, _ type: MatchType?) throws {
        let links = linkMatch.map { #"[{"providerName":"igdb","providerId":"5","matchType":"\#($0)"}]"# } ?? "null"
        let json = #"{"gameMatchType":"\#(gameMatch)","id":"u1","externalMetadata":\#(links)}"#
        let answer = try JSONDecoder().decode(PlaymatchProvider.Wire.Answer.self, from: Data(json.utf8))
        let game = PlaymatchProvider.game(from: answer, fileName: "Game (USA).zip")
        #expect(game?.match?.type == type)
        if type != nil { #expect(game?.ids[.igdb] == "5") }
    }

    @Test("heartbeats: a no-match answer is healthy")
    func heartbeats() async throws {
        try await withLoopbackServer { server in
            server.on(ProviderScenario.playmatch.searchRoute, ProviderScenario.playmatch.emptyFixture)
            server.on(ProviderScenario.hasheous.searchRoute, ProviderScenario.hasheous.emptyFixture)
            try await ProviderScenario.playmatch.makeProvider(server, logs: logs, timeout: .seconds(30))
                .checkHeartbeat()
            try await ProviderScenario.hasheous.makeProvider(server, logs: logs, timeout: .seconds(30)).checkHeartbeat()
            #expect(server.requests.count == 2)
        }
    }

    @Test("every reference recording decodes")
    func referenceRecordings() throws {
        for file in Fixtures.referenceBodies("hasheous", matching: ["Lookup-ByHash", "__200"]) {
            let lookup = try JSONDecoder().decode(HasheousProvider.Wire.Lookup.self, from: Data(contentsOf: file))
            let game = try #require(HasheousProvider.game(from: lookup, siteURL: "https://h"))
            #expect(!game.name.isEmpty)
            #expect(game.ids[.igdb] != nil)
            #expect(game.firstAsset(.cover)?.url.hasPrefix("https://h/") == true)
        }
        for file in Fixtures.referenceBodies("hasheous", matching: ["MetadataProxy-IGDB-Game", "__200"]) {
            let record = try JSONDecoder().decode(HasheousProvider.Wire.ProxyGame.self, from: Data(contentsOf: file))
            let game = HasheousProvider.merge(record, into: Game(name: "lookup name", ids: [.hasheous: "1"]))
            #expect(game.ids[.igdb] == String(record.id))
            #expect(game.metadata.summary?.isEmpty == false)
            #expect(!game.metadata.genres.isEmpty)
            #expect(game.metadata.releaseDate != nil)
            #expect(game.firstAsset(.cover)?.url.hasPrefix("https://images.igdb.com/") == true)
            #expect(game.media[.screenshot]?.isEmpty == false)
        }
        for file in Fixtures.referenceBodies("playmatch", matching: ["identify-ids", "__200"]) {
            let answer = try JSONDecoder().decode(PlaymatchProvider.Wire.Answer.self, from: Data(contentsOf: file))
            #expect(answer.gameMatchType != nil)
        }
    }
}
