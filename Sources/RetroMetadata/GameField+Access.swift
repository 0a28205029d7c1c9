import RetroMetadataCore

extension GameField {
    /// Whether `game` has a value for this field.
    func isSet(in game: Game) -> Bool {
        let m = game.metadata
        return switch self {
        case .name: !game.name.isEmpty
        case .summary: m.summary != nil
        case .genres: !m.genres.isEmpty
        case .franchises: !m.franchises.isEmpty
        case .collections: !m.collections.isEmpty
        case .companies: !m.companies.isEmpty
        case .developer: m.developer != nil
        case .publisher: m.publisher != nil
        case .releaseDate: m.releaseDate != nil
        case .players: m.players != nil
        case .rating: m.rating != nil
        case .criticRating: m.criticRating != nil
        case .ageRatings: !m.ageRatings.isEmpty
        case .alternativeNames: !m.alternativeNames.isEmpty
        case .gameModes: !m.gameModes.isEmpty
        case .relatedGames: !m.relatedGames.isEmpty
        case .achievementCount: m.achievementCount != nil
        case .completionTimes: m.completionTimes != nil
        case .youtubeVideoID: m.youtubeVideoID != nil
        case .regions: !m.regions.isEmpty
        case .languages: !m.languages.isEmpty
        }
    }

    /// Copies this field's value from `source` into `target`.
    func copy(from source: Game, into target: inout Game) {
        let m = source.metadata
        switch self {
        case .name: target.name = source.name
        case .summary: target.metadata.summary = m.summary
        case .genres: target.metadata.genres = m.genres
        case .franchises: target.metadata.franchises = m.franchises
        case .collections: target.metadata.collections = m.collections
        case .companies: target.metadata.companies = m.companies
        case .developer: target.metadata.developer = m.developer
        case .publisher: target.metadata.publisher = m.publisher
        case .releaseDate: target.metadata.releaseDate = m.releaseDate
        case .players: target.metadata.players = m.players
        case .rating: target.metadata.rating = m.rating
        case .criticRating: target.metadata.criticRating = m.criticRating
        case .ageRatings: target.metadata.ageRatings = m.ageRatings
        case .alternativeNames: target.metadata.alternativeNames = m.alternativeNames
        case .gameModes: target.metadata.gameModes = m.gameModes
        case .relatedGames: target.metadata.relatedGames = m.relatedGames
        case .achievementCount: target.metadata.achievementCount = m.achievementCount
        case .completionTimes: target.metadata.completionTimes = m.completionTimes
        case .youtubeVideoID: target.metadata.youtubeVideoID = m.youtubeVideoID
        case .regions: target.metadata.regions = m.regions
        case .languages: target.metadata.languages = m.languages
        }
    }
}
