import RetroMetadataCore

/// The `match --json` object: every candidate's score in input order and the best one.
struct MatchReport: Encodable {
    /// A candidate with its score.
    struct Entry: Encodable {
        var candidate: String
        var score: Double
    }

    var query: String
    var best: Entry?
    var scores: [Entry]
    /// Position of `best` in `scores`.
    var bestIndex: Int?

    /// Scores every candidate: Jaro-Winkler of the normalised query and candidate.
    init(query: String, candidates: [String], minScore: Double) {
        self.query = query
        let key = SearchTermNormalizer.normalize(query).unicodeScalars.map(\.value)
        scores = candidates.map { candidate in
            let other = SearchTermNormalizer.normalize(candidate).unicodeScalars.map(\.value)
            return Entry(candidate: candidate, score: JaroWinkler.similarity(key, other))
        }
        for (index, entry) in scores.enumerated() where entry.score >= minScore {
            if bestIndex.map({ entry.score > scores[$0].score }) ?? true { bestIndex = index }
        }
        best = bestIndex.map { scores[$0] }
    }

    enum CodingKeys: String, CodingKey {
        case query, best, scores
    }

    /// `best` is written as `null` when there is none.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(best, forKey: .best)
        try container.encode(scores, forKey: .scores)
    }
}
