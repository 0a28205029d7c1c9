import RetroMetadataProviders
import Testing

@Suite("Id tags, search terms, query encoding, name scorer seam")
struct SupportTests {
    @Test(
        "id tags are found case-insensitively anywhere",
        arguments: [
            ("Game (igdb-1234).zip", 1234), ("Game (IGDB-77) (USA).sfc", 77), ("Game (igdb-x).zip", nil),
            ("Game (igdb-12.zip", nil), ("(igdb-) (igdb-5)", 5),
        ] as [(String, Int?)])
    func idTags(_ name: String, _ id: Int?) {
        #expect(IDTag.find("igdb", in: name) == id)
    }

    @Test("search terms drop extension, tags and extra spaces")
    func searchTerms() {
        #expect(SearchTerm.from(fileName: "Super Mario World (USA) [!].sfc") == "Super Mario World")
        #expect(SearchTerm.from(fileName: "Final_Fantasy  VII (Disc 1).chd") == "Final Fantasy VII")
        #expect(SearchTerm.from(fileName: "Dr. Mario") == "Dr. Mario")
        #expect(SearchTerm.from(fileName: "Super Mario Bros. 3") == "Super Mario Bros. 3")
        #expect(SearchTerm.from(fileName: "roms/snes/Final Fight (USA).sfc") == "Final Fight")
        #expect(SearchTerm.from(fileName: "Super Mario Bros. 3 (USA).nes") == "Super Mario Bros. 3")
        #expect(SearchTerm.from(fileName: "Pokémon - Édition Rouge (France).gb") == "Pokemon - Edition Rouge")
    }

    @Test("the last piece of a term is used for a second search")
    func lastPiece() {
        #expect(SearchTerm.lastPiece(of: "Zelda: A Link to the Past") == "A Link to the Past")
        #expect(SearchTerm.lastPiece(of: "Tom & Jerry") == "Jerry")
        #expect(SearchTerm.lastPiece(of: "Tetris") == nil)
        #expect(SearchTerm.lastPiece(of: "Tetris -") == nil)
    }

    @Test("query values are encoded exactly once")
    func encoding() {
        #expect(
            URLQuery.append([("name", "Zelda: A&B+C [1]")], to: "http://h/p")
                == "http://h/p?name=Zelda%3A%20A%26B%2BC%20%5B1%5D")
        #expect(URLQuery.append([("a", "1")], to: "http://h/p?x=y") == "http://h/p?x=y&a=1")
    }

    @Test("the default scorer is Core's title scorer and best() respects the threshold")
    func scorer() {
        let scorer = NameScorer.standard
        #expect(scorer.score("super  MARIO world", "Super Mario World") == 1)
        #expect(scorer.score("The Legend of Zelda", "Legend of Zelda, The") == 1)
        #expect(scorer.score("Super Mario Wrld", "Super Mario World") > 0.95)
        #expect(scorer.score("Super Mario World 2 - Yoshi's Island", "Super Mario World") < 0.85)
        #expect(scorer.score("mario", "zelda") < 0.5)
        let best = scorer.best("zelda", among: [("Mario", 1), ("ZELDA", 2)], threshold: 0.5)
        #expect(best?.value == 2)
        #expect(scorer.best("zelda", among: [("Mario", 1)], threshold: 0.5) == nil)
    }
}
