import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan
import RetroMetadataXML

extension LaunchBoxSync {
    /// Identifies the ROM games of `input` (gaps only), reconciles them with the platform's games (a multi-disc game
    /// is one game launching its first disc, with one additional application per disc), obtains and places media
    /// and writes the files (unless a dry run); `artwork`, when given, downloads online media the games have no file
    /// of yet. `onEach` reports each game done; `onScraped` sees each game's scrape just before (progress counts).
    public func run(
        _ input: LaunchBoxSyncInput, frontend: Frontend, client: MetadataClient, scanner: RomScanner,
        artwork: ScrapeArtwork? = nil, onEach: () -> Void = {}, onScraped: (ScrapedGame) -> Void = { _ in }
    ) async throws -> LaunchBoxSyncSummary {
        var entries = input.platformFile.library.entries
        let discApplications = input.platformFile.discApplicationPaths()
        var index = LaunchBoxGameIndex(entries: entries, root: root, discs: discApplications)
        let matches = index.match(candidates: input.games.map(Self.candidatePaths))
        let scraped = try await identify(
            input.games, matches: matches, entries: entries, client: client, scanner: scanner, onEach: onEach,
            onScraped: onScraped)
        var reports: [LaunchBoxSyncSummary.Game] = []
        var found: [(position: Int, game: ScrapedGame)] = []
        var discs: [String: [String]] = [:]
        for (rom, match) in zip(input.games, matches) {
            guard let game = scraped[rom.primary.path] else { continue }
            let launch = Self.launchPath(of: rom)
            let (entry, report) =
                match.map { reconcile(game, with: entries[$0], launchPath: launch) }
                ?? addition(game, launchPath: launch, fileTitle: game.discs == nil ? nil : rom.title)
            if let match { entries[match] = entry } else { entries.append(entry) }
            reports.append(report)
            found.append((match ?? entries.count - 1, game))
            if let gameDiscs = game.discs {
                discs[entry.path] = discApplicationPaths(gameDiscs.discs, gamePath: entry.path)
            }
        }
        let (placed, mediaFailed) = try await obtainMedia(
            for: found, into: &entries, reports: &reports, frontend: frontend, artwork: artwork)
        let untaken = index.untaken(count: input.platformFile.library.entries.count)
        reports += handleMissing(untaken, in: &entries, discs: discApplications)
        let files = try write(entries, discApplications: discs, input: input)
        var summary = LaunchBoxSyncSummary(
            launchBox: root, roms: roms, platform: platformName, dryRun: dryRun, files: files, media: placed,
            games: reports, scanIssues: input.issues.map(\.description),
            repairs: (input.platformFile.warnings + input.platformsFile.warnings).map(\.description))
        summary.mediaFailed = mediaFailed
        return summary
    }

    /// Scrapes the ROM games folder by folder (so file names never collide), each matched game against its
    /// LaunchBox game; the results are keyed by each game's primary path.
    private func identify(
        _ games: [RomGame], matches: [Int?], entries: [LibraryEntry], client: MetadataClient, scanner: RomScanner,
        onEach: () -> Void, onScraped: (ScrapedGame) -> Void
    ) async throws -> [String: ScrapedGame] {
        let folders = Dictionary(grouping: games.indices) {
            URL(fileURLWithPath: games[$0].primary.playlistFolder ?? games[$0].primary.path)
                .deletingLastPathComponent().path
        }
        let job = ScrapeJob(platform: platform, providers: providers, jobs: jobs)
        var result: [String: ScrapedGame] = [:]
        for folder in folders.keys.sorted() {
            let members = folders[folder] ?? []
            var existing: [String: LibraryEntry] = [:]
            for member in members {
                guard let match = matches[member] else { continue }
                // The scrape looks a multi-disc game up by its playlist's name, a single game by its file's.
                let game = games[member]
                existing[game.primary.fileName] = entries[match]
                if let playlist = ScrapedDiscs(game: game)?.playlistName { existing[playlist] = entries[match] }
            }
            let scraped = try await job.run(
                games: members.map { games[$0] }, scanner: scanner, client: client, existing: existing,
                onEach: { _ in onEach() }, onScraped: onScraped)
            for game in scraped { result[game.path] = game }
        }
        return result
    }

    /// An existing game after the scrape: empty fields filled, the missing mark lifted when its ROM is back.
    private func reconcile(_ game: ScrapedGame, with before: LibraryEntry, launchPath: String)
        -> (LibraryEntry, LaunchBoxSyncSummary.Game)
    {
        var entry = game.entry
        // The scrape names a multi-disc game by its playlist; LaunchBox keeps the path it has.
        entry.path = before.path
        // Media paths stay as LaunchBox had them; placed media add theirs later.
        entry.media = before.media
        if before.region == nil { entry.region = Self.launchBoxRegion(entry.region) }
        var filled = game.filledFields.filter(Self.launchBoxFields.contains)
        // A game found by file name whose recorded path no longer exists follows its ROM.
        if let recorded = LaunchBoxApplicationPath.resolve(before.path, root: root), recorded != launchPath,
            !FileManager.default.fileExists(atPath: recorded)
        {
            entry.path = LaunchBoxApplicationPath.relative(launchPath, to: root)
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

    /// A new game for a ROM no game stands for: its path (the file launched) relative to the LaunchBox folder and a
    /// GUID made from it; a game no provider named is named after `fileTitle`, else the launched file.
    private func addition(_ game: ScrapedGame, launchPath: String, fileTitle: String?)
        -> (LibraryEntry, LaunchBoxSyncSummary.Game)
    {
        var entry = game.entry
        entry.path = LaunchBoxApplicationPath.relative(launchPath, to: root)
        entry.media = [:]
        entry.launchBoxID = nil
        entry.launchBoxID = LaunchBoxPlatformFile.gameID(for: entry)
        let (title, version) = Self.titleAndVersion(entry.name ?? fileTitle ?? RomFileName(path: launchPath).stem)
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
