import Foundation
import RetroMetadataCore
import RetroMetadataExport
import RetroMetadataScan

/// Multi-disc games as each frontend's manifest (`multiDisc`, `hideDiscs`) wants them.
extension ScrapeWriter {
    /// The target's own entry for `game`: by the file its entry names, else (a multi-disc game) by its first disc,
    /// as LaunchBox lists it and as a frontend listed it before the discs were grouped; a disc entry hidden for
    /// `hideDiscs` is not the game's.
    static func currentEntry(of game: ScrapedGame, in current: [String: LibraryEntry], target: Frontend)
        -> LibraryEntry?
    {
        if let mine = current[ScrapeFolder.fileName(game.entry.path)] { return mine }
        guard let first = game.discs?.discs.first, var mine = current[(first as NSString).lastPathComponent],
            !(mine.hidden && target.manifest.hideDiscs == true)
        else { return nil }
        mine.path = game.entry.path
        return mine
    }

    /// A game's LaunchBox ApplicationPath: its first disc (discs as additional applications), its playlist
    /// (`multiDisc` `m3u`), or the ROM; always a full path.
    static func launchBoxPath(of game: ScrapedGame, target: Frontend) -> String {
        guard let discs = game.discs else { return game.path }
        switch target.manifest.multiDiscStyle {
        case .additionalApplications: return discs.discs.first ?? game.path
        case .m3u: return discs.playlist
        }
    }

    /// Every disc's path of each multi-disc game, keyed by the game's ApplicationPath (LaunchBox's additional
    /// applications); empty for other frontends.
    static func discApplications(_ games: [ScrapedGame], target: Frontend) -> [String: [String]] {
        guard target.manifest.multiDiscStyle == .additionalApplications else { return [:] }
        var byPath: [String: [String]] = [:]
        for game in games {
            if let discs = game.discs { byPath[launchBoxPath(of: game, target: target)] = discs.discs }
        }
        return byPath
    }

    /// A hidden entry per disc file of each multi-disc game, for frontends that list every file they find
    /// (`hideDiscs`); an entry the target already has keeps its values and only becomes hidden.
    static func hiddenDiscEntries(
        _ games: [ScrapedGame], folder: ScrapeFolder, target: Frontend, current: [String: LibraryEntry]
    ) -> [LibraryEntry] {
        guard target.manifest.hideDiscs == true else { return [] }
        let prefix = folder.path + "/"
        return games.flatMap { game in
            (game.discs?.discs ?? []).map { disc in
                let relative = disc.hasPrefix(prefix) ? String(disc.dropFirst(prefix.count)) : disc
                var entry = LibraryEntry(kind: .game, path: "./" + relative)
                let fileName = (disc as NSString).lastPathComponent
                if current[fileName] == nil { entry.name = (fileName as NSString).deletingPathExtension }
                entry.hidden = true
                return entry
            }
        }
    }

    /// Writes the `.m3u` playlist of each multi-disc game that has none, when the target launches playlists;
    /// a playlist already there (the user's, or one written for another frontend) is never rewritten. In a
    /// dry run nothing is written and each playlist is reported as it would be created.
    func writePlaylists(_ games: [ScrapedGame], target: Frontend) throws -> [ConvertSummary.FileChange] {
        guard target.manifest.multiDiscStyle == .m3u else { return [] }
        var changes: [ConvertSummary.FileChange] = []
        for discs in games.compactMap(\.discs) where !discs.playlistExists {
            guard !FileManager.default.fileExists(atPath: discs.playlist) else { continue }
            changes.append(ConvertSummary.FileChange(path: discs.playlist, action: "create"))
            guard !dryRun else { continue }
            do throws(ScanError) {
                try M3UPlaylist(entries: discs.playlistEntries).write(to: discs.playlist)
            } catch {
                throw ScrapeError.playlistNotWritten(discs.playlist, reason: error.message)
            }
        }
        return changes
    }

    /// `summary` with `files` listed before its own files.
    static func summary(_ summary: ConvertSummary, adding files: [ConvertSummary.FileChange]) -> ConvertSummary {
        guard !files.isEmpty else { return summary }
        return ConvertSummary(
            source: summary.source, from: summary.from, to: summary.to, platform: summary.platform,
            entries: summary.entries, outputs: summary.outputs, repairs: summary.repairs, dryRun: summary.dryRun,
            files: files + summary.files, media: summary.media, fields: summary.fields)
    }
}
