import Foundation
import RetroMetadataCore

extension HLTBProvider {
    /// Maps a record: completion times (seconds), review score, developer, alias, play modes, cover.
    static func game(from record: Wire.Game, siteURL: String) -> Game {
        let modes: [(Int?, String)] = [
            (record.compLvlSP, "Single player"), (record.compLvlCo, "Co-operative"), (record.compLvlMP, "Multiplayer"),
        ]
        let metadata = GameMetadata(
            companies: [record.profileDev.nonEmpty].compactMap { $0 }, developer: record.profileDev.nonEmpty,
            releaseDate: releaseDate(record.releaseWorld),
            rating: record.reviewScore.flatMap { $0 > 0 ? $0 / 100 : nil },
            alternativeNames: [record.gameAlias.nonEmpty].compactMap { $0 }.filter { $0 != record.gameName },
            gameModes: modes.filter { ($0.0 ?? 0) > 0 }.map(\.1), completionTimes: completionTimes(record))
        var media: [MediaKind: [MediaAsset]] = [:]
        if let url = coverURL(record, siteURL: siteURL) {
            media[.cover] = [MediaAsset(url: url, provider: .hltb, format: MediaFormat.fromURL(url))]
        }
        let game = Game(
            name: record.gameName ?? "", ids: [.hltb: String(record.gameID)], metadata: metadata, media: media)
        return game.attributed(to: .hltb)
    }

    /// Maps a search hit; `nil` without a name or id.
    static func searchResult(from record: Wire.Game, siteURL: String) -> SearchResult? {
        guard let name = record.gameName.nonEmpty, record.gameID > 0 else { return nil }
        let platforms = (record.profilePlatform ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return SearchResult(
            name: name, provider: .hltb, id: String(record.gameID), coverURL: coverURL(record, siteURL: siteURL),
            platforms: platforms, releaseYear: releaseDate(record.releaseWorld)?.year)
    }

    /// The four times in whole seconds; `nil` when none is known (0 means "no data").
    static func completionTimes(_ record: Wire.Game) -> CompletionTimes? {
        let seconds = { (value: Double?) -> Int? in value.flatMap { $0 > 0 ? Int($0.rounded()) : nil } }
        let times = CompletionTimes(
            mainStory: seconds(record.compMain), mainPlusExtras: seconds(record.compPlus),
            completionist: seconds(record.comp100), allStyles: seconds(record.compAll))
        return times == CompletionTimes() ? nil : times
    }

    private static func releaseDate(_ release: NumberOrText?) -> GameDate? {
        guard let text = release?.text, let date = GameDate(parsing: text), date.year > 1900 else { return nil }
        return date
    }

    private static func coverURL(_ record: Wire.Game, siteURL: String) -> String? {
        record.gameImage.nonEmpty.map { siteURL + "/games/" + $0 }
    }
}
