import Foundation
import Testing

@testable import RetroMetadataCore

@Suite struct GameModelTests {
    @Test func gameEncodesStableSnakeCaseJSON() throws {
        var game = Game(name: "Chrono Trigger", platform: "snes", ids: [.igdb: "1234", .screenscraper: "9"])
        game.metadata.releaseDate = GameDate(year: 1995, month: 3, day: 11)
        game.metadata.players = PlayerCount(1)
        game.metadata.alternativeNames = ["クロノ・トリガー"]
        game.media[.boxBack] = [
            MediaAsset(url: "https://example.invalid/b.png", provider: .screenscraper, region: "us")
        ]
        game.sources[.releaseDate] = .igdb
        game.match = MatchInfo(provider: .igdb, score: 1, type: .hashAndName)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(game), as: UTF8.self)
        #expect(json.contains(#""ids":{"igdb":"1234","screenscraper":"9"}"#))
        #expect(json.contains(#""release_date":"1995-03-11""#))
        #expect(json.contains(#""media":{"box_back":[{"#))
        #expect(json.contains(#""sources":{"release_date":"igdb"}"#))
        #expect(json.contains(#""type":"hash+name""#))
        #expect(json.contains(#""alternative_names":["クロノ・トリガー"]"#))
        let decoded = try JSONDecoder().decode(Game.self, from: Data(json.utf8))
        #expect(decoded == game)
    }

    @Test func gameDecodesWithMissingCollections() throws {
        let game = try JSONDecoder().decode(Game.self, from: Data(#"{"name":"Tetris"}"#.utf8))
        #expect(game.name == "Tetris")
        #expect(game.media.isEmpty && game.ids.isEmpty && game.metadata.genres.isEmpty)
    }

    @Test(arguments: [
        ("1995", "1995"), ("1995-03", "1995-03"), ("19950311", "1995-03-11"),
        ("19950311T000000", "1995-03-11"), ("1995-03-11", "1995-03-11"), ("19950000T000000", "1995"),
    ])
    func gameDateParsesFrontendForms(input: String, expected: String) {
        #expect(GameDate(parsing: input)?.description == expected)
    }

    @Test(arguments: ["", "unknown", "95", "abcd", "0000"])
    func gameDateRejectsNonDates(input: String) {
        #expect(GameDate(parsing: input) == nil)
    }

    @Test func gameDatesOrderByPrecision() {
        #expect(GameDate(year: 1995) < GameDate(year: 1995, month: 1))
        #expect(GameDate(year: 1994, month: 12, day: 31) < GameDate(year: 1995))
    }

    @Test(arguments: [
        ("1", "1"), ("1-4", "1-4"), ("1 - 4", "1-4"), ("2+", "2+"), ("4-1", "1-4"), ("1 to 2", "1-2"), ("1~8", "1-8"),
    ])
    func playerCountParsesFrontendText(input: String, expected: String) {
        #expect(PlayerCount(parsing: input)?.description == expected)
    }

    @Test(arguments: ["", "unknown", "0", "-", "1-2-3", "many"])
    func playerCountRejectsNonCounts(input: String) {
        #expect(PlayerCount(parsing: input) == nil)
    }

    @Test func mediaKindsCoverEveryFrontendNeed() {
        let raw = Set(MediaKind.allCases.map(\.rawValue))
        for needed in [
            "cover", "box_back", "box_3d", "screenshot", "title_screen", "fanart", "marquee", "wheel", "banner",
            "icon", "video", "manual", "physical_media", "miximage", "map", "bezel",
        ] {
            #expect(raw.contains(needed))
        }
        #expect(!MediaKind.video.isImage && MediaKind.cover.isImage)
    }

    @Test func errorDescriptionNamesFileAndLine() {
        let error = RetroMetadataError.invalidInput("bad date", file: "gamelist.xml", line: 12, field: "releasedate")
        #expect(error.description == "gamelist.xml:12: bad date")
        #expect(
            RetroMetadataError.unknownPlatform("snez", suggestions: ["snes"]).description
                == "unknown platform 'snez'; closest: snes")
    }
}
