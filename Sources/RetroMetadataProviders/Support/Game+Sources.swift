import RetroMetadataCore

extension Game {
    /// The game with `provider` recorded as the source of every field that has a value.
    func attributed(to provider: ProviderKey) -> Game {
        var game = self
        let m = metadata
        let filled: [(GameField, Bool)] = [
            (.name, !name.isEmpty), (.summary, m.summary != nil), (.genres, !m.genres.isEmpty),
            (.franchises, !m.franchises.isEmpty), (.collections, !m.collections.isEmpty),
            (.companies, !m.companies.isEmpty), (.developer, m.developer != nil), (.publisher, m.publisher != nil),
            (.releaseDate, m.releaseDate != nil), (.players, m.players != nil), (.rating, m.rating != nil),
            (.criticRating, m.criticRating != nil), (.ageRatings, !m.ageRatings.isEmpty),
            (.alternativeNames, !m.alternativeNames.isEmpty), (.gameModes, !m.gameModes.isEmpty),
            (.relatedGames, !m.relatedGames.isEmpty), (.achievementCount, m.achievementCount != nil),
            (.completionTimes, m.completionTimes != nil), (.youtubeVideoID, m.youtubeVideoID != nil),
            (.regions, !m.regions.isEmpty), (.languages, !m.languages.isEmpty),
        ]
        for (field, present) in filled where present { game.sources[field] = provider }
        return game
    }
}
