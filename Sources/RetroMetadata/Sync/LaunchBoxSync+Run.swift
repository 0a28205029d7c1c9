import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan
import RetroMetadataXML

extension LaunchBoxSync {
    /// Identifies the ROMs of `input` (gaps only), reconciles them with the platform's games, places media and
    /// writes the files (unless a dry run); `onEach` reports each ROM done.
    public func run(
        _ input: LaunchBoxSyncInput, frontend: Frontend, client: MetadataClient, scanner: RomScanner,
        onEach: () -> Void = {}
    ) async throws -> LaunchBoxSyncSummary {
        var entries = input.platformFile.library.entries
        var index = LaunchBoxGameIndex(entries: entries, root: root)
        let matches = index.match(input.roms.map(\.path))
        let scraped = try await identify(
            input.roms, matches: matches, entries: entries, client: client,
            scanner: scanner, onEach: onEach)
        var reports: [LaunchBoxSyncSummary.Game] = []
        var sources: [Int: [MediaKind: String]] = [:]
        for (rom, match) in zip(input.roms, matches) {
            guard let game = scraped[rom.path] else { continue }
            let position = match ?? entries.count
            if let match {
                let (entry, report) = reconcile(game, with: entries[match], rom: rom)
                entries[match] = entry
                reports.append(report)
            } else {
                let (entry, report) = addition(game, rom: rom)
                entries.append(entry)
                reports.append(report)
            }
            sources[position] = game.entry.media.filter { kinds?.contains($0.key) ?? true }
        }
        let placed = try placeMedia(into: &entries, sources: sources, frontend: frontend)
        for (reportIndex, report) in reports.enumerated() {
            let kinds = placed.filter { $0.game == report.id }.map { "media." + $0.kind }
            reports[reportIndex].filled += kinds
            if !kinds.isEmpty, report.action == "unchanged" { reports[reportIndex].action = "updated" }
        }
        let untaken = index.untaken(count: input.platformFile.library.entries.count)
        reports += handleMissing(untaken, in: &entries)
        let files = try write(entries, input: input)
        return LaunchBoxSyncSummary(
            launchBox: root, roms: roms, platform: platformName, dryRun: dryRun, files: files, media: placed,
            games: reports, scanIssues: input.issues.map(\.description),
            repairs: (input.platformFile.warnings + input.platformsFile.warnings).map(\.description))
    }

    /// Scrapes the ROMs folder by folder (so file names never collide), each matched ROM against its game.
    private func identify(
        _ roms: [RomFile], matches: [Int?], entries: [LibraryEntry], client: MetadataClient, scanner: RomScanner,
        onEach: () -> Void
    ) async throws -> [String: ScrapedGame] {
        let folders = Dictionary(grouping: zip(roms, matches).map { ($0, $1) }) {
            URL(fileURLWithPath: $0.0.path).deletingLastPathComponent().path
        }
        let job = ScrapeJob(platform: platform, providers: providers)
        var result: [String: ScrapedGame] = [:]
        for folder in folders.keys.sorted() {
            let pairs = folders[folder] ?? []
            var existing: [String: LibraryEntry] = [:]
            for (rom, match) in pairs { if let match { existing[rom.fileName] = entries[match] } }
            let games = try await job.run(pairs.map(\.0), scanner: scanner, client: client, existing: existing) { _ in
                onEach()
            }
            for game in games { result[game.path] = game }
        }
        return result
    }

    /// An existing game after the scrape: empty fields filled, the missing mark lifted when its ROM is back.
    private func reconcile(_ game: ScrapedGame, with before: LibraryEntry, rom: RomFile)
        -> (LibraryEntry, LaunchBoxSyncSummary.Game)
    {
        var entry = game.entry
        // Media paths stay as LaunchBox had them; placed media add theirs later.
        entry.media = before.media
        if before.region == nil { entry.region = Self.launchBoxRegion(entry.region) }
        var filled = game.filledFields.filter(Self.launchBoxFields.contains)
        // A game found by file name whose recorded path no longer exists follows its ROM.
        if let recorded = LaunchBoxApplicationPath.resolve(before.path, root: root), recorded != rom.path,
            !FileManager.default.fileExists(atPath: recorded)
        {
            entry.path = LaunchBoxApplicationPath.relative(rom.path, to: root)
            filled.append("path")
        }
        var action = filled.isEmpty ? "unchanged" : "updated"
        if let marker = entry.customFields.firstIndex(where: { $0.name == Self.missingMarker }) {
            entry.customFields.remove(at: marker)
            entry.broken = false
            action = "restored"
        }
        if action != "unchanged" { entry.setField("DateModified", to: timestamp) }
        return (entry, report(entry, game: game, action: action, filled: filled))
    }

    /// A new game for a ROM no game stands for: its path relative to the LaunchBox folder and a GUID made from it.
    private func addition(_ game: ScrapedGame, rom: RomFile) -> (LibraryEntry, LaunchBoxSyncSummary.Game) {
        var entry = game.entry
        entry.path = LaunchBoxApplicationPath.relative(rom.path, to: root)
        entry.media = [:]
        entry.launchBoxID = nil
        entry.launchBoxID = LaunchBoxPlatformFile.gameID(for: entry)
        let (title, version) = Self.titleAndVersion(entry.name ?? RomFileName(path: rom.path).stem)
        entry.name = title
        entry.region = Self.launchBoxRegion(entry.region)
        if let version, entry.field("Version") == nil { entry.setField("Version", to: version) }
        entry.setField("DateAdded", to: timestamp)
        entry.setField("DateModified", to: timestamp)
        let filled = ["name"] + game.filledFields.filter { Self.launchBoxFields.contains($0) && $0 != "name" }
        return (entry, report(entry, game: game, action: "added", filled: filled))
    }

    /// The report line of one game.
    func report(_ entry: LibraryEntry, game: ScrapedGame?, action: String, filled: [String])
        -> LaunchBoxSyncSummary.Game
    {
        LaunchBoxSyncSummary.Game(
            id: LaunchBoxPlatformFile.gameID(for: entry), title: entry.name, path: entry.path, rom: game?.path,
            action: action, identification: game?.identification.rawValue, provider: game?.match?.provider.rawValue,
            filled: filled,
            errors: game?.errors.map { "\($0.provider.rawValue): \($0.message)" } ?? [])
    }

    /// The scrape's field names that a LaunchBox `<Game>` holds.
    static let launchBoxFields: Set<String> = [
        "name", "summary", "release_date", "developer", "publisher", "genre", "players", "rating", "region",
    ]
}
