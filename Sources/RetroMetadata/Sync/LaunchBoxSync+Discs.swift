import Foundation
import RetroMetadataScan

/// Multi-disc games in a LaunchBox platform: one game launching the first disc, one additional application per disc.
extension LaunchBoxSync {
    /// `files` grouped into games folder by folder as a scrape groups them (a sheet with its tracks, the discs of one
    /// title, a playlist and its discs; a folder named `*.m3u` belongs to the folder holding it); sheets or playlists
    /// naming missing files are added to `issues`.
    static func grouped(_ files: [RomFile], issues: inout [ScanError]) -> [RomGame] {
        let byFolder = Dictionary(grouping: files) {
            URL(fileURLWithPath: $0.playlistFolder ?? $0.path).deletingLastPathComponent().standardizedFileURL.path
        }
        var games: [RomGame] = []
        for folder in byFolder.keys.sorted() {
            let grouped = RomGrouper().group(byFolder[folder] ?? [])
            games += grouped.games
            issues += grouped.issues
        }
        return games
    }

    /// The file a game's `ApplicationPath` names: a multi-disc game's first disc (as the scrape writer does for
    /// LaunchBox), else the game's own file.
    static func launchPath(of game: RomGame) -> String {
        ScrapedDiscs(game: game)?.discs.first ?? game.primary.path
    }

    /// The paths a game already in the platform file may name for `game`, best first: the launched file, the
    /// playlist, then every other file (a game imported by its second disc or by a track).
    static func candidatePaths(of game: RomGame) -> [String] {
        var paths = [launchPath(of: game)]
        for path in [game.primary.path] + game.files.map(\.path) where !paths.contains(path) { paths.append(path) }
        return paths
    }

    /// The `ApplicationPath` of each of `discs` (absolute) for a game whose own is `gamePath`: written in the form
    /// the game's is (a Windows drive path stays one) when the discs are in the folder that path names, else
    /// relative to the LaunchBox folder.
    func discApplicationPaths(_ discs: [String], gamePath: String) -> [String] {
        guard let first = discs.first else { return [] }
        let folder = (first as NSString).deletingLastPathComponent + "/"
        // A path that resolves here must name the discs' folder; one that does not (a drive path) is trusted.
        let sameFolder =
            LaunchBoxApplicationPath.resolve(gamePath, root: root).map {
                ($0 as NSString).deletingLastPathComponent + "/" == folder
            } ?? true
        let cut =
            gamePath.lastIndex { $0 == "/" || $0 == "\\" }.map { gamePath.index(after: $0) } ?? gamePath.startIndex
        let separator = gamePath.contains("/") && !gamePath.contains("\\") ? "/" : "\\"
        return discs.map { disc in
            guard sameFolder, disc.hasPrefix(folder) else { return LaunchBoxApplicationPath.relative(disc, to: root) }
            return gamePath[..<cut] + disc.dropFirst(folder.count).replacingOccurrences(of: "/", with: separator)
        }
    }
}
