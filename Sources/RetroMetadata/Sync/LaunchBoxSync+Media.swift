import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML

extension LaunchBoxSync {
    /// Obtains the media of the games `found` (scraped, at their positions in `entries`) and places them: online
    /// media are downloaded through `artwork` (as `scrape` does) for the kinds the LaunchBox game has no file of yet;
    /// a failed download becomes an error of its game's report (in `reports`, one per game of `found`). Returns the
    /// media placed (in a dry run: the media it would place, online ones by URL) and how many games had a failed
    /// download.
    func obtainMedia(
        for found: [(position: Int, game: ScrapedGame)], into entries: inout [LibraryEntry],
        reports: inout [LaunchBoxSyncSummary.Game], frontend: Frontend, artwork: ScrapeArtwork?
    ) async throws -> (placed: [LaunchBoxSyncSummary.Media], failed: Int) {
        let positions = found.map(\.position)
        let present = presentMedia(in: entries, at: positions, frontend: frontend)
        var games = found.map(\.game)
        var failed = 0
        // The layout is looked at first so that a kind the game already has is never downloaded.
        if let artwork, games.contains(where: { !$0.offered.isEmpty }) {
            let held = Dictionary(zip(games.map(\.path), present.map { Set($0.keys) })) { first, _ in first }
            games = await artwork.fetch(games, present: held)
            for (index, game) in games.enumerated() {
                let failures = game.errors.filter { $0.operation == "media" }
                reports[index].errors += failures.map { "\($0.provider.rawValue): \($0.message)" }
                if !failures.isEmpty { failed += 1 }
            }
        }
        var sources: [Int: [MediaKind: String]] = [:]
        for (position, game) in zip(positions, games) {
            // A dry run lists what it would download by URL, where the game has no file of the kind.
            let media = game.entry.media.merging(game.pendingMedia) { file, _ in file }
            sources[position] = media.filter { kinds?.contains($0.key) ?? true }
        }
        let placed = try placeMedia(
            into: &entries, sources: sources, present: Dictionary(uniqueKeysWithValues: zip(positions, present)),
            frontend: frontend)
        for index in reports.indices {
            let kinds = placed.filter { $0.game == reports[index].id }.map { "media." + $0.kind }
            reports[index].filled += kinds
            if !kinds.isEmpty, reports[index].action == "unchanged" { reports[index].action = "updated" }
        }
        return (placed, failed)
    }

    /// The media files LaunchBox's layout already holds for the games at `positions` (any extension), by kind.
    func presentMedia(in entries: [LibraryEntry], at positions: [Int], frontend: Frontend) -> [[MediaKind: String]] {
        let games = positions.map { position in
            var entry = entries[position]
            entry.media = [:]
            return entry
        }
        return ConvertMediaSources(
            loaded: ConvertSource(
                path: platformFilePath, format: "launchbox", platform: platformName, gamelist: nil, launchBox: nil,
                repairs: []),
            platform: platformName, frontend: frontend
        ).find(for: games)
    }

    /// Places the media found for the games at the keys of `sources` into LaunchBox's layout
    /// (`Images/<Platform>/<Kind>/<Title>-01.ext`), skipping every kind `present` lists for a game; videos and
    /// manuals also get their path in the game, and a game that gets media its `DateModified`. Writes nothing in
    /// a dry run, where online sources (what a download would bring) are listed too.
    func placeMedia(
        into entries: inout [LibraryEntry], sources: [Int: [MediaKind: String]], present: [Int: [MediaKind: String]],
        frontend: Frontend
    ) throws -> [LaunchBoxSyncSummary.Media] {
        let positions = sources.keys.sorted().filter { !(sources[$0] ?? [:]).isEmpty }
        guard !positions.isEmpty else { return [] }
        let names = ExportNames(
            system: ConvertPlatformNames.system(for: platform ?? platformName, flavour: frontend.name),
            platform: platformName, playlist: ConvertPlatformNames.playlist(for: platform ?? platformName))
        let exporter = FrontendExporter(frontend: frontend, names: names)
        let games = positions.map { position in
            var entry = entries[position]
            entry.media = [:]
            return entry
        }
        let wanted = positions.map { position in
            (sources[position] ?? [:]).filter { kind, source in
                present[position]?[kind] == nil
                    && (ScrapeArtwork.isOnline(source) ? dryRun : FileManager.default.fileExists(atPath: source))
            }
        }
        let positionByPath = Dictionary(zip(games.map(\.path), positions)) { first, _ in first }
        let placer = ConvertMediaPlacement(output: root, mode: placement, rules: frontend.manifest.images)
        var placed: [LaunchBoxSyncSummary.Media] = []
        for file in exporter.mediaFiles(entries: games, sources: wanted) {
            guard let position = positionByPath[file.entry] else { continue }
            let destination = try placer.destination(of: file)
            if !dryRun { try placer.place(file) }
            entries[position].setField("DateModified", to: timestamp)
            if file.kind == .video || file.kind == .manual, entries[position].media[file.kind] == nil {
                entries[position].media[file.kind] = exporter.metadataPath(of: file.destination)
            }
            placed.append(
                LaunchBoxSyncSummary.Media(
                    game: LaunchBoxPlatformFile.gameID(for: entries[position]), kind: file.kind.rawValue,
                    source: file.source, destination: destination))
        }
        return placed
    }
}
