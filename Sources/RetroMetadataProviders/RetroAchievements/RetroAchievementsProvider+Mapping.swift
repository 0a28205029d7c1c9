import Foundation
import RetroMetadataCore

extension RetroAchievementsProvider {
    /// Maps an extended record: box art → cover, title image → title screen, in-game image → screenshot,
    /// icon → icon.
    static func game(from record: Wire.ExtendedGame, mediaURL: String) -> Game {
        let companies = [record.publisher.nonEmpty, record.developer.nonEmpty].compactMap { $0 }
        let achievements = record.achievements?.values ?? []
        let metadata = GameMetadata(
            genres: (record.genre ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            companies: companies.reduce(into: []) { list, name in if !list.contains(name) { list.append(name) } },
            developer: record.developer.nonEmpty, publisher: record.publisher.nonEmpty,
            releaseDate: releaseDate(record.released, granularity: record.releasedAtGranularity),
            achievementCount: achievements.isEmpty ? record.numAchievements : achievements.count)
        var media: [MediaKind: [MediaAsset]] = [:]
        media[.cover] = asset(record.imageBoxArt, mediaURL)
        media[.titleScreen] = asset(record.imageTitle, mediaURL)
        media[.screenshot] = asset(record.imageIngame, mediaURL)
        media[.icon] = asset(record.imageIcon, mediaURL)
        let game = Game(
            name: record.title ?? "", ids: [.retroachievements: String(record.id ?? 0)], metadata: metadata,
            media: media.compactMapValues { $0 })
        return game.attributed(to: .retroachievements)
    }

    /// Maps a game list entry; the icon is its only image.
    static func searchResult(from record: Wire.ListedGame, mediaURL: String) -> SearchResult? {
        guard let name = record.title.nonEmpty else { return nil }
        return SearchResult(
            name: name, provider: .retroachievements, id: String(record.id),
            coverURL: asset(record.imageIcon, mediaURL)?.first?.url,
            platforms: [record.consoleName.nonEmpty].compactMap { $0 })
    }

    /// `Released` cut to its granularity (`1991-06-11` with `year` is just 1991).
    static func releaseDate(_ text: String?, granularity: String?) -> GameDate? {
        guard let text, let date = GameDate(parsing: text) else { return nil }
        switch granularity {
        case "year": return GameDate(year: date.year)
        case "month": return GameDate(year: date.year, month: date.month)
        default: return date
        }
    }

    /// A one-asset list for a media path; RetroAchievements' `000001.png` is its "no image" placeholder.
    private static func asset(_ path: String?, _ mediaURL: String) -> [MediaAsset]? {
        guard let path = path.nonEmpty, !path.hasSuffix("/000001.png") else { return nil }
        let url = path.hasPrefix("http") ? path : mediaURL + (path.hasPrefix("/") ? path : "/" + path)
        return [MediaAsset(url: url, provider: .retroachievements, format: MediaFormat.fromURL(url))]
    }
}
