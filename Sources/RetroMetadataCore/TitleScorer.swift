/// Scores a query title key against a candidate key, 0...1, beyond plain Jaro-Winkler: subtitles
/// may be missing on one side, parts may be reordered, and different sequel numbers count against.
public struct TitleScorer: Sendable {
    /// Factor applied when only the main titles agree and the candidate adds a subtitle
    /// (`Crash Bandicoot 2` for `Crash Bandicoot 2: Cortex Strikes Back`).
    public var mainTitleFactor = 0.97
    /// Factor applied when only the main titles agree and the query adds a subtitle; kept below the
    /// usual acceptance score because `Fire Emblem - Fuuin no Tsurugi` is not `Fire Emblem`.
    public var extraSubtitleFactor = 0.88
    /// Score given when the same words appear in another order.
    public var reorderedScore = 0.97
    /// Factor applied when the titles carry different numbers (`Crash Bandicoot` vs `Crash Bandicoot 2`).
    public var numberMismatchFactor = 0.8

    /// Creates a scorer with the default weights.
    public init() {}

    /// The similarity of two keys.
    public func score(_ query: TitleKey, _ candidate: TitleKey) -> Double {
        if query.compact == candidate.compact { return 1 }
        var score =
            JaroWinkler.similarity(query.compact, candidate.compact) * numberFactor(query.numbers, candidate.numbers)
        // One side has a subtitle the other lacks: compare with the main title alone.
        if !query.hasSubtitle, candidate.hasSubtitle {
            let main = JaroWinkler.similarity(query.compact, candidate.mainCompact)
            score = max(score, main * mainTitleFactor * numberFactor(query.numbers, candidate.mainNumbers))
        } else if query.hasSubtitle, !candidate.hasSubtitle {
            let main = JaroWinkler.similarity(query.mainCompact, candidate.compact)
            score = max(score, main * extraSubtitleFactor * numberFactor(query.mainNumbers, candidate.numbers))
        }
        if query.sortedWords == candidate.sortedWords { score = max(score, reorderedScore) }
        return max(score, containedScore(query, candidate))
    }

    /// Every word of the query appears in the candidate, which adds a few (`Zelda - A Link to the Past`
    /// in `The Legend of Zelda: A Link to the Past`): scored by how much of the candidate is covered.
    func containedScore(_ query: TitleKey, _ candidate: TitleKey) -> Double {
        let coverage = Double(query.sortedWords.count) / Double(max(candidate.sortedWords.count, 1))
        guard query.sortedWords.count >= 3, coverage >= 0.6, coverage < 1, query.numbers == candidate.numbers,
            TitleScorer.isSubset(query.sortedWords, of: candidate.sortedWords)
        else { return 0 }
        return 0.85 + 0.15 * coverage
    }

    /// True when every word of the sorted `words` is in the sorted `other`, repeats counted.
    static func isSubset(_ words: [[UInt32]], of other: [[UInt32]]) -> Bool {
        var index = 0
        for word in words {
            while index < other.count && other[index].lexicographicallyPrecedes(word) { index += 1 }
            guard index < other.count, other[index] == word else { return false }
            index += 1
        }
        return true
    }

    /// 1 when both sides carry the same numbers, `numberMismatchFactor` otherwise.
    func numberFactor(_ first: [[UInt32]], _ second: [[UInt32]]) -> Double {
        first == second ? 1 : numberMismatchFactor
    }
}
