import ArgumentParser
import Foundation
import RetroMetadata
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan

/// One ROM folder to scrape: its files, platform and existing entries.
struct ScrapeFolder: Sendable {
    let path: String
    let platform: String
    let files: [RomFile]
    let issues: [ScanError]
    /// The folder's own gamelist entries by ROM file name.
    let existing: [String: LibraryEntry]
}

/// The games one folder's scrape produced.
struct ScrapedFolder: Sendable {
    let games: [ScrapedGame]
}

extension ScrapeCommand {
    /// The ROM folders found under the arguments, each with its platform (from --platform or its name).
    func scanFolders() throws -> [ScrapeFolder] {
        let forced = try client.platformSlug()
        let found = (forced.map { RomFinder(platform: $0) } ?? RomFinder()).find(in: paths)
        for issue in found.issues { HashCommand.warn("warning: \(issue)") }
        let byFolder = Dictionary(grouping: found.files) {
            URL(fileURLWithPath: $0.path).deletingLastPathComponent().standardizedFileURL.path
        }
        return try byFolder.keys.sorted().map { folder in
            let name = URL(fileURLWithPath: folder).lastPathComponent
            guard let platform = forced ?? (try? PlatformCatalog.standard.resolve(name).slug) else {
                HashCommand.warn("error: cannot tell the platform of \(folder) from its name; pass --platform")
                throw ExitCode.badInput
            }
            let gamelist = folder + "/gamelist.xml"
            let existing = FileManager.default.fileExists(atPath: gamelist) ? try Self.entries(in: gamelist) : [:]
            return ScrapeFolder(
                path: folder, platform: platform, files: byFolder[folder] ?? [], issues: found.issues,
                existing: existing)
        }
    }

    /// Identifies and fills every folder's games with one client.
    func scrape(_ folders: [ScrapeFolder]) async throws -> [ScrapedFolder] {
        let keys = try client.providerKeys()
        let scanner = RomScanner(hashCache: HashCommand.openHashCache(directory: client.cache.stateDirectory()))
        let refresh = refresh
        let progress = ProgressBar(total: folders.reduce(0) { $0 + $1.files.count }, label: "scrape")
        defer { progress.finish() }
        return try await client.withClient { client in
            var result: [ScrapedFolder] = []
            for folder in folders {
                let job = ScrapeJob(platform: folder.platform, providers: keys, refresh: refresh)
                let games = try await job.run(
                    folder.files, scanner: scanner, client: client, existing: folder.existing
                ) { _ in progress.advance() }
                result.append(ScrapedFolder(games: games))
            }
            return result
        }
    }

    /// Writes one folder's games for `target`: its existing file's entries (hand edits) win unless --refresh.
    func write(_ games: [ScrapedGame], folder: ScrapeFolder, target: Frontend, kinds: Set<MediaKind>?) throws
        -> ConvertSummary
    {
        let root = try outputRoot(for: target, folder: folder)
        let names = ConvertPlatformNames.names(for: folder.platform, frontend: target.name)
        let metadataPath = root + "/" + FrontendExporter(frontend: target, names: names).layout.metadataPath
        let current =
            target.manifest.format != .template && FileManager.default.fileExists(atPath: metadataPath)
            ? try Self.entries(in: metadataPath) : [:]
        let entries = games.map { game in
            var entry = game.entry
            if let mine = current[Self.fileName(entry.path)] { entry = refresh ? mine.merging(entry) : entry.merging(mine) }
            if let kinds { entry.media = entry.media.filter { kinds.contains($0.key) } }
            // LaunchBox resolves ApplicationPath from its own folder, not the ROM folder: write the full path.
            if target.manifest.format == .launchbox { entry.path = game.path }
            return entry
        }
        let loaded = ConvertSource(
            path: folder.path + "/gamelist.xml", format: "es", platform: folder.platform, gamelist: nil,
            launchBox: nil, repairs: [], textLibrary: Library(entries: entries))
        var plan = ConvertPlan(loaded: loaded, platform: folder.platform, target: target, sourceFrontend: nil, output: root)
        return try plan.run(placement: .link, dryRun: dryRun)
    }

    /// `--output`, or the ROM folder's parent for frontends that keep a gamelist in each system folder.
    private func outputRoot(for target: Frontend, folder: ScrapeFolder) throws -> String {
        if let output { return URL(fileURLWithPath: output).standardizedFileURL.path }
        guard target.manifest.metadataFile == "{system}/gamelist.xml" else {
            HashCommand.warn("error: --output is needed for \(target.name)")
            throw ExitCode.badInput
        }
        return URL(fileURLWithPath: folder.path).deletingLastPathComponent().path
    }

    /// The entries of a gamelist or LaunchBox file, by ROM file name.
    static func entries(in path: String) throws -> [String: LibraryEntry] {
        let library = try ConvertSource.load(path).library
        var byName: [String: LibraryEntry] = [:]
        for entry in library.entries where entry.kind == .game { byName[fileName(entry.path)] = byName[fileName(entry.path)] ?? entry }
        return byName
    }

    /// The last component of a ROM path as a frontend wrote it (`./x.sfc`, `C:\Games\x.sfc`).
    static func fileName(_ path: String) -> String {
        String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
    }
}
