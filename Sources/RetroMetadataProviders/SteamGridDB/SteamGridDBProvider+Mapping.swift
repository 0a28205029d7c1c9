import RetroMetadataCore

extension SteamGridDBProvider {
    /// Maps a game and its artwork: grids → cover (portrait first), first hero → fanart,
    /// the other heroes → banner, logos → wheel, icons → icon.
    static func game(from record: Wire.Game, artwork: Artwork) -> Game {
        let portraitFirst =
            artwork.grids.filter { ($0.height ?? 0) > ($0.width ?? 0) }
            + artwork.grids.filter { ($0.height ?? 0) <= ($0.width ?? 0) }
        var media: [MediaKind: [MediaAsset]] = [:]
        media[.cover] = assets(portraitFirst)
        media[.fanart] = assets(Array(artwork.heroes.prefix(1)))
        media[.banner] = assets(Array(artwork.heroes.dropFirst()))
        media[.wheel] = assets(artwork.logos)
        media[.icon] = assets(artwork.icons)
        let game = Game(
            name: record.name ?? "", ids: [.steamgriddb: String(record.id)],
            metadata: GameMetadata(releaseDate: record.releaseDate.flatMap(releaseDate)),
            media: media.filter { !$0.value.isEmpty })
        return game.attributed(to: .steamgriddb)
    }

    /// Maps an autocomplete hit; `nil` when it has no name.
    static func searchResult(from record: Wire.Game) -> SearchResult? {
        guard let name = record.name.nonEmpty else { return nil }
        return SearchResult(
            name: name, provider: .steamgriddb, id: String(record.id),
            releaseYear: record.releaseDate.flatMap(releaseDate)?.year)
    }

    /// Release dates are Unix seconds; 0 and negatives mean unknown.
    private static func releaseDate(_ seconds: Int64) -> GameDate? {
        seconds > 0 ? GameDate.utc(unixSeconds: seconds) : nil
    }

    private static func assets(_ images: [Wire.Image]) -> [MediaAsset] {
        images.compactMap { image in
            image.url.nonEmpty.map { url in
                MediaAsset(
                    url: url, provider: .steamgriddb, language: image.language.nonEmpty,
                    format: format(mime: image.mime) ?? MediaFormat.fromURL(url), width: image.width,
                    height: image.height)
            }
        }
    }

    /// The file extension for a MIME type SteamGridDB uses.
    static func format(mime: String?) -> String? {
        switch mime {
        case "image/png": "png"
        case "image/jpeg": "jpg"
        case "image/webp": "webp"
        case "image/vnd.microsoft.icon": "ico"
        default: nil
        }
    }
}
