import RetroMetadata
import RetroMetadataCore

/// The JSON `scrape --json` prints: counts, then the files written, then one line per ROM.
struct ScrapeSummary: Encodable {
    /// One ROM's result.
    struct Rom: Encodable {
        let path: String
        let name: String?
        let identification: String
        let provider: String?
        let matchType: String?
        let filled: [String]
        /// Every disc of a multi-disc game (absent for a single ROM).
        let discs: [String]?
        /// The game's `.m3u` playlist, the user's or the one written for it (absent for a single ROM).
        let playlist: String?

        enum CodingKeys: String, CodingKey {
            case path, name, identification, provider, filled, discs, playlist
            case matchType = "match_type"
        }
    }

    /// A provider or scanner failure for one ROM.
    struct Failure: Encodable {
        let path: String
        let provider: String
        let code: String
        let message: String
    }

    let games: Int
    let identifiedByHash: Int
    let identifiedByName: Int
    let notFound: Int
    let failed: Int
    let fieldsFilled: Int
    let mediaWritten: Int
    let dryRun: Bool
    let files: [ConvertSummary.FileChange]
    let media: [ConvertSummary.MediaChange]
    let roms: [Rom]
    let errors: [Failure]

    enum CodingKeys: String, CodingKey {
        case games, failed, files, media, roms, errors
        case identifiedByHash = "identified_by_hash"
        case identifiedByName = "identified_by_name"
        case notFound = "not_found"
        case fieldsFilled = "fields_filled"
        case mediaWritten = "media_written"
        case dryRun = "dry_run"
    }

    /// The summary of `games` and the conversions that wrote them.
    init(games scraped: [ScrapedGame], conversions: [ConvertSummary], dryRun: Bool) {
        func count(_ kind: ScrapedGame.Identification) -> Int { scraped.filter { $0.identification == kind }.count }
        games = scraped.count
        identifiedByHash = count(.hash)
        identifiedByName = count(.name)
        notFound = count(.notFound)
        failed = count(.failed)
        fieldsFilled = scraped.reduce(0) { $0 + $1.filledFields.count }
        media = conversions.flatMap(\.media)
        mediaWritten = media.count
        self.dryRun = dryRun
        // A file shared by several platforms (LaunchBox's Platforms.xml) is listed once, with its first action.
        var seen: Set<String> = []
        files = conversions.flatMap(\.files).filter { seen.insert($0.path).inserted }
        roms = scraped.map {
            Rom(
                path: $0.path, name: $0.entry.name, identification: $0.identification.rawValue,
                provider: $0.match?.provider.rawValue, matchType: $0.match?.type.rawValue, filled: $0.filledFields,
                discs: $0.discs?.discs, playlist: $0.discs?.playlist)
        }
        errors = scraped.flatMap { game in
            game.errors.map {
                Failure(path: game.path, provider: $0.provider.rawValue, code: $0.code, message: $0.message)
            }
        }
    }

    /// The table printed without `--json`, then the totals.
    func printText() {
        var table = TextTable(headers: ["PATH", "NAME", "IDENTIFIED", "PROVIDER", "FILLED"])
        for rom in roms {
            table.rows.append([
                rom.path, rom.name ?? "-", rom.identification, rom.provider ?? "", String(rom.filled.count),
            ])
        }
        print(table.render(), terminator: "")
        for file in files { print("\(dryRun ? "would \(file.action)" : file.action): \(file.path)") }
        for file in media { print("\(dryRun ? "would place" : "placed") \(file.kind): \(file.destination)") }
        print(
            "\(games) games: \(identifiedByHash) by hash, \(identifiedByName) by name, \(notFound) not found, "
                + "\(failed) failed; \(fieldsFilled) fields filled, \(mediaWritten) media \(dryRun ? "to write" : "written")")
    }
}
