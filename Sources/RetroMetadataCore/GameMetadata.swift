/// Descriptive facts about a game, every field optional so records from different sources can be merged.
public struct GameMetadata: Codable, Hashable, Sendable {
    /// Long description.
    public var summary: String?
    /// Genre names, most specific last.
    public var genres: [String]
    /// Franchises the game belongs to.
    public var franchises: [String]
    /// Collections or series the game belongs to.
    public var collections: [String]
    /// Companies involved (developers, publishers, porters).
    public var companies: [String]
    /// Main developer.
    public var developer: String?
    /// Main publisher.
    public var publisher: String?
    /// First release date, possibly year-only.
    public var releaseDate: GameDate?
    /// Number of players.
    public var players: PlayerCount?
    /// Community or user rating on a 0...1 scale (gamelist's scale; LaunchBox stars are rating × 5).
    public var rating: Double?
    /// Critics' rating on a 0...1 scale.
    public var criticRating: Double?
    /// Age ratings from rating boards.
    public var ageRatings: [AgeRating]
    /// Other titles the game is known by.
    public var alternativeNames: [String]
    /// Game modes (`Single player`, `Multiplayer`, `Co-operative`, ...).
    public var gameModes: [String]
    /// Related games: expansions, remakes, ports and similar.
    public var relatedGames: [RelatedGame]
    /// Number of achievements (RetroAchievements).
    public var achievementCount: Int?
    /// Completion times (HowLongToBeat).
    public var completionTimes: CompletionTimes?
    /// YouTube video id of a trailer.
    public var youtubeVideoID: String?
    /// Region codes the release is for (`us`, `eu`, `jp`, `wor`, ...).
    public var regions: [String]
    /// Language codes of the release.
    public var languages: [String]

    /// Creates metadata; every field defaults to empty.
    public init(
        summary: String? = nil, genres: [String] = [], franchises: [String] = [], collections: [String] = [],
        companies: [String] = [], developer: String? = nil, publisher: String? = nil, releaseDate: GameDate? = nil,
        players: PlayerCount? = nil, rating: Double? = nil, criticRating: Double? = nil,
        ageRatings: [AgeRating] = [], alternativeNames: [String] = [], gameModes: [String] = [],
        relatedGames: [RelatedGame] = [], achievementCount: Int? = nil, completionTimes: CompletionTimes? = nil,
        youtubeVideoID: String? = nil, regions: [String] = [], languages: [String] = []
    ) {
        self.summary = summary
        self.genres = genres
        self.franchises = franchises
        self.collections = collections
        self.companies = companies
        self.developer = developer
        self.publisher = publisher
        self.releaseDate = releaseDate
        self.players = players
        self.rating = rating
        self.criticRating = criticRating
        self.ageRatings = ageRatings
        self.alternativeNames = alternativeNames
        self.gameModes = gameModes
        self.relatedGames = relatedGames
        self.achievementCount = achievementCount
        self.completionTimes = completionTimes
        self.youtubeVideoID = youtubeVideoID
        self.regions = regions
        self.languages = languages
    }

    enum CodingKeys: String, CodingKey {
        case summary, genres, franchises, collections, companies, developer, publisher
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

    /// Decodes, treating absent lists as empty so older or partial JSON still reads.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            summary: try c.decodeIfPresent(String.self, forKey: .summary),
            genres: try c.decodeIfPresent([String].self, forKey: .genres) ?? [],
            franchises: try c.decodeIfPresent([String].self, forKey: .franchises) ?? [],
            collections: try c.decodeIfPresent([String].self, forKey: .collections) ?? [],
            companies: try c.decodeIfPresent([String].self, forKey: .companies) ?? [],
            developer: try c.decodeIfPresent(String.self, forKey: .developer),
            publisher: try c.decodeIfPresent(String.self, forKey: .publisher),
            releaseDate: try c.decodeIfPresent(GameDate.self, forKey: .releaseDate),
            players: try c.decodeIfPresent(PlayerCount.self, forKey: .players),
            rating: try c.decodeIfPresent(Double.self, forKey: .rating),
            criticRating: try c.decodeIfPresent(Double.self, forKey: .criticRating),
            ageRatings: try c.decodeIfPresent([AgeRating].self, forKey: .ageRatings) ?? [],
            alternativeNames: try c.decodeIfPresent([String].self, forKey: .alternativeNames) ?? [],
            gameModes: try c.decodeIfPresent([String].self, forKey: .gameModes) ?? [],
            relatedGames: try c.decodeIfPresent([RelatedGame].self, forKey: .relatedGames) ?? [],
            achievementCount: try c.decodeIfPresent(Int.self, forKey: .achievementCount),
            completionTimes: try c.decodeIfPresent(CompletionTimes.self, forKey: .completionTimes),
            youtubeVideoID: try c.decodeIfPresent(String.self, forKey: .youtubeVideoID),
            regions: try c.decodeIfPresent([String].self, forKey: .regions) ?? [],
            languages: try c.decodeIfPresent([String].self, forKey: .languages) ?? []
        )
    }
}

/// A rating board's verdict, such as ESRB `T` or PEGI `12`.
public struct AgeRating: Codable, Hashable, Sendable {
    /// Board name: `ESRB`, `PEGI`, `CERO`, `USK`, `GRAC`, `CLASS_IND`, `ACB`, or `Unknown`.
    public var board: String
    /// The rating as the board writes it.
    public var rating: String

    /// Creates an age rating.
    public init(board: String, rating: String) {
        self.board = board
        self.rating = rating
    }
}

/// A game linked to another: an expansion, remake, port or similar title.
public struct RelatedGame: Codable, Hashable, Sendable {
    /// How the two games relate.
    public enum Relation: String, Codable, Sendable {
        case expansion, dlc, remaster, remake, expanded, port, similar
    }

    /// The related game's id at `provider`.
    public var id: String
    /// Its name.
    public var name: String
    /// The relation.
    public var relation: Relation
    /// The source of the link.
    public var provider: ProviderKey?

    /// Creates a related game.
    public init(id: String, name: String, relation: Relation, provider: ProviderKey? = nil) {
        self.id = id
        self.name = name
        self.relation = relation
        self.provider = provider
    }
}

/// How long a game takes to finish, in seconds.
public struct CompletionTimes: Codable, Hashable, Sendable {
    /// Main story only.
    public var mainStory: Int?
    /// Main story plus extras.
    public var mainPlusExtras: Int?
    /// Everything.
    public var completionist: Int?
    /// Average over all play styles.
    public var allStyles: Int?

    /// Creates completion times.
    public init(mainStory: Int? = nil, mainPlusExtras: Int? = nil, completionist: Int? = nil, allStyles: Int? = nil) {
        self.mainStory = mainStory
        self.mainPlusExtras = mainPlusExtras
        self.completionist = completionist
        self.allStyles = allStyles
    }

    enum CodingKeys: String, CodingKey {
        case mainStory = "main_story"
        case mainPlusExtras = "main_plus_extras"
        case completionist
        case allStyles = "all_styles"
    }
}
