import RetroMetadataCore

extension MobyGamesProvider {
    /// Maps a game record into a `Game` (pure).
    static func game(from record: Wire.Game) -> Game {
        let metadata = GameMetadata(
            summary: record.description.flatMap(HTMLText.plain).nonEmpty,
            genres: (record.genres ?? []).compactMap { $0.genreName.nonEmpty }.uniqued(),
            releaseDate: (record.platforms ?? []).compactMap { $0.firstReleaseDate.flatMap(GameDate.init(parsing:)) }
                .min(),
            rating: record.mobyScore.flatMap { $0 > 0 ? min($0 / 10, 1) : nil },
            alternativeNames: (record.alternateTitles ?? []).compactMap { $0.title.nonEmpty }.uniqued())
        var media: [MediaKind: [MediaAsset]] = [:]
        media[.cover] = [record.sampleCover].compactMap { $0.flatMap(asset) }
        media[.screenshot] = (record.sampleScreenshots ?? []).compactMap(asset)
        let game = Game(
            name: record.title ?? "", ids: [.mobygames: String(record.gameID)], metadata: metadata,
            media: media.filter { !$0.value.isEmpty })
        return game.attributed(to: .mobygames)
    }

    /// Maps a search hit; `nil` without a title.
    static func searchResult(from record: Wire.Game) -> SearchResult? {
        guard let title = record.title.nonEmpty else { return nil }
        return SearchResult(
            name: title, provider: .mobygames, id: String(record.gameID), coverURL: record.sampleCover?.image.nonEmpty,
            platforms: (record.platforms ?? []).compactMap { $0.platformName.nonEmpty },
            releaseYear: record.platforms?.first?.firstReleaseDate.flatMap(GameDate.init(parsing:))?.year)
    }

    private static func asset(_ image: Wire.Image) -> MediaAsset? {
        guard let url = image.image.nonEmpty else { return nil }
        return MediaAsset(
            url: url, provider: .mobygames, format: MediaFormat.fromURL(url), width: image.width, height: image.height)
    }
}
