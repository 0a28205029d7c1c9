import Foundation
import RetroMetadataCore

extension TheGamesDBProvider {
    /// Maps a game and the answer's box art into a `Game`; `names` are the record's ids resolved (pure).
    static func game(from record: Wire.Game, answer: Wire.Answer, names: ResolvedNames = ResolvedNames()) -> Game {
        let metadata = GameMetadata(
            summary: record.overview.nonEmpty,
            genres: names.genres,
            companies: (names.publishers + names.developers).uniqued(),
            developer: names.developers.first,
            publisher: names.publishers.first,
            releaseDate: record.releaseDate.flatMap(GameDate.init(parsing:)),
            players: record.players.flatMap { $0 > 0 ? PlayerCount($0) : nil },
            ageRatings: [record.rating.flatMap(esrbRating)].compactMap { $0 },
            alternativeNames: (record.alternates ?? []).filter { !$0.isEmpty && $0 != record.gameTitle }.uniqued(),
            youtubeVideoID: record.youtube.nonEmpty)
        var media: [MediaKind: [MediaAsset]] = [:]
        media[.cover] = boxArt(record, answer, side: "front", root: \.original)
        media[.boxBack] = boxArt(record, answer, side: "back", root: \.original)
        let game = Game(
            name: record.gameTitle ?? "", ids: [.thegamesdb: record.id.map(String.init) ?? ""], metadata: metadata,
            media: media.filter { !$0.value.isEmpty })
        return game.attributed(to: .thegamesdb)
    }

    /// Genre, developer and publisher names for one game (TheGamesDB sends only ids).
    struct ResolvedNames: Sendable {
        var genres: [String] = []
        var developers: [String] = []
        var publishers: [String] = []
    }

    /// Maps a search hit; platform names come from `include.platform` when present, else the platform id.
    static func searchResult(from record: Wire.Game, answer: Wire.Answer) -> SearchResult? {
        guard let id = record.id, let title = record.gameTitle.nonEmpty else { return nil }
        let platform = record.platform.map { id in answer.include?.platform?.data?[String(id)]?.name ?? String(id) }
        return SearchResult(
            name: title, provider: .thegamesdb, id: String(id),
            coverURL: boxArt(record, answer, side: "front", root: \.thumb).first?.url,
            platforms: [platform].compactMap { $0 },
            releaseYear: record.releaseDate.flatMap(GameDate.init(parsing:))?.year)
    }

    /// `E - Everyone` → ESRB `E`; `Not Rated` and unknown texts give nothing.
    static func esrbRating(_ text: String) -> AgeRating? {
        let code = text.components(separatedBy: " - ").first?.trimmingCharacters(in: .whitespaces) ?? ""
        let known = ["EC", "E", "E10+", "T", "M", "AO", "RP"]
        return known.contains(code) ? AgeRating(board: "ESRB", rating: code) : nil
    }

    private static func boxArt(
        _ record: Wire.Game, _ answer: Wire.Answer, side: String, root: KeyPath<Wire.BaseURL, String?>
    ) -> [MediaAsset] {
        guard let id = record.id, let boxart = answer.include?.boxart,
            let base = boxart.baseURL?[keyPath: root] ?? boxart.baseURL?.original
        else { return [] }
        return (boxart.data?[String(id)] ?? []).filter { $0.side == side }.compactMap { image in
            image.filename.nonEmpty.map { file in
                let url = base + file
                return MediaAsset(url: url, provider: .thegamesdb, format: MediaFormat.fromURL(url))
            }
        }
    }
}
