import RetroMetadataCore

/// Scores how well a candidate name matches a search term, 0...1; injectable so tests can pin scores.
public struct NameScorer: Sendable {
    /// The scoring function: (term, candidate) -> similarity 0...1.
    public let score: @Sendable (String, String) -> Double

    /// Creates a scorer from a function.
    public init(_ score: @escaping @Sendable (String, String) -> Double) {
        self.score = score
    }

    /// Core's title scorer: Jaro-Winkler on normalised titles, with different sequel numbers and extra
    /// subtitles counting against, so `Super Mario World 2 - Yoshi's Island` does not pass for `Super Mario World`.
    public static let standard = NameScorer { term, candidate in
        TitleScorer().score(TitleKey(term), TitleKey(candidate))
    }

    /// The best-scoring candidate at or above `threshold` (first wins ties), with its score.
    public func best<Candidate>(
        _ term: String, among candidates: [(name: String, value: Candidate)], threshold: Double
    ) -> (value: Candidate, score: Double)? {
        var best: (value: Candidate, score: Double)?
        for candidate in candidates {
            let value = score(term, candidate.name)
            if value >= threshold, value > (best?.score ?? -1) { best = (candidate.value, value) }
        }
        return best
    }
}
