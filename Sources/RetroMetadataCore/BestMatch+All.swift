extension BestMatch {
    /// The reference `find_all_matches`: every candidate at or above `minScore`, best first (stable on
    /// ties), at most `limit`.
    public static func all(
        _ term: String, among candidates: [String], minScore: Double = defaultMinScore, limit: Int = 10
    ) -> [BestMatch] {
        let key = SearchTermNormalizer.normalize(term).unicodeScalars.map(\.value)
        let scored = candidates.enumerated().map { offset, candidate in
            (
                offset, candidate,
                JaroWinkler.similarity(key, SearchTermNormalizer.normalize(candidate).unicodeScalars.map(\.value))
            )
        }
        return scored.filter { $0.2 >= minScore }
            .sorted { $0.2 > $1.2 || ($0.2 == $1.2 && $0.0 < $1.0) }
            .prefix(max(limit, 0))
            .map { BestMatch(candidate: $0.1, score: $0.2) }
    }

    /// The reference `is_exact_match`: equal after normalisation.
    public static func isExact(_ first: String, _ second: String) -> Bool {
        SearchTermNormalizer.normalize(first) == SearchTermNormalizer.normalize(second)
    }
}
