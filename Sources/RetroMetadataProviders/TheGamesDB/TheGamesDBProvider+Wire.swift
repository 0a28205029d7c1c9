extension TheGamesDBProvider {
    /// TheGamesDB JSON shapes (v1).
    enum Wire {
        /// Every answer: data, includes and the monthly allowance counters.
        struct Answer: Decodable, Sendable {
            var data: GamesData?
            var include: Include?
            var remainingMonthlyAllowance: Int?
            var extraAllowance: Int?
            var allowanceRefreshTimer: Int?

            enum CodingKeys: String, CodingKey {
                case data, include
                case remainingMonthlyAllowance = "remaining_monthly_allowance"
                case extraAllowance = "extra_allowance"
                case allowanceRefreshTimer = "allowance_refresh_timer"
            }
        }

        /// `data` of the game endpoints; `games` is a list, or an object keyed by id on some mirrors.
        struct GamesData: Decodable, Sendable {
            var games: [Game]

            enum CodingKeys: String, CodingKey { case games }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                if let list = try? container.decodeIfPresent([Game].self, forKey: .games) {
                    games = list
                } else if let keyed = try? container.decodeIfPresent([String: Game].self, forKey: .games) {
                    games = keyed.sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
                } else {
                    games = []
                }
            }
        }

        /// A game; genres, developers and publishers are ids.
        struct Game: Decodable, Sendable {
            var id: Int?
            var gameTitle: String?
            var releaseDate: String?
            var platform: Int?
            var players: Int?
            var overview: String?
            var rating: String?
            var youtube: String?
            var alternates: [String]?
            var genres: [Int]?
            var developers: [Int]?
            var publishers: [Int]?

            enum CodingKeys: String, CodingKey {
                case id
                case gameTitle = "game_title"
                case releaseDate = "release_date"
                case platform, players, overview, rating, youtube, alternates, genres, developers, publishers
            }
        }

        /// `include`: box art and platform names.
        struct Include: Decodable, Sendable {
            var boxart: Boxart?
            var platform: Platforms?
        }

        /// Box art by game id, with the URL roots per size.
        struct Boxart: Decodable, Sendable {
            var baseURL: BaseURL?
            var data: [String: [Image]]?

            enum CodingKeys: String, CodingKey {
                case baseURL = "base_url"
                case data
            }
        }

        /// URL roots of image sizes.
        struct BaseURL: Decodable, Sendable {
            var original: String?
            var thumb: String?
        }

        /// One box image.
        struct Image: Decodable, Sendable {
            var side: String?
            var filename: String?
        }

        /// Platforms by id.
        struct Platforms: Decodable, Sendable {
            var data: [String: Named]?
        }

        /// An id and a name (platforms, genres).
        struct Named: Decodable, Sendable {
            var id: Int?
            var name: String?
        }

        /// The answer of `/Genres`, `/Developers` or `/Publishers`: `data.<table> {"<id>": {id, name}}`.
        struct NameTable: Decodable, Sendable {
            var names: [Int: String]

            private struct AnyKey: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }

            init(from decoder: any Decoder) throws {
                let root = try decoder.container(keyedBy: AnyKey.self)
                let data = try root.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(stringValue: "data"))
                names = [:]
                // The table sits under a key named after it (`genres`, `developers`, ...) beside `count`.
                for key in data.allKeys {
                    guard let table = try? data.decode([String: Named].self, forKey: key) else { continue }
                    for entry in table.values {
                        if let id = entry.id, let name = entry.name { names[id] = name }
                    }
                }
            }
        }
    }
}
