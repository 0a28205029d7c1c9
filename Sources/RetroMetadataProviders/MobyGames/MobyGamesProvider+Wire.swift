extension MobyGamesProvider {
    /// MobyGames JSON shapes (`normal` format).
    enum Wire {
        /// The `/games` answer.
        struct GameList: Decodable, Sendable {
            var games: [Game]?
        }

        /// A game.
        struct Game: Decodable, Sendable {
            var gameID: Int
            var title: String?
            var description: String?
            var mobyScore: Double?
            var alternateTitles: [AlternateTitle]?
            var genres: [Genre]?
            var platforms: [Platform]?
            var sampleCover: Image?
            var sampleScreenshots: [Image]?

            enum CodingKeys: String, CodingKey {
                case gameID = "game_id"
                case title, description
                case mobyScore = "moby_score"
                case alternateTitles = "alternate_titles"
                case genres, platforms
                case sampleCover = "sample_cover"
                case sampleScreenshots = "sample_screenshots"
            }
        }

        /// Another title and where it is used.
        struct AlternateTitle: Decodable, Sendable {
            var title: String?
        }

        /// A genre of any category (basic, perspective, setting...).
        struct Genre: Decodable, Sendable {
            var genreName: String?
            var genreCategory: String?

            enum CodingKeys: String, CodingKey {
                case genreName = "genre_name"
                case genreCategory = "genre_category"
            }
        }

        /// A platform release; dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        struct Platform: Decodable, Sendable {
            var platformName: String?
            var firstReleaseDate: String?

            enum CodingKeys: String, CodingKey {
                case platformName = "platform_name"
                case firstReleaseDate = "first_release_date"
            }
        }

        /// A cover or screenshot.
        struct Image: Decodable, Sendable {
            var image: String?
            var width: Int?
            var height: Int?
        }
    }
}
