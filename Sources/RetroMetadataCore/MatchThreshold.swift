/// The minimum name similarity each provider accepts (the reference `min_similarity_score`).
public enum MatchThreshold {
    /// The threshold for providers without their own entry.
    public static let `default` = 0.75

    /// Per-provider thresholds, one line each.
    public static let byProvider: [ProviderKey: Double] = [
        .igdb: 0.75,
        .mobygames: 0.6,
        .screenscraper: 0.6,
        .retroachievements: 0.6,
        .steamgriddb: 0.98,
        .hltb: 0.85,
        .thegamesdb: 0.6,
        .hasheous: 0.6,
        .flashpoint: 0.75,
        .launchbox: 0.6,
        .gamelist: 0.6,
    ]

    /// The threshold for one provider.
    public static func minScore(for provider: ProviderKey) -> Double {
        byProvider[provider] ?? `default`
    }

    /// `identify_smart`: a hash hit whose name scores at least this is confirmed by the name.
    public static let smartHashAndName = 0.6
    /// `identify_smart`: a name-only winner needs at least this score ...
    public static let smartNameBest = 0.8
    /// ... and this lead over the runner-up.
    public static let smartNameGap = 0.2
}
