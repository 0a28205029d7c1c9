import RetroMetadataCore

extension FlashpointProvider {
    /// The `Game` for an entry: description, dates, tags as genres, companies, series, play mode and images.
    func game(_ entry: FlashpointGame, match: MatchInfo?) -> Game {
        var metadata = GameMetadata(
            summary: entry.originalDescription, genres: entry.tags, developer: entry.developer,
            publisher: entry.publisher, releaseDate: entry.releaseDate.flatMap { GameDate(parsing: $0) })
        metadata.companies = [entry.developer, entry.publisher].compactMap { $0 }.uniqued()
        metadata.franchises = entry.series.map { [$0] } ?? []
        metadata.gameModes = entry.playMode.map { [$0] } ?? []
        metadata.alternativeNames = FlashpointGame.split(entry.alternateTitles)
        metadata.languages = entry.language.map { FlashpointGame.split($0) } ?? []
        var media: [MediaKind: [MediaAsset]] = [:]
        if let logo = imageURL("Logos", entry.id) {
            media[.cover] = [MediaAsset(url: logo, provider: .flashpoint, format: "jpg")]
        }
        if let screenshot = imageURL("Screenshots", entry.id) {
            media[.screenshot] = [MediaAsset(url: screenshot, provider: .flashpoint, format: "jpg")]
        }
        return Game(
            name: entry.title, platform: "browser", ids: [.flashpoint: entry.id], slug: entry.id, metadata: metadata,
            media: media, match: match
        ).attributed(to: .flashpoint)
    }
}
