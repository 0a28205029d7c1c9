/// How a game was identified, with enough detail to explain the choice.
public struct MatchInfo: Codable, Hashable, Sendable {
    /// Which source gave the match.
    public var provider: ProviderKey
    /// Similarity of the chosen name, 0...1; 1 for exact hash or id matches.
    public var score: Double
    /// What kind of evidence decided it.
    public var type: MatchType
    /// The candidates that came next, best first.
    public var runnersUp: [Candidate]

    /// Creates match information.
    public init(provider: ProviderKey, score: Double, type: MatchType, runnersUp: [Candidate] = []) {
        self.provider = provider
        self.score = score
        self.type = type
        self.runnersUp = runnersUp
    }

    /// A candidate that was considered.
    public struct Candidate: Codable, Hashable, Sendable {
        /// Candidate name.
        public var name: String
        /// Its id at the provider, when it has one.
        public var id: String?
        /// Its similarity score.
        public var score: Double
        /// The source that offered it, when several sources were asked.
        public var provider: ProviderKey?

        /// Creates a candidate.
        public init(name: String, id: String? = nil, score: Double, provider: ProviderKey? = nil) {
            self.name = name
            self.id = id
            self.score = score
            self.provider = provider
        }
    }

    enum CodingKeys: String, CodingKey {
        case provider, score, type
        case runnersUp = "runners_up"
    }
}

/// The evidence behind a match, in decreasing order of certainty.
public enum MatchType: String, Codable, Sendable, CaseIterable {
    /// An `(igdb-1234)`-style id tag in the file name pinned the game.
    case idTag = "id_tag"
    /// File hashes and the name agree.
    case hashAndName = "hash+name"
    /// File hashes alone.
    case hash
    /// A local source (DAT, existing gamelist, LaunchBox database) keyed by file name.
    case local
    /// Only one candidate was above the threshold.
    case nameUnique = "name_unique"
    /// The best of several candidates by a clear margin.
    case nameBest = "name_best"
    /// Name similarity from a single provider's identify.
    case name
}
