import RetroMetadata
import RetroMetadataCore
import RetroMetadataProviders
import Testing

@Suite("Smart identify thresholds")
struct SmartIdentifyTests {
    let hashes = FileHashes(size: 4, crc32: "01020304", md5: "m", sha1: "s")

    func client(_ providers: [StubProvider], scores: [String: Double]) -> MetadataClient {
        MetadataClient(
            providers: providers.enumerated().map { ClientProvider($1, priority: $0) }, nameScorer: tableScorer(scores))
    }

    @Test("a hash hit whose name scores 0.6 or more is hash+name")
    func hashAndName() async throws {
        let ss = StubProvider(key: .screenscraper, hashAnswer: Game(name: "Tetris", ids: [.screenscraper: "5"]))
        let outcome = try await client([ss], scores: ["Tetris": 0.6]).identifySmart(
            fileName: "Tetris (World).gb", hashes: hashes)
        #expect(outcome.game?.match?.type == .hashAndName)
        #expect(outcome.game?.match?.score == 1)
    }

    @Test("a hash hit whose name scores below 0.6 is hash alone")
    func hashOnly() async throws {
        let ss = StubProvider(key: .screenscraper, hashAnswer: Game(name: "Tetris", ids: [.screenscraper: "5"]))
        let outcome = try await client([ss], scores: ["Tetris": 0.59]).identifySmart(
            fileName: "t.gb", hashes: hashes)
        #expect(outcome.game?.match?.type == .hash)
    }

    @Test("one candidate above its provider's threshold is name_unique")
    func unique() async throws {
        var igdb = StubProvider(key: .igdb)
        igdb.searchResults = [igdb.hit("Metroid", id: "1"), igdb.hit("Metroid II", id: "2")]
        igdb.games = ["1": igdb.record("Metroid", id: "1")]
        let outcome = try await client([igdb], scores: ["Metroid": 0.9, "Metroid II": 0.5]).identifySmart(
            fileName: "Metroid (USA).nes")
        #expect(outcome.game?.name == "Metroid")
        #expect(outcome.game?.match?.type == .nameUnique)
        #expect(outcome.game?.match?.runnersUp.map(\.name) == ["Metroid II"])
    }

    @Test("several above the threshold: the best wins at 0.8 with a 0.2 lead, and not otherwise")
    func bestWithGap() async throws {
        var igdb = StubProvider(key: .igdb)
        igdb.searchResults = [igdb.hit("Zelda II", id: "2"), igdb.hit("Zelda", id: "1")]
        igdb.games = ["1": igdb.record("Zelda", id: "1")]
        let clear = try await client([igdb], scores: ["Zelda": 1.0, "Zelda II": 0.8]).identifySmart(
            fileName: "Zelda.nes")
        #expect(clear.game?.name == "Zelda")
        #expect(clear.game?.match?.type == .nameBest)
        let close = try await client([igdb], scores: ["Zelda": 0.95, "Zelda II": 0.8]).identifySmart(
            fileName: "Zelda.nes")
        #expect(close.game == nil)
        #expect(close.candidates.map(\.name) == ["Zelda", "Zelda II"])
        let weak = try await client([igdb], scores: ["Zelda": 0.79, "Zelda II": 0.0]).identifySmart(
            fileName: "Zelda.nes")
        #expect(weak.game?.match?.type == .nameUnique)
    }

    @Test("the same game from two providers counts once; the higher-priority provider's record is fetched")
    func duplicatesCountOnce() async throws {
        var ss = StubProvider(key: .screenscraper)
        ss.searchResults = [ss.hit("Castlevania", id: "9")]
        ss.games = ["9": ss.record("Castlevania", id: "9")]
        var igdb = StubProvider(key: .igdb)
        igdb.searchResults = [igdb.hit("Castlevania", id: "4")]
        let outcome = try await client([ss, igdb], scores: ["Castlevania": 1]).identifySmart(
            fileName: "Castlevania.nes")
        #expect(outcome.game?.match?.type == .nameUnique)
        #expect(outcome.game?.match?.provider == .screenscraper)
    }

    @Test("without requireUnique the plain identify answers")
    func notUnique() async throws {
        var game = Game(name: "Kirby", ids: [.igdb: "8"])
        game.match = MatchInfo(provider: .igdb, score: 0.7, type: .name)
        let igdb = StubProvider(key: .igdb, identifyAnswer: game)
        let outcome = try await client([igdb], scores: [:]).identifySmart(fileName: "Kirby.gb", requireUnique: false)
        #expect(outcome.game?.match?.type == .name)
        #expect(outcome.game?.match?.score == 0.7)
    }
}
