import Testing

@testable import RetroMetadataCore

/// Precision and recall of `TitleIndex` against the reference matcher, printed with the test output.
@Suite struct MatchAccuracyTests {
    @Test func realCollectionsWhenPresent() throws {
        guard let (evaluation, skipped) = try ReferenceCollections.load() else { return }
        let (reference, ours) = compare(evaluation, label: "real collections (\(skipped) arcade set names left out)")
        #expect(ours.precision >= 0.99)
        #expect(ours.recall >= 0.93)
        #expect(ours.precision >= reference.precision)
    }

    @Test func ownFixture() throws {
        let evaluation = try FixtureCollections.load()
        let (reference, ours) = compare(evaluation, label: "fixture title-pairs.tsv")
        #expect(evaluation.collections.map(\.pairs.count).reduce(0, +) >= 300)
        #expect(ours.precision >= 0.99)
        #expect(ours.recall >= 0.93)
        #expect(ours.precision > reference.precision)
    }

    /// Runs both matchers and prints their numbers and this matcher's wrong picks.
    private func compare(_ evaluation: MatchEvaluation, label: String)
        -> (reference: MatchEvaluation.Outcome, ours: MatchEvaluation.Outcome)
    {
        let reference = evaluation.run(MatchEvaluation.referencePick)
        let ours = evaluation.run(MatchEvaluation.titleIndexPick)
        print(label)
        print("  reference find_best_match 0.75: \(reference)")
        print("  TitleIndex decided:             \(ours)")
        for line in ours.wrong { print("  wrong: \(line)") }
        return (reference, ours)
    }
}
