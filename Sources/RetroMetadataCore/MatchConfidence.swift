/// How much a name similarity can be trusted, in the reference's bands (`calculate_match_confidence`).
public enum MatchConfidence: String, Codable, Sendable, CaseIterable {
    /// The normalised names are equal.
    case exact
    /// Score 0.95 or more.
    case high
    /// Score 0.85 or more.
    case medium
    /// Score 0.75 or more.
    case low
    /// Below 0.75.
    case none

    /// The band of two names: `exact` when they normalise alike, otherwise by their similarity.
    public init(_ first: String, _ second: String) {
        if BestMatch.isExact(first, second) {
            self = .exact
            return
        }
        let score = JaroWinkler.similarity(
            SearchTermNormalizer.normalize(first), SearchTermNormalizer.normalize(second))
        self.init(score: score)
    }

    /// The band of a score alone.
    public init(score: Double) {
        switch score {
        case 0.95...: self = .high
        case 0.85..<0.95: self = .medium
        case 0.75..<0.85: self = .low
        default: self = .none
        }
    }
}
