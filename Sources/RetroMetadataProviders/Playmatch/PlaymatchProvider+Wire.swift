extension PlaymatchProvider {
    /// Playmatch's JSON shapes (`/identify/ids`).
    enum Wire {
        /// The answer: how it matched, its own id, and other databases' ids.
        struct Answer: Decodable, Sendable {
            /// `SHA256`, `SHA1`, `MD5`, `CRC`, `FileNameAndSize` or `NoMatch`.
            var gameMatchType: String?
            /// Playmatch's UUID, `null` without a match.
            var id: String?
            /// Omitted when empty.
            var externalMetadata: [External]?
        }

        /// Another database's id for the game.
        struct External: Decodable, Sendable {
            var providerName: String?
            var providerId: String?
            /// `Automatic`, `Manual`, `Failed` or `None`.
            var matchType: String?
        }
    }
}
