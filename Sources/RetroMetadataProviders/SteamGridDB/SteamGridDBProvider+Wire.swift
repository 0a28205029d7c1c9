extension SteamGridDBProvider {
    /// SteamGridDB's JSON shapes (API v2).
    enum Wire {
        /// Every answer: `{"success": Bool, "data": ..., "errors": [String]}`.
        struct Envelope<Value: Decodable & Sendable>: Decodable, Sendable {
            var success: Bool?
            var data: Value?
            var errors: [String]?
        }

        /// A game from autocomplete or `/games/id/<id>`.
        struct Game: Decodable, Sendable {
            var id: Int
            var name: String?
            var types: [String]?
            var verified: Bool?
            /// Unix seconds.
            var releaseDate: Int64?

            enum CodingKeys: String, CodingKey {
                case id, name, types, verified
                case releaseDate = "release_date"
            }
        }

        /// A grid, hero, logo or icon.
        struct Image: Decodable, Sendable {
            var id: Int?
            var url: String?
            var thumb: String?
            var width: Int?
            var height: Int?
            var mime: String?
            var style: String?
            var language: String?
            var nsfw: Bool?
            var humor: Bool?
            var epilepsy: Bool?
        }
    }
}
