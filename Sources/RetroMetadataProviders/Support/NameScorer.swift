/// Scores how well a candidate name matches a search term, 0...1.
///
/// MERGE SEAM: this is a stand-in. The lead points `NameScorer.standard` at Core's normalisation plus
/// Jaro-Winkler matcher at merge time; nothing else in the providers needs to change.
public struct NameScorer: Sendable {
    /// The scoring function: (term, candidate) -> similarity 0...1.
    public let score: @Sendable (String, String) -> Double

    /// Creates a scorer from a function.
    public init(_ score: @escaping @Sendable (String, String) -> Double) {
        self.score = score
    }

    /// MERGE SEAM: trivial default, case-insensitive equality after trimming (1 or 0).
    public static let standard = NameScorer { term, candidate in
        let clean = { (text: String) in text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return clean(term) == clean(candidate) ? 1 : 0
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
