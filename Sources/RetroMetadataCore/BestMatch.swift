/// The reference `find_best_match`: Jaro-Winkler over normalised names, the first of equal scores
/// wins, and nothing below the threshold.
public struct BestMatch: Hashable, Sendable {
    /// The winning candidate as given, or `nil` when none reached the threshold.
    public var candidate: String?
    /// Its score; 0 when there is no winner.
    public var score: Double

    /// The reference default threshold.
    public static let defaultMinScore = 0.75

    /// Finds the best-scoring candidate for `term`.
    ///
    /// - Parameters:
    ///   - splitCandidateName: score only the part after the last `:`, `-` or `/` of candidates that have one.
    ///   - normalize: apply `SearchTermNormalizer`; otherwise only lower-case and trim.
    ///   - firstCount: consider only this many candidates from the start.
    public static func find(
        _ term: String, among candidates: [String], minScore: Double = defaultMinScore,
        splitCandidateName: Bool = false, normalize: Bool = true, firstCount: Int? = nil
    ) -> BestMatch {
        let prepare: (String) -> [UInt32] = { text in
            let key = normalize ? SearchTermNormalizer.normalize(text) : text.lowercased().trimmingSpaces
            return key.unicodeScalars.map(\.value)
        }
        let considered = Array(candidates.prefix(firstCount ?? candidates.count))
        let keys = considered.map { candidate -> [UInt32] in
            guard splitCandidateName, candidate.contains(where: { $0 == ":" || $0 == "-" || $0 == "/" }),
                let last = candidate.split(separator: /[:\-\/]/, omittingEmptySubsequences: false).last
            else { return prepare(candidate) }
            return prepare(String(last))
        }
        return find(key: prepare(term), among: considered, keys: keys, minScore: minScore)
    }

    /// The same search over candidates whose keys were prepared once (normalised scalars, one per candidate).
    public static func find(key: [UInt32], among candidates: [String], keys: [[UInt32]], minScore: Double)
        -> BestMatch
    {
        var best: (candidate: String, score: Double)?
        for (candidate, candidateKey) in zip(candidates, keys) {
            let score = JaroWinkler.similarity(key, candidateKey)
            if score > best?.score ?? -1 { best = (candidate, score) }
            if score == 1 { break }
        }
        guard let best, best.score >= minScore else { return BestMatch(candidate: nil, score: 0) }
        return BestMatch(candidate: best.candidate, score: best.score)
    }

    /// Creates a result.
    public init(candidate: String?, score: Double) {
        self.candidate = candidate
        self.score = score
    }
}
