import RetroMetadata
import RetroMetadataCore
import Testing

@Suite("Merging records from several providers")
struct GameMergerTests {
    let screenscraper = Game(
        name: "Sonic the Hedgehog", ids: [.screenscraper: "1"],
        metadata: GameMetadata(summary: "SS summary", genres: ["Platform"]),
        media: [.cover: [MediaAsset(url: "https://ss/cover.png")]])
    let igdb = Game(
        name: "Sonic The Hedgehog", ids: [.igdb: "2"],
        metadata: GameMetadata(summary: "IGDB summary", developer: "Sonic Team", rating: 80),
        media: [
            .cover: [MediaAsset(url: "https://igdb/cover.png")], .screenshot: [MediaAsset(url: "https://igdb/s.png")],
        ])
    let hltb = Game(
        name: "Sonic", ids: [.hltb: "3"], metadata: GameMetadata(completionTimes: CompletionTimes(mainStory: 3600)))

    @Test("each field comes from the first provider in its priority that has it, and its source is recorded")
    func provenance() throws {
        let merged = try #require(GameMerger().merge([(.igdb, igdb), (.hltb, hltb), (.screenscraper, screenscraper)]))
        #expect(merged.name == "Sonic the Hedgehog")
        #expect(merged.sources[.name] == .screenscraper)
        #expect(merged.metadata.summary == "SS summary")
        #expect(merged.metadata.developer == "Sonic Team")
        #expect(merged.sources[.developer] == .igdb)
        #expect(merged.sources[.rating] == .igdb)
        #expect(merged.sources[.completionTimes] == .hltb)
        #expect(merged.firstAsset(.cover)?.url == "https://ss/cover.png")
        #expect(merged.firstAsset(.screenshot)?.url == "https://igdb/s.png")
        #expect(merged.ids == [.screenscraper: "1", .igdb: "2", .hltb: "3"])
    }

    @Test("fields the user already has are kept unless refresh")
    func userFieldsKept() throws {
        let mine = Game(name: "My Sonic", metadata: GameMetadata(summary: "my words"))
        let kept = try #require(GameMerger().merge([(.screenscraper, screenscraper), (.igdb, igdb)], into: mine))
        #expect(kept.name == "My Sonic")
        #expect(kept.metadata.summary == "my words")
        #expect(kept.sources[.summary] == .user)
        #expect(kept.metadata.developer == "Sonic Team")
        let refreshed = try #require(
            GameMerger().merge([(.screenscraper, screenscraper), (.igdb, igdb)], into: mine, refresh: true))
        #expect(refreshed.metadata.summary == "SS summary")
        #expect(refreshed.sources[.summary] == .screenscraper)
    }

    @Test("a custom priority changes the winner")
    func customPriority() throws {
        var priorities = FieldPriorities.standard
        priorities.fields = [.igdb, .screenscraper]
        let merged = try #require(
            GameMerger(priorities: priorities).merge([(.screenscraper, screenscraper), (.igdb, igdb)]))
        #expect(merged.metadata.summary == "IGDB summary")
        #expect(merged.sources[.summary] == .igdb)
    }
}
