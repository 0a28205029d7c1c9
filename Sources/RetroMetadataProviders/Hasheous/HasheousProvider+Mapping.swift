import Foundation
import RetroMetadataCore

extension HasheousProvider {
    /// Maps a lookup: the signature name, ids from the mapped IGDB/TheGamesDB/RetroAchievements links,
    /// the IGDB slug, and the `Logo` image (the game's cover art) as cover. `nil` when nothing was identified.
    static func game(from lookup: Wire.Lookup, siteURL: String) -> Game? {
        let firstSignature = lookup.signatures?.sorted { $0.key < $1.key }.first?.value.first?.game
        guard let name = lookup.name.nonEmpty ?? firstSignature?.name.nonEmpty else { return nil }
        var ids: [ProviderKey: String] = [:]
        ids[.hasheous] = lookup.id.map(\.text).nonEmpty
        var slug: String?
        for link in lookup.metadata ?? [] {
            guard let source = link.source, let key = crossReferences[source], let id = link.immutableId.nonEmpty
            else { continue }
            ids[key] = ids[key] ?? id
            if key == .igdb { slug = slug ?? link.id.nonEmpty }
        }
        var media: [MediaKind: [MediaAsset]] = [:]
        let logos = (lookup.attributes ?? []).filter { $0.attributeName == "Logo" }.compactMap { $0.link.nonEmpty }
        let covers = logos.map { link in link.hasPrefix("/") ? siteURL + link : link }
        if !covers.isEmpty { media[.cover] = covers.map { MediaAsset(url: $0, provider: .hasheous) } }
        var game = Game(name: name, ids: ids, slug: slug, media: media).attributed(to: .hasheous)
        game.match = MatchInfo(provider: .hasheous, score: 1, type: .hash)
        return game
    }
}

extension HasheousProvider {
    /// The lookup's game with the proxied IGDB record mapped exactly as the IGDB provider maps its own answers;
    /// the lookup's ids and cover are kept, and every field is attributed to Hasheous, which served it.
    static func merge(_ record: Wire.ProxyGame, into lookup: Game) -> Game {
        let igdb = IGDBProvider.Wire.Game(
            id: record.id, name: record.name, slug: record.slug, summary: record.summary,
            totalRating: record.totalRating, aggregatedRating: record.aggregatedRating,
            firstReleaseDate: record.firstReleaseDate.flatMap(unixSeconds), cover: record.cover,
            screenshots: record.screenshots?.values, artworks: record.artworks?.values,
            platforms: record.platforms?.values, alternativeNames: record.alternativeNames?.values,
            genres: record.genres?.values, franchises: record.franchises?.values,
            collections: record.collections?.values, gameModes: record.gameModes?.values,
            ageRatings: record.ageRatings?.values, videos: record.videos?.values,
            expandedGames: record.expandedGames?.values, dlcs: record.dlcs?.values, remakes: record.remakes?.values,
            ports: record.ports?.values, similarGames: record.similarGames?.values)
        var game = IGDBProvider.game(from: igdb)
        game.name = lookup.name
        game.ids.merge(lookup.ids) { proxied, _ in proxied }
        game.slug = game.slug ?? lookup.slug
        if game.media[.cover] == nil { game.media[.cover] = lookup.media[.cover] }
        game.match = lookup.match
        game.sources = [:]
        return game.attributed(to: .hasheous)
    }

    /// Unix seconds from the proxy's ISO-8601 text (or a plain number of seconds).
    static func unixSeconds(_ value: NumberOrText) -> Int64? {
        if let seconds = Int64(value.text) { return seconds }
        return (try? Date(value.text, strategy: .iso8601)).map { Int64($0.timeIntervalSince1970) }
    }
}
