extension ScreenScraperProvider {
    /// ScreenScraper's JSON shapes (api2, `output=json`); numbers arrive as strings.
    enum Wire {
        /// The envelope of every answer.
        struct Envelope: Decodable, Sendable {
            var response: Response?
        }

        /// The `response` object.
        struct Response: Decodable, Sendable {
            var jeu: Game?
            var jeux: [Game]?
            var ssuser: User?
        }

        /// A game (`jeu`).
        struct Game: Decodable, Sendable {
            var id: LenientString?
            var noms: [Regional]?
            var systeme: Labeled?
            var editeur: Labeled?
            var developpeur: Labeled?
            var joueurs: Labeled?
            var note: Labeled?
            var synopsis: [Localized]?
            var dates: [Regional]?
            var genres: [Category]?
            var modes: [Category]?
            var familles: [Category]?
            var medias: [Media]?
        }

        /// A text for a region (`noms`, `dates`).
        struct Regional: Decodable, Sendable {
            var region: String?
            var text: String?
        }

        /// A text in a language (`synopsis`, category names).
        struct Localized: Decodable, Sendable {
            var langue: String?
            var text: String?
        }

        /// An id with a display text (`systeme`, `editeur`, `joueurs`, `note`).
        struct Labeled: Decodable, Sendable {
            var id: LenientString?
            var text: String?
        }

        /// A genre, mode or family with names in several languages.
        struct Category: Decodable, Sendable {
            var noms: [Localized]?
        }

        /// One media file.
        struct Media: Decodable, Sendable {
            var type: String?
            var parent: String?
            var url: String?
            var region: String?
            var format: String?
        }

        /// The account's limits and usage (all strings in the API).
        struct User: Decodable, Sendable {
            var maxthreads: LenientString?
            var requeststoday: LenientString?
            var maxrequestsperday: LenientString?
            var requestskotoday: LenientString?
            var maxrequestskoperday: LenientString?
        }
    }
}
