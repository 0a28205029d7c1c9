import Foundation
import RetroMetadataCore
import RetroMetadataExport

extension ScrapeWriter {
    /// The target file's game entries by ROM file name (none for text formats, whose files are rewritten whole).
    func currentEntries(folder: ScrapeFolder, target: Frontend) throws -> [String: LibraryEntry] {
        let path = try metadataPath(folder: folder, target: target)
        guard target.manifest.format != .template, FileManager.default.fileExists(atPath: path) else { return [:] }
        return try ScrapeFolder.entries(in: path)
    }

    /// The target file's entries as its reader sees them, by ROM file name; none when there is no file yet or it
    /// cannot be read (only counting depends on it).
    func readBack(folder: ScrapeFolder, target: Frontend) -> [String: LibraryEntry] {
        guard let path = try? metadataPath(folder: folder, target: target),
            FileManager.default.fileExists(atPath: path)
        else { return [:] }
        return (try? ScrapeFolder.entries(in: path)) ?? [:]
    }

    /// The entry for ROM file `name`, by name or by stem (AttractMode romlists name games by stem).
    static func lookUp(_ name: String, in entries: [String: LibraryEntry]) -> LibraryEntry? {
        entries[name] ?? entries[(name as NSString).deletingPathExtension]
    }

    /// The media files `target`'s output already holds for each entry, by kind: files its metadata names (relative
    /// to its own file) and files at the layout's paths (any extension) for the entry's `kinds`.
    func targetMedia(
        _ entries: [LibraryEntry], kinds: [Set<MediaKind>], current: [String: LibraryEntry], folder: ScrapeFolder,
        target: Frontend
    ) throws -> [[MediaKind: String]] {
        let probes = entries.map { entry in
            var probe = entry
            probe.media = current[ScrapeFolder.fileName(entry.path)]?.media ?? [:]
            return probe
        }
        let loaded = ConvertSource(
            path: try metadataPath(folder: folder, target: target), format: target.name, platform: folder.platform,
            gamelist: nil, launchBox: nil, repairs: [])
        return ConvertMediaSources(loaded: loaded, platform: folder.platform, frontend: target)
            .find(for: probes, only: kinds)
    }

    /// For each ROM path, the kinds every target in `targets` that uses the kind already holds a file of.
    public func presentMedia(_ games: [ScrapedGame], folder: ScrapeFolder, targets: [Frontend]) throws
        -> [String: Set<MediaKind>]
    {
        var held: [String: [MediaKind: Int]] = [:]
        for target in targets {
            let current = try currentEntries(folder: folder, target: target)
            let entries = games.map { game in
                var entry = game.entry
                if target.manifest.format == .launchbox { entry.path = game.path }
                return entry
            }
            let found = try targetMedia(
                entries, kinds: games.map { Set($0.offered.keys) }, current: current, folder: folder, target: target)
            for (game, found) in zip(games, found) {
                for kind in found.keys { held[game.path, default: [:]][kind, default: 0] += 1 }
            }
        }
        return held.mapValues { counts in
            Set(
                counts.filter { kind, count in count == targets.filter { $0.manifest.mediaKinds.contains(kind) }.count }
                    .keys)
        }
    }

    /// The absolute path of `target`'s metadata file for `folder`.
    func metadataPath(folder: ScrapeFolder, target: Frontend) throws -> String {
        let names = ConvertPlatformNames.names(for: folder.platform, frontend: target.name)
        return try outputRoot(for: target, folder: folder) + "/"
            + FrontendExporter(frontend: target, names: names).layout.metadataPath
    }
}
