/// One game as retro-metadata knows it: identity, descriptive metadata, media, and where each part came from.
public struct Game: Codable, Hashable, Sendable {
    /// Display name.
    public var name: String
    /// Universal platform slug (`snes`, `psx`, ...), when known.
    public var platform: String?
    /// The game's id at each source that knows it (numbers are kept as their decimal text).
    public var ids: [ProviderKey: String]
    /// A URL-safe short name from the source (IGDB slug, Flashpoint UUID), when given.
    public var slug: String?
    /// Descriptive facts.
    public var metadata: GameMetadata
    /// Media by kind, best first within each kind.
    public var media: [MediaKind: [MediaAsset]]
    /// How the game was matched to a file or query, when it was.
    public var match: MatchInfo?
    /// Which source gave each field.
    public var sources: [GameField: ProviderKey]

    /// Creates a game record.
    public init(
        name: String, platform: String? = nil, ids: [ProviderKey: String] = [:], slug: String? = nil,
        metadata: GameMetadata = GameMetadata(), media: [MediaKind: [MediaAsset]] = [:], match: MatchInfo? = nil,
        sources: [GameField: ProviderKey] = [:]
    ) {
        self.name = name
        self.platform = platform
        self.ids = ids
        self.slug = slug
        self.metadata = metadata
        self.media = media
        self.match = match
        self.sources = sources
    }

    /// The first asset of `kind`, if any.
    public func firstAsset(_ kind: MediaKind) -> MediaAsset? { media[kind]?.first }

    enum CodingKeys: String, CodingKey {
        case name, platform, ids, slug, metadata, media, match, sources
    }

    /// Decodes, treating absent collections as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name),
            platform: try c.decodeIfPresent(String.self, forKey: .platform),
            ids: try c.decodeIfPresent([ProviderKey: String].self, forKey: .ids) ?? [:],
            slug: try c.decodeIfPresent(String.self, forKey: .slug),
            metadata: try c.decodeIfPresent(GameMetadata.self, forKey: .metadata) ?? GameMetadata(),
            media: try c.decodeIfPresent([MediaKind: [MediaAsset]].self, forKey: .media) ?? [:],
            match: try c.decodeIfPresent(MatchInfo.self, forKey: .match),
            sources: try c.decodeIfPresent([GameField: ProviderKey].self, forKey: .sources) ?? [:]
        )
    }
}

/// A field of `Game` whose source is recorded; the raw values are the JSON keys used elsewhere.
public enum GameField: String, CaseIterable, Codable, Sendable, CodingKeyRepresentable {
    case name, summary, genres, franchises, collections, companies, developer, publisher
    case releaseDate = "release_date"
    case players, rating
    case criticRating = "critic_rating"
    case ageRatings = "age_ratings"
    case alternativeNames = "alternative_names"
    case gameModes = "game_modes"
    case relatedGames = "related_games"
    case achievementCount = "achievement_count"
    case completionTimes = "completion_times"
    case youtubeVideoID = "youtube_video_id"
    case regions, languages
}
