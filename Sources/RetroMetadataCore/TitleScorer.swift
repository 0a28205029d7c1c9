/// Scores a query title key against a candidate key, 0...1, beyond plain Jaro-Winkler: subtitles
/// may be missing on one side, parts may be reordered, and different sequel numbers count against.
public struct TitleScorer: Sendable {
    /// Factor applied when only the main titles agree (one side has a subtitle the other lacks).
    public var mainTitleFactor = 0.97
    /// Score given when the same words appear in another order.
    public var reorderedScore = 0.97
    /// Factor applied when the titles carry different numbers (`Crash Bandicoot` vs `Crash Bandicoot 2`).
    public var numberMismatchFactor = 0.8

    /// Creates a scorer with the default weights.
    public init() {}

    /// The similarity of two keys.
    public func score(_ query: TitleKey, _ candidate: TitleKey) -> Double {
        if query.compact == candidate.compact { return 1 }
        var score = JaroWinkler.similarity(query.compact, candidate.compact)
        if query.hasSubtitle != candidate.hasSubtitle {
            let main =
                query.hasSubtitle
                ? JaroWinkler.similarity(query.mainCompact, candidate.compact)
                : JaroWinkler.similarity(query.compact, candidate.mainCompact)
            score = max(score, main * mainTitleFactor)
        }
        if query.sortedWords == candidate.sortedWords { score = max(score, reorderedScore) }
        if !numbersAgree(query, candidate) { score *= numberMismatchFactor }
        return score
    }

    /// True when both carry the same numbers, or the extra ones sit in a subtitle the other side lacks.
    func numbersAgree(_ query: TitleKey, _ candidate: TitleKey) -> Bool {
        if query.numbers == candidate.numbers { return true }
        if !query.hasSubtitle, query.numbers == candidate.mainNumbers { return true }
        if !candidate.hasSubtitle, candidate.numbers == query.mainNumbers { return true }
        return false
    }
}
