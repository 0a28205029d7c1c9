import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataXML

extension LaunchBoxSync {
    /// Places the media found for the games at the keys of `sources` into LaunchBox's layout
    /// (`Images/<Platform>/<Kind>/<Title>-01.ext`), skipping every kind a game already has there; videos and
    /// manuals also get their path in the game, and a game that gets media its `DateModified`. Writes nothing in
    /// a dry run.
    func placeMedia(into entries: inout [LibraryEntry], sources: [Int: [MediaKind: String]], frontend: Frontend)
        throws -> [LaunchBoxSyncSummary.Media]
    {
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
        let present = ConvertMediaSources(
            loaded: ConvertSource(
                path: platformFilePath, format: "launchbox", platform: platformName, gamelist: nil, launchBox: nil,
                repairs: []),
            platform: platformName, frontend: frontend
        ).find(for: games)
        let wanted = zip(positions, present).map { position, have in
            (sources[position] ?? [:]).filter {
                have[$0.key] == nil && FileManager.default.fileExists(atPath: $0.value)
            }
        }
        let positionByPath = Dictionary(zip(games.map(\.path), positions)) { first, _ in first }
        let placer = ConvertMediaPlacement(output: root, mode: placement, rules: frontend.manifest.images)
        var placed: [LaunchBoxSyncSummary.Media] = []
        for file in exporter.mediaFiles(entries: games, sources: wanted) {
            guard let position = positionByPath[file.entry] else { continue }
            let destination = try ArtworkStore.checkedDestination(file.destination, under: root)
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
