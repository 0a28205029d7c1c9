import Testing

@testable import RetroMetadataCore

@Suite struct BestMatchTests {
    @Test func picksTheClosest() {
        let result = BestMatch.find(
            "Super Mario Wrld", among: ["Super Mario World", "Super Mario Bros", "Super Mario Kart"])
        #expect(result.candidate == "Super Mario World")
        #expect(abs(result.score - 0.995386) < 0.000001)
    }

    @Test func referenceQuirkShortQueryPrefersSequel() {
        let result = BestMatch.find("Zelda", among: ["The Legend of Zelda", "Zelda II"])
        #expect(result.candidate == "Zelda II")
        #expect(result.score == 0.9375)
    }

    @Test func firstCountLimitsCandidates() {
        let result = BestMatch.find("Mario 5", among: (1...5).map { "Mario \($0)" }, firstCount: 3)
        #expect(result.candidate == "Mario 1")
        #expect(abs(result.score - 0.961905) < 0.000001)
    }

    @Test func earlierCandidateWinsTies() {
        #expect(BestMatch.find("Mario 5", among: ["Mario 3", "Mario 4"]).candidate == "Mario 3")
    }

    @Test func caseInsensitiveThroughNormalisation() {
        #expect(BestMatch.find("SUPER MARIO WORLD", among: ["super mario world"]).score == 1)
    }

    @Test func belowThresholdIsNoMatch() {
        let result = BestMatch.find("Tetris", among: ["Doom"], minScore: 0.75)
        #expect(result.candidate == nil)
        #expect(result.score == 0)
        #expect(BestMatch.find("Tetris", among: []).candidate == nil)
    }

    @Test func splitCandidateUsesLastPart() {
        let result = BestMatch.find("Link to the Past", among: ["Zelda: Link to the Past"], splitCandidateName: true)
        #expect(result.score == 1)
        // The piece keeps its leading space, so the reference does not drop the article in it.
        let quirk = BestMatch.find("A Link to the Past", among: ["Zelda: A Link to the Past"], splitCandidateName: true)
        #expect(quirk.score < 1)
    }

    @Test func providerThresholds() {
        #expect(MatchThreshold.minScore(for: .steamgriddb) == 0.98)
        #expect(MatchThreshold.minScore(for: .hltb) == 0.85)
        #expect(MatchThreshold.minScore(for: .screenscraper) == 0.6)
        #expect(MatchThreshold.minScore(for: .igdb) == 0.75)
        #expect(MatchThreshold.minScore(for: "custom") == 0.75)
    }
}

@Suite struct BestMatchExtrasTests {
    @Test func allMatchesBestFirstWithinLimit() {
        let matches = BestMatch.all("Super Mario World", among: ["Tetris", "Super Mario World 2", "Super Mario World"])
        #expect(matches.map(\.candidate) == ["Super Mario World", "Super Mario World 2"])
        #expect(BestMatch.all("Mario", among: Array(repeating: "Mario", count: 20)).count == 10)
        #expect(BestMatch.all("Mario", among: ["Mario"], limit: 0).isEmpty)
    }

    @Test func exactAfterNormalisation() {
        #expect(BestMatch.isExact("Legend of Zelda, The", "The Legend of Zelda"))
        #expect(!BestMatch.isExact("Zelda II", "Zelda"))
    }

    @Test func confidenceBands() {
        #expect(MatchConfidence("The Legend of Zelda", "Legend of Zelda, The") == .exact)
        #expect(MatchConfidence(score: 0.96) == .high)
        #expect(MatchConfidence(score: 0.95) == .high)
        #expect(MatchConfidence(score: 0.9) == .medium)
        #expect(MatchConfidence(score: 0.75) == .low)
        #expect(MatchConfidence(score: 0.5) == .none)
        #expect(MatchConfidence("Super Mario Wrld", "Super Mario World") == .high)
    }
}
