import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport

/// Writes scraped games into a frontend's files and media layout, keeping the hand edits the target already has.
public struct ScrapeWriter: Sendable {
    /// The output root, or `nil` to write beside the ROM folders (frontends with a gamelist per system folder).
    public var output: String?
    /// Only these media kinds, or `nil` for all.
    public var kinds: Set<MediaKind>?
    /// The providers' values replace the target's (favorites and play data stay).
    public var refresh: Bool
    /// Report only; write nothing.
    public var dryRun: Bool

    /// A writer into `output` (or beside the ROMs).
    public init(output: String? = nil, kinds: Set<MediaKind>? = nil, refresh: Bool = false, dryRun: Bool = false) {
        self.output = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.kinds = kinds
        self.refresh = refresh
        self.dryRun = dryRun
    }

    /// Writes one folder's games for `target`: the target file's own entries (hand edits) win unless refreshing.
    public func write(_ games: [ScrapedGame], folder: ScrapeFolder, target: Frontend) throws -> ConvertSummary {
        let root = try outputRoot(for: target, folder: folder)
        let names = ConvertPlatformNames.names(for: folder.platform, frontend: target.name)
        let metadataPath = root + "/" + FrontendExporter(frontend: target, names: names).layout.metadataPath
        let current =
            target.manifest.format != .template && FileManager.default.fileExists(atPath: metadataPath)
            ? try ScrapeFolder.entries(in: metadataPath) : [:]
        var entries = games.map { game in
            var entry = game.entry
            if let mine = Self.currentEntry(of: game, in: current, target: target) {
                entry = refresh ? mine.merging(entry) : entry.merging(mine)
            }
            if let kinds { entry.media = entry.media.filter { kinds.contains($0.key) } }
            // LaunchBox resolves ApplicationPath from its own folder, not the ROM folder: write the full path.
            if target.manifest.format == .launchbox { entry.path = Self.launchBoxPath(of: game, target: target) }
            return entry
        }
        entries += Self.hiddenDiscEntries(games, folder: folder, target: target, current: current)
        let loaded = ConvertSource(
            path: folder.path + "/gamelist.xml", format: "es", platform: folder.platform, gamelist: nil,
            launchBox: nil, repairs: [], textLibrary: Library(entries: entries))
        var plan = ConvertPlan(
            loaded: loaded, platform: folder.platform, target: target, sourceFrontend: nil, output: root)
        plan.discApplications = Self.discApplications(games, target: target)
        let playlists = try writePlaylists(games, target: target)
        return Self.summary(try plan.run(placement: .link, dryRun: dryRun), adding: playlists)
    }

    /// The output root, or the ROM folder's parent for frontends that keep a gamelist in each system folder.
    public func outputRoot(for target: Frontend, folder: ScrapeFolder) throws -> String {
        if let output { return output }
        guard target.manifest.metadataFile == "{system}/gamelist.xml" else {
            throw ScrapeError.outputNeeded(frontend: target.name)
        }
        return URL(fileURLWithPath: folder.path).deletingLastPathComponent().path
    }
}
