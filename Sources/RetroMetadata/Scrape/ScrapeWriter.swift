import Foundation
import RetroMetadataArtwork
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataFiles

/// Writes scraped games into a frontend's files and media layout, keeping the hand edits the target already has.
public struct ScrapeWriter: Sendable {
    /// What writing one folder for one frontend did.
    public struct Outcome: Sendable {
        /// The files written and the media placed (media already in place are not listed).
        public var conversion: ConvertSummary
        /// For each game (in order), the fields the target's entry gained or changed, `media.<kind>` included.
        public var filled: [[String]]
    }

    /// The output root, or `nil` to write beside the ROM folders (frontends with a gamelist per system folder).
    public var output: String?
    /// Only these media kinds, or `nil` for all.
    public var kinds: Set<MediaKind>?
    /// The providers' values replace the target's (favorites and play data stay), and its media files too.
    public var refresh: Bool
    /// Report only; write nothing.
    public var dryRun: Bool
    /// When this writer was made: temporary files older than that in folders it writes are leftovers.
    public var startedAt: Date

    /// A writer into `output` (or beside the ROMs).
    public init(output: String? = nil, kinds: Set<MediaKind>? = nil, refresh: Bool = false, dryRun: Bool = false) {
        self.output = output.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.kinds = kinds
        self.refresh = refresh
        self.dryRun = dryRun
        self.startedAt = Date()
    }

    /// Writes one folder's games for `target`: the target file's own entries (hand edits) win unless refreshing.
    public func write(_ games: [ScrapedGame], folder: ScrapeFolder, target: Frontend) throws -> ConvertSummary {
        try apply(games, folder: folder, target: target).conversion
    }

    /// Writes one folder's games for `target` and tells, per game, what the target gained. Media files the target
    /// layout already has (the user's own images, or an earlier run's) are kept unless refreshing.
    public func apply(_ games: [ScrapedGame], folder: ScrapeFolder, target: Frontend) throws -> Outcome {
        let root = try outputRoot(for: target, folder: folder)
        let current = try currentEntries(folder: folder, target: target)
        // A format holds only some fields (ES leaves out one player): what the target gained is told by reading its
        // file before and after; text formats are read only for that, their files are rewritten whole.
        let before = target.manifest.format == .template ? readBack(folder: folder, target: target) : current
        var entries = games.map { game in
            var entry = game.entry
            if var mine = Self.currentEntry(of: game, in: current, target: target) {
                // The target's media paths are relative to its own file: its files are found in `targetMedia`.
                mine.media = [:]
                entry = refresh ? mine.merging(entry) : entry.merging(mine)
            }
            // LaunchBox resolves ApplicationPath from its own folder, not the ROM folder: write the full path.
            if target.manifest.format == .launchbox { entry.path = Self.launchBoxPath(of: game, target: target) }
            return entry
        }
        // Only kinds a scrape could place need a look at the target: a file of another kind is left alone anyway.
        let placing = zip(entries, games).map { Set($0.media.keys).union($1.pendingMedia.keys).union($1.offered.keys) }
        let existing = try targetMedia(entries, kinds: placing, current: current, folder: folder, target: target)
        var pending: [String: [MediaKind: String]] = [:]
        for index in entries.indices {
            for (kind, path) in existing[index] where !refresh || entries[index].media[kind] == nil {
                entries[index].media[kind] = path
            }
            if let kinds { entries[index].media = entries[index].media.filter { kinds.contains($0.key) } }
            pending[entries[index].path] = games[index].pendingMedia.filter {
                entries[index].media[$0.key] == nil && kinds?.contains($0.key) != false
            }
        }
        entries += Self.hiddenDiscEntries(games, folder: folder, target: target, current: current)
        let loaded = ConvertSource(
            path: folder.path + "/gamelist.xml", format: "es", platform: folder.platform, gamelist: nil,
            launchBox: nil, repairs: [], textLibrary: Library(entries: entries))
        var plan = ConvertPlan(
            loaded: loaded, platform: folder.platform, target: target, sourceFrontend: nil, output: root)
        plan.discApplications = Self.discApplications(games, target: target)
        plan.pendingMedia = pending
        let playlists = try writePlaylists(games, target: target)
        let summary = Self.summary(try plan.run(placement: .link, dryRun: dryRun), adding: playlists)
        if !dryRun { removeLeftovers(summary) }
        let placed = summary.media.filter { URL(fileURLWithPath: $0.source).standardizedFileURL.path != $0.destination }
        let metadataPath = try metadataPath(folder: folder, target: target)
        let unchanged = summary.files.contains { $0.path == metadataPath && $0.action == "unchanged" }
        let after = dryRun ? nil : unchanged ? before : readBack(folder: folder, target: target)
        return Outcome(
            conversion: summary.replacingMedia(placed),
            filled: zip(games, entries).map { game, entry in
                let name = ScrapeFolder.fileName(game.entry.path)
                return filledFields(
                    before: Self.lookUp(name, in: before), after: after.flatMap { Self.lookUp(name, in: $0) } ?? entry,
                    entryPath: entry.path, placed: placed)
            })
    }

    /// The output root, or the ROM folder's parent for frontends that keep a gamelist in each system folder.
    public func outputRoot(for target: Frontend, folder: ScrapeFolder) throws -> String {
        if let output { return output }
        guard target.manifest.metadataFile == "{system}/gamelist.xml" else {
            throw ScrapeError.outputNeeded(frontend: target.name)
        }
        return URL(fileURLWithPath: folder.path).deletingLastPathComponent().path
    }

    /// The fields `after` adds to or changes in `before` (the target's entry), then the media kinds placed for the
    /// entry written at `entryPath`.
    private func filledFields(
        before: LibraryEntry?, after: LibraryEntry, entryPath: String, placed: [ConvertSummary.MediaChange]
    ) -> [String] {
        var before = before ?? LibraryEntry(kind: .game, path: after.path)
        var after = after
        (before.media, after.media) = ([:], [:])
        let kinds = placed.filter { $0.entry == entryPath }.compactMap { MediaKind(rawValue: $0.kind) }
        return before.changedFields(to: after) + kinds.sorted().map { "media." + $0.rawValue }
    }

    /// Removes temporary files a killed earlier run left in the folders this write touched.
    private func removeLeftovers(_ summary: ConvertSummary) {
        let folders = Set(
            (summary.outputs + summary.media.map(\.destination)).map { ($0 as NSString).deletingLastPathComponent })
        for folder in folders { AtomicFile.removeLeftovers(in: folder, olderThan: startedAt) }
    }
}
