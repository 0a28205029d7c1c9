import Foundation
import RetroMetadataCore

extension IGDBProvider {
    /// Maps a `games` record into a `Game` (pure; no I/O).
    static func game(from record: Wire.Game) -> Game {
        let companies = record.involvedCompanies ?? []
        let metadata = GameMetadata(
            summary: record.summary.nonEmpty,
            genres: names(record.genres),
            franchises: (names(record.franchise.map { [$0] }) + names(record.franchises)).uniqued(),
            collections: names(record.collections),
            companies: companies.compactMap { $0.company?.name.nonEmpty }.uniqued(),
            developer: companies.first { $0.developer == true }?.company?.name.nonEmpty,
            publisher: companies.first { $0.publisher == true }?.company?.name.nonEmpty,
            releaseDate: record.firstReleaseDate.map(utcDate),
            rating: record.totalRating.flatMap { $0 > 0 ? $0 / 100 : nil },
            criticRating: record.aggregatedRating.flatMap { $0 > 0 ? $0 / 100 : nil },
            ageRatings: (record.ageRatings ?? []).compactMap { $0.ratingCategory.flatMap(ageRating) },
            alternativeNames: names(record.alternativeNames),
            gameModes: names(record.gameModes),
            relatedGames: relatedGames(record),
            youtubeVideoID: record.videos?.first?.videoID.nonEmpty)
        var media: [MediaKind: [MediaAsset]] = [:]
        media[.cover] = assets([record.cover].compactMap { $0 }, size: "t_1080p")
        media[.screenshot] = assets(record.screenshots ?? [], size: "t_720p")
        media[.fanart] = assets(record.artworks ?? [], size: "t_1080p")
        let game = Game(
            name: record.name ?? "", ids: [.igdb: String(record.id)], slug: record.slug.nonEmpty,
            metadata: metadata, media: media.filter { !$0.value.isEmpty })
        return game.attributed(to: .igdb)
    }

    /// Maps a search hit; `nil` when it has no name.
    static func searchResult(from record: Wire.Game) -> SearchResult? {
        guard let name = record.name.nonEmpty else { return nil }
        return SearchResult(
            name: name, provider: .igdb, id: String(record.id), slug: record.slug.nonEmpty,
            coverURL: record.cover?.url.flatMap { imageURL($0, size: "t_cover_big") },
            platforms: names(record.platforms), releaseYear: record.firstReleaseDate.map { utcDate($0).year })
    }

    /// An IGDB image URL made absolute (https) at the size token `size`.
    static func imageURL(_ url: String, size: String) -> String {
        let absolute = url.hasPrefix("//") ? "https:" + url : url
        return absolute.replacingOccurrences(of: "/t_thumb/", with: "/\(size)/")
    }

    private static func assets(_ images: [Wire.Image], size: String) -> [MediaAsset] {
        images.compactMap { $0.url.nonEmpty }.map { url in
            let full = imageURL(url, size: size)
            return MediaAsset(url: full, provider: .igdb, format: MediaFormat.fromURL(full))
        }
    }

    private static func names(_ records: [Wire.Named]?) -> [String] {
        (records ?? []).compactMap { $0.name.nonEmpty }
    }

    private static func relatedGames(_ record: Wire.Game) -> [RelatedGame] {
        let groups: [([Wire.Related]?, RelatedGame.Relation)] = [
            (record.expansions, .expansion), (record.dlcs, .dlc), (record.remasters, .remaster),
            (record.remakes, .remake), (record.expandedGames, .expanded), (record.ports, .port),
            (record.similarGames, .similar),
        ]
        return groups.flatMap { list, relation in
            (list ?? []).compactMap { item in
                item.name.nonEmpty.map { (name: String) in
                    RelatedGame(id: String(item.id), name: name, relation: relation, provider: .igdb)
                }
            }
        }
    }

    static func utcDate(_ seconds: Int64) -> GameDate { GameDate.utc(unixSeconds: seconds) }

}

extension Optional where Wrapped == String {
    /// The string when present and not empty.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
