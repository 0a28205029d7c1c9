import RetroMetadataCore

/// The merged results of a search across providers, with the providers that failed.
public struct SearchOutcome: Sendable {
    /// Results in provider priority order, then by score (best first).
    public var results: [SearchResult]
    /// Providers that failed; their results are missing.
    public var errors: [ProviderFailure]
}

/// The outcome of an identification: the game (with its `match`), the other candidates and the failures.
public struct IdentifyOutcome: Sendable {
    /// The matched game, or `nil`; its `match` says how and with what score.
    public var game: Game?
    /// Every candidate considered, best first (the winner included when there is one).
    public var candidates: [MatchInfo.Candidate]
    /// Providers that failed.
    public var errors: [ProviderFailure]

    /// Creates an outcome.
    public init(game: Game? = nil, candidates: [MatchInfo.Candidate] = [], errors: [ProviderFailure] = []) {
        self.game = game
        self.candidates = candidates
        self.errors = errors
    }
}

/// Whether one provider answered a liveness check.
public struct HeartbeatOutcome: Sendable, Hashable {
    /// The provider checked.
    public var provider: ProviderKey
    /// The failure, or `nil` when it answered.
    public var error: ProviderFailure?

    /// Whether it answered.
    public var isAlive: Bool { error == nil }
}
