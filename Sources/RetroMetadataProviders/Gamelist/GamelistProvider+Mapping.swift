import Foundation
import RetroMetadataCore

extension GamelistProvider {
    /// The `Game` for a gamelist entry: its fields, and its media files from every layout.
    func game(_ record: Record, match: MatchInfo?) -> Game {
        let entry = record.entry
        var metadata = GameMetadata(
            summary: entry.summary, developer: entry.developer, publisher: entry.publisher,
            releaseDate: entry.releaseDate, players: entry.players, rating: entry.rating)
        metadata.genres = (entry.genre ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        metadata.companies = [entry.developer, entry.publisher].compactMap { $0 }.uniqued()
        if let region = entry.region { metadata.regions = [region] }
        if let language = entry.language { metadata.languages = language.split(separator: ",").map(String.init) }
        let name = entry.name ?? RomName(parsing: record.fileName).name
        return Game(
            name: name, platform: record.source.system, ids: [.gamelist: Self.id(record)],
            metadata: metadata, media: media.media(for: entry, in: record.source), match: match
        ).attributed(to: .gamelist)
    }
}
