import Foundation
import RetroMetadataCore
import RetroMetadataHTTP
@testable import RetroMetadataProviders
import RetroMetadataTesting
import Testing

@Suite("ScreenScraper provider")
struct ScreenScraperProviderTests {
    let scenario = ProviderScenario.screenscraper
    let logs = CapturingLogHandler.Store()
    let regions = ProviderEnvironment.defaultRegionPriority

    func decodeGame(_ path: String) throws -> ScreenScraperProvider.Wire.Game {
        let envelope = try JSONDecoder().decode(
            ScreenScraperProvider.Wire.Envelope.self, from: Data(try Fixtures.text(path).utf8))
        return try #require(envelope.response?.jeu)
    }

    @Test("maps names, texts, companies, dates, players and rating by region and language")
    func mapping() throws {
        let game = ScreenScraperProvider.game(from: try decodeGame("screenscraper/game.json"), regions: regions)
        #expect(game.name == "Sonic: The Hedgehog 2")
        #expect(game.ids == [.screenscraper: "4242"])
        let m = game.metadata
        #expect(m.summary == "Sonic is back.")
        #expect(m.genres == ["Platform"])
        #expect(m.franchises == ["Sonic"])
        #expect(m.gameModes == ["Single-player"])
        #expect(m.companies == ["Sega", "Sonic Team"])
        #expect(m.publisher == "Sega")
        #expect(m.developer == "Sonic Team")
        #expect(m.releaseDate == GameDate(year: 1992))
        #expect(m.players == PlayerCount(minimum: 1, maximum: 2))
        #expect(m.rating == 0.85)
        #expect(m.alternativeNames == ["Sonic the Hedgehog 2", "Sonic the Hedgehog 2 JP"])
    }

    @Test("the language preference picks the synopsis and genre names; English, then any, when it is missing")
    func languagePreference() throws {
        let record = try decodeGame("screenscraper/game.json")
        let french = ScreenScraperProvider.game(from: record, regions: regions, languages: ["fr", "en"])
        #expect(french.metadata.summary == "Sonic revient.")
        #expect(french.metadata.genres == ["Plateforme"])
        let german = ScreenScraperProvider.game(from: record, regions: regions, languages: ["de"])
        #expect(german.metadata.summary == "Sonic is back.")
        #expect(german.metadata.genres == ["Platform"])
    }

    @Test("maps every media kind, best region first, with credentials removed from URLs")
    func media() throws {
        let game = ScreenScraperProvider.game(from: try decodeGame("screenscraper/game.json"), regions: regions)
        let kinds: Set<MediaKind> = [
            .cover, .boxBack, .box3D, .screenshot, .titleScreen, .fanart, .wheel, .marquee, .physicalMedia, .video,
            .manual, .map, .bezel, .miximage,
        ]
        #expect(Set(game.media.keys) == kinds)
        #expect(game.media[.cover]?.map(\.region) == ["us", "eu", "jp"])
        #expect(game.firstAsset(.wheel)?.region == "wor")
        #expect(game.firstAsset(.manual)?.region == "us")
        #expect(game.firstAsset(.manual)?.format == "pdf")
        let urls = game.media.values.flatMap { $0 }.map(\.url)
        for secret in scenario.credentials.values { #expect(urls.allSatisfy { !$0.contains(secret) }) }
        #expect(
            game.firstAsset(.cover)?.url.hasSuffix("softname=retro-metadata&systemeid=1&jeuid=4242&media=box-2D(us)")
                == true)
        let japanFirst = ScreenScraperProvider.game(
            from: try decodeGame("screenscraper/game.json"), regions: ["jp", "us"])
        #expect(japanFirst.firstAsset(.cover)?.region == "jp")
        #expect(japanFirst.name == "Sonic the Hedgehog 2 JP")
    }

    @Test("every reference recording decodes and maps")
    func referenceRecordings() async throws {
        for file in Fixtures.referenceBodies("screenscraper", matching: ["__200.body.json"]) {
            let envelope = try JSONDecoder().decode(
                ScreenScraperProvider.Wire.Envelope.self, from: Data(contentsOf: file))
            let games = [envelope.response?.jeu].compactMap { $0 } + (envelope.response?.jeux ?? [])
            #expect(!games.isEmpty, "\(file.lastPathComponent)")
            for record in games where record.id != nil {
                let game = ScreenScraperProvider.game(from: record, regions: regions)
                #expect(!game.name.isEmpty)
                #expect(game.media.values.flatMap { $0 }.allSatisfy { !$0.url.contains("sspassword") })
            }
        }
        for file in Fixtures.referenceBodies("screenscraper", matching: ["__404.body"]) {
            try await withLoopbackServer { server in
                server.on(
                    "GET", "/api2/jeuInfos.php",
                    FixtureResponse(
                        status: 404, headers: [("Content-Type", "application/json")], body: try Data(contentsOf: file)))
                let provider = try scenario.makeProvider(server, logs: logs)
                #expect(try await provider.game(id: "999999") == nil)
            }
        }
    }

    @Test("search drops the [{}] placeholder, sends credentials and the platform")
    func search() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, try Fixtures.json("screenscraper/search.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let results = try await provider.search("sonic & knuckles", platformID: 1, limit: 5)
            #expect(results.map(\.id) == ["4242", "4243"])
            #expect(results.first?.platforms == ["Megadrive"])
            #expect(results.first?.releaseYear == 1992)
            #expect(results.first?.coverURL?.contains("box-2D(us)") == true)
            let request = try #require(server.requests.first)
            #expect(request.queryValue("recherche") == "sonic & knuckles")
            #expect(request.queryValue("systemeid") == "1")
            #expect(request.queryValue("devid") == "fake-ss-devid")
            #expect(request.queryValue("ssid") == "fake-ss-user")
            #expect(request.queryValue("output") == "json")
            #expect(request.queryValue("softname") == "retro-metadata")
        }
    }

    @Test("hash lookup sends crc, md5, sha1, size and name in one request")
    func hashLookup() async throws {
        try await withLoopbackServer { server in
            server.on(
                FixtureRoute("GET", "/api2/jeuInfos.php") { $0.queryValue("md5") != nil },
                try Fixtures.json("screenscraper/game.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            let hashes = FileHashes(
                size: 1_048_576, crc32: "24AB4C3A", md5: "9FEB8F3A9F3B3D6C8E0F1A2B3C4D5E6F",
                sha1: "7B97A8F93F6B3C3E5D1A2B3C4D5E6F708192A3B4")
            let hasher = try #require(provider as? any HashIdentifying)
            let game = try #require(
                try await hasher.identify(hashes: hashes, fileName: "Sonic 2 (W).md", platformID: 1))
            #expect(game.match?.type == .hash)
            let request = try #require(server.requests.first)
            #expect(request.queryValue("crc") == "24ab4c3a")
            #expect(request.queryValue("md5") == "9feb8f3a9f3b3d6c8e0f1a2b3c4d5e6f")
            #expect(request.queryValue("sha1") == "7b97a8f93f6b3c3e5d1a2b3c4d5e6f708192a3b4")
            #expect(request.queryValue("romtaille") == "1048576")
            #expect(request.queryValue("romnom") == "Sonic 2 (W).md")
            #expect(request.queryValue("systemeid") == "1")
        }
    }

    @Test(
        "text errors and quota statuses become typed errors",
        arguments: [
            (200, "Erreur de login : Vérifier vos identifiants développeur !", ProviderError.Code.authentication),
            (403, "Erreur de login : identifiants développeur refusés", .authentication),
            (423, "API fermée", .unavailable),
            (426, "Logiciel blacklisté", .configuration),
            (430, "Votre quota de scrape est dépassé pour aujourd'hui !", .quotaExceeded),
            (431, "Quota de roms non reconnues dépassé", .quotaExceeded),
            (400, "Champ crc, md5 ou sha1 erroné", .badResponse),
        ])
    func errors(_ status: Int, _ body: String, _ code: ProviderError.Code) async throws {
        try await withLoopbackServer { server in
            server.on(scenario.getRoute, .text(body, status: status))
            let provider = try scenario.makeProvider(server, logs: logs)
            let error = await #expect(throws: ProviderError.self) { _ = try await provider.game(id: "4242") }
            #expect(error?.code == code)
            #expect(error?.operation == "get")
            if status == 403 { #expect(error?.message.contains("DEVID") == true) }
            if status == 430 { #expect(error?.message.contains("midnight CET") == true) }
        }
    }

    @Test("invalid backslash escapes are repaired")
    func repairsEscapes() async throws {
        try await withLoopbackServer { server in
            let body =
                #"{"response": {"jeu": {"id": "7", "noms": [{"region": "us", "text": "Rock \'n Roll \ Racing"}]}}}"#
            server.on(scenario.getRoute, .json(body))
            let provider = try scenario.makeProvider(server, logs: logs)
            let game = try await provider.game(id: "4242")
            #expect(game?.name == #"Rock \'n Roll \ Racing"#)
        }
    }

    @Test("identify by name needs a platform and matches any regional name")
    func identify() async throws {
        try await withLoopbackServer { server in
            server.on(scenario.searchRoute, try Fixtures.json("screenscraper/search.json"))
            let provider = try scenario.makeProvider(server, logs: logs)
            #expect(try await provider.identify(fileName: "Sonic the Hedgehog 2 (World).md", platformID: nil) == nil)
            #expect(server.requests.isEmpty)
            let game = try #require(
                try await provider.identify(fileName: "Sonic the Hedgehog 2 JP (Japan).md", platformID: 1))
            #expect(game.ids[.screenscraper] == "4242")
            #expect(game.match?.type == .name)
            #expect(server.requests.first?.queryValue("recherche") == "Sonic the Hedgehog 2 JP")
        }
    }
}
