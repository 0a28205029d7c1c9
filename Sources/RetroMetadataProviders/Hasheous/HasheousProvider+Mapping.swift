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
