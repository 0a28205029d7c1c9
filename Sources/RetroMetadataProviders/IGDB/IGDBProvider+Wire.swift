extension IGDBProvider {
    /// IGDB's JSON shapes; every field optional because IGDB only returns what was asked for and has.
    enum Wire {
        /// The Twitch OAuth answer.
        struct Token: Decodable, Sendable {
            /// The bearer token.
            var accessToken: String
            /// Lifetime in seconds.
            var expiresIn: Int64

            enum CodingKeys: String, CodingKey {
                case accessToken = "access_token"
                case expiresIn = "expires_in"
            }
        }

        /// A `games` record.
        struct Game: Decodable, Sendable {
            var id: Int
            var name: String?
            var slug: String?
            var summary: String?
            var totalRating: Double?
            var aggregatedRating: Double?
            var firstReleaseDate: Int64?
            var cover: Image?
            var screenshots: [Image]?
            var artworks: [Image]?
            var platforms: [Named]?
            var alternativeNames: [Named]?
            var genres: [Named]?
            var franchise: Named?
            var franchises: [Named]?
            var collections: [Named]?
            var gameModes: [Named]?
            var involvedCompanies: [InvolvedCompany]?
            var ageRatings: [AgeRating]?
            var videos: [Video]?
            var expansions: [Related]?
            var expandedGames: [Related]?
            var dlcs: [Related]?
            var remakes: [Related]?
            var remasters: [Related]?
            var ports: [Related]?
            var similarGames: [Related]?

            enum CodingKeys: String, CodingKey {
                case id, name, slug, summary
                case totalRating = "total_rating"
                case aggregatedRating = "aggregated_rating"
                case firstReleaseDate = "first_release_date"
                case cover, screenshots, artworks, platforms
                case alternativeNames = "alternative_names"
                case genres, franchise, franchises, collections
                case gameModes = "game_modes"
                case involvedCompanies = "involved_companies"
                case ageRatings = "age_ratings"
                case videos, expansions
                case expandedGames = "expanded_games"
                case dlcs, remakes, remasters, ports
                case similarGames = "similar_games"
            }
        }

        /// An image reference (`//images.igdb.com/.../t_thumb/<id>.jpg`).
        struct Image: Decodable, Sendable {
            var url: String?
        }

        /// Any record with an id and a name.
        struct Named: Decodable, Sendable {
            var id: Int?
            var name: String?
        }

        /// A company's part in a game.
        struct InvolvedCompany: Decodable, Sendable {
            var company: Named?
            var developer: Bool?
            var publisher: Bool?
        }

        /// An age rating; `rating_category` encodes board and value together.
        struct AgeRating: Decodable, Sendable {
            var ratingCategory: Int?

            enum CodingKeys: String, CodingKey {
                case ratingCategory = "rating_category"
            }
        }

        /// A video; `video_id` is a YouTube id.
        struct Video: Decodable, Sendable {
            var videoID: String?

            enum CodingKeys: String, CodingKey {
                case videoID = "video_id"
            }
        }

        /// A related game (expansion, remake, port, similar...).
        struct Related: Decodable, Sendable {
            var id: Int
            var name: String?
            var slug: String?
        }
    }
}
