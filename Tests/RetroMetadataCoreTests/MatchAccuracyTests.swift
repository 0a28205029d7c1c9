import Testing

@testable import RetroMetadataCore

@Suite struct MatchAccuracyTests {
    @Test func realCollectionsWhenPresent() throws {
        guard let (evaluation, skipped) = try ReferenceCollections.load() else { return }
        let reference = evaluation.run(MatchEvaluation.referencePick)
        let ours = evaluation.run(MatchEvaluation.titleIndexPick)
        print("real collections (\(skipped) arcade set names left out)")
        print("  reference find_best_match 0.75: \(reference)")
        print("  TitleIndex decided:             \(ours)")
        for line in ours.wrong { print("  wrong: \(line)") }
        #expect(ours.precision >= 0.99)
        #expect(ours.recall >= 0.93)
    }
}

extension MatchAccuracyTests {
    @Test func ownFixture() throws {
        let evaluation = try FixtureCollections.load()
        let reference = evaluation.run(MatchEvaluation.referencePick)
        let ours = evaluation.run(MatchEvaluation.titleIndexPick)
        print("fixture title-pairs.tsv")
        print("  reference find_best_match 0.75: \(reference)")
        print("  TitleIndex decided:             \(ours)")
        for line in ours.wrong { print("  wrong: \(line)") }
        #expect(evaluation.collections.map(\.pairs.count).reduce(0, +) >= 300)
        #expect(ours.precision >= 0.99)
        #expect(ours.recall >= 0.93)
        #expect(ours.precision > reference.precision)
    }
}
