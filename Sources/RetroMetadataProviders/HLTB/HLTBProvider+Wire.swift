extension HLTBProvider {
    /// HowLongToBeat's JSON shapes (search answer, session answer, game page data).
    enum Wire {
        /// `GET <search URL>/init` → token, plus the hp key/value pair the current protocol adds.
        struct SessionAnswer: Decodable, Sendable {
            var token: String?
            var hpKey: String?
            var hpVal: String?
        }

        /// The search answer; only `data` matters.
        struct SearchAnswer: Decodable, Sendable {
            var count: Int?
            var data: [Game]?
        }

        /// `__NEXT_DATA__`: `props.pageProps.game.data.game[0]`.
        struct GamePage: Decodable, Sendable {
            var props: Props?

            struct Props: Decodable, Sendable { var pageProps: PageProps? }
            struct PageProps: Decodable, Sendable { var game: GameHolder? }
            struct GameHolder: Decodable, Sendable { var data: GameData? }
            struct GameData: Decodable, Sendable { var game: [Game]? }
        }

        /// A game record; times are seconds (numbers that may come as decimals).
        struct Game: Decodable, Sendable {
            var gameID: Int
            var gameName: String?
            var gameAlias: String?
            var gameType: String?
            var gameImage: String?
            var compMain: Double?
            var compPlus: Double?
            var comp100: Double?
            var compAll: Double?
            var compLvlSP: Int?
            var compLvlCo: Int?
            var compLvlMP: Int?
            var reviewScore: Double?
            var profileDev: String?
            var profilePlatform: String?
            /// A year number in searches, a `YYYY-MM-DD` text on game pages.
            var releaseWorld: NumberOrText?

            enum CodingKeys: String, CodingKey {
                case gameID = "game_id"
                case gameName = "game_name"
                case gameAlias = "game_alias"
                case gameType = "game_type"
                case gameImage = "game_image"
                case compMain = "comp_main"
                case compPlus = "comp_plus"
                case comp100 = "comp_100"
                case compAll = "comp_all"
                case compLvlSP = "comp_lvl_sp"
                case compLvlCo = "comp_lvl_co"
                case compLvlMP = "comp_lvl_mp"
                case reviewScore = "review_score"
                case profileDev = "profile_dev"
                case profilePlatform = "profile_platform"
                case releaseWorld = "release_world"
            }
        }
    }
}
