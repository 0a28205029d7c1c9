import Foundation

extension IGDBProvider {
    /// An IGDB Apicalypse query body: `search "…"; fields …; where …; limit …;`.
    struct Apicalypse: Sendable, Hashable {
        var search: String?
        var fields: [String]
        var `where`: String?
        var limit: Int

        init(search: String? = nil, fields: [String], where clause: String? = nil, limit: Int) {
            self.search = search
            self.fields = fields
            self.where = clause
            self.limit = limit
        }

        /// The body text; quotes and backslashes in the search term are escaped.
        var text: String {
            var clauses: [String] = []
            if let search {
                let escaped = search.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"")
                clauses.append("search \"\(escaped)\";")
            }
            clauses.append("fields \(fields.joined(separator: ","));")
            if let clause = `where` { clauses.append("where \(clause);") }
            clauses.append("limit \(max(1, min(limit, 500)));")
            return clauses.joined(separator: " ")
        }
    }

    static let searchFields = ["id", "name", "slug", "cover.url", "platforms.name", "first_release_date"]

    static let gameFields: [String] = {
        let related = ["expansions", "expanded_games", "dlcs", "remakes", "remasters", "ports", "similar_games"]
            .flatMap { relation in ["id", "name", "slug", "cover.url"].map { "\(relation).\($0)" } }
        return [
            "id", "name", "slug", "summary", "total_rating", "aggregated_rating", "first_release_date", "cover.url",
            "screenshots.url", "artworks.url", "platforms.id", "platforms.name", "alternative_names.name",
            "genres.name", "franchise.name", "franchises.name", "collections.name", "game_modes.name",
            "involved_companies.company.name", "involved_companies.developer", "involved_companies.publisher",
            "age_ratings.rating_category", "videos.video_id",
        ] + related
    }()
}
