import Foundation
import RetroMetadataCore

extension ScreenScraperProvider {
    /// Maps a `jeu` record into a `Game` with region choices from `regions` and texts in the first of
    /// `languages` the record has, then English, then whatever it has (pure).
    static func game(from record: Wire.Game, regions: [String], languages: [String] = ["en"]) -> Game {
        let preferredText = { (texts: [Wire.Localized]) in Self.preferredText(texts, languages: languages) }
        let names = (record.noms ?? []).compactMap { $0.text }.map(displayName)
        let name = preferredName(record.noms ?? [], regions: regions)
        let publisher = record.editeur?.text.nonEmpty
        let developer = record.developpeur?.text.nonEmpty
        let metadata = GameMetadata(
            summary: preferredText(record.synopsis ?? []),
            genres: (record.genres ?? []).compactMap { preferredText($0.noms ?? []) },
            franchises: (record.familles ?? []).compactMap { preferredText($0.noms ?? []) },
            companies: [publisher, developer].compactMap { $0 }.uniqued(),
            developer: developer,
            publisher: publisher,
            releaseDate: (record.dates ?? []).compactMap { $0.text.flatMap(GameDate.init(parsing:)) }.min(),
            players: record.joueurs?.text.flatMap(PlayerCount.init(parsing:)),
            rating: record.note?.text.flatMap(Double.init).map { min(max($0 / 20, 0), 1) },
            alternativeNames: names.filter { $0 != name }.uniqued(),
            gameModes: (record.modes ?? []).compactMap { preferredText($0.noms ?? []) })
        let game = Game(
            name: name, ids: [.screenscraper: record.id?.value ?? ""], metadata: metadata,
            media: media(record.medias ?? [], regions: regions))
        return game.attributed(to: .screenscraper)
    }

    /// Maps a search hit; `nil` without an id or a name.
    static func searchResult(from record: Wire.Game, regions: [String]) -> SearchResult? {
        let name = preferredName(record.noms ?? [], regions: regions)
        guard let id = record.id?.value, !id.isEmpty, !name.isEmpty else { return nil }
        let year = (record.dates ?? []).compactMap { $0.text.flatMap(GameDate.init(parsing:))?.year }.min()
        return SearchResult(
            name: name, provider: .screenscraper, id: id,
            coverURL: bestURL("box-2D", record.medias ?? [], regions: regions),
            platforms: [record.systeme?.text].compactMap { $0 }, releaseYear: year)
    }

    func game(from record: Wire.Game) -> Game { Self.game(from: record, regions: regions, languages: languages) }
    func searchResult(from record: Wire.Game) -> SearchResult? { Self.searchResult(from: record, regions: regions) }

    /// The name for the first region in priority order that has one, else the first name.
    static func preferredName(_ names: [Wire.Regional], regions: [String]) -> String {
        let best = names.filter { !($0.text ?? "").isEmpty }.enumerated()
            .min { a, b in
                let (ra, rb) = (rank(a.element.region, regions), rank(b.element.region, regions))
                return ra != rb ? ra < rb : a.offset < b.offset
            }
        return displayName(best?.element.text ?? "")
    }

    /// ScreenScraper writes subtitles as `A : B`; frontends expect `A: B`.
    static func displayName(_ text: String) -> String {
        text.replacingOccurrences(of: " : ", with: ": ")
    }

    private static func preferredText(_ texts: [Wire.Localized], languages: [String]) -> String? {
        for language in languages + ["en"] {
            if let text = texts.first(where: { $0.langue == language })?.text.nonEmpty { return text }
        }
        return texts.first?.text.nonEmpty
    }

}
