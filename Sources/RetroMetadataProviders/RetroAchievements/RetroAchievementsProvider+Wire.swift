extension RetroAchievementsProvider {
    /// RetroAchievements' JSON shapes (web API, PascalCase keys).
    enum Wire {
        /// One entry of `API_GetGameList.php`.
        struct ListedGame: Decodable, Sendable {
            var id: Int
            var title: String?
            var consoleID: Int?
            var consoleName: String?
            var imageIcon: String?
            var numAchievements: Int?
            /// ROM MD5s (only with `h=1`).
            var hashes: [String]?

            enum CodingKeys: String, CodingKey {
                case id = "ID"
                case title = "Title"
                case consoleID = "ConsoleID"
                case consoleName = "ConsoleName"
                case imageIcon = "ImageIcon"
                case numAchievements = "NumAchievements"
                case hashes = "Hashes"
            }
        }

        /// `API_GetGameExtended.php` answers an object, or `[]` for an unknown id.
        struct ExtendedAnswer: Decodable, Sendable {
            var game: ExtendedGame?

            init(from decoder: any Decoder) throws {
                if (try? decoder.singleValueContainer().decode([ExtendedGame].self)) != nil {
                    game = nil
                } else {
                    let record = try ExtendedGame(from: decoder)
                    game = record.id == nil ? nil : record
                }
            }
        }

        /// A game's extended record.
        struct ExtendedGame: Decodable, Sendable {
            var id: Int?
            var title: String?
            var consoleID: Int?
            var consoleName: String?
            var imageIcon: String?
            var imageTitle: String?
            var imageIngame: String?
            var imageBoxArt: String?
            var publisher: String?
            var developer: String?
            var genre: String?
            var released: String?
            /// `day`, `month` or `year`: how much of `Released` is meaningful.
            var releasedAtGranularity: String?
            var numAchievements: Int?
            var numDistinctPlayers: Int?
            /// Keyed by achievement id; PHP sends `[]` when there are none.
            var achievements: KeyedOrList<Achievement>?

            enum CodingKeys: String, CodingKey {
                case id = "ID"
                case title = "Title"
                case consoleID = "ConsoleID"
                case consoleName = "ConsoleName"
                case imageIcon = "ImageIcon"
                case imageTitle = "ImageTitle"
                case imageIngame = "ImageIngame"
                case imageBoxArt = "ImageBoxArt"
                case publisher = "Publisher"
                case developer = "Developer"
                case genre = "Genre"
                case released = "Released"
                case releasedAtGranularity = "ReleasedAtGranularity"
                case numAchievements = "NumAchievements"
                case numDistinctPlayers = "NumDistinctPlayers"
                case achievements = "Achievements"
            }
        }

        /// One achievement (only what the mapping needs).
        struct Achievement: Decodable, Sendable {
            var id: Int?
            var title: String?
            var points: Int?

            enum CodingKeys: String, CodingKey {
                case id = "ID"
                case title = "Title"
                case points = "Points"
            }
        }

        /// An error body: `{"message": ..., "errors": ...}` (the errors' shape varies, so only the message is read).
        struct Failure: Decodable, Sendable {
            var message: String?

            var summary: String? { message }
        }
    }
}
