import Foundation
import RetroMetadataCore
import RetroMetadataScan

/// One ROM folder to scrape: its files, platform and the entries of its own gamelist.
public struct ScrapeFolder: Sendable {
    /// The folder's absolute path.
    public let path: String
    /// The universal platform slug.
    public let platform: String
    /// The ROM files found in it.
    public let files: [RomFile]
    /// The files grouped into games: a sheet with its tracks, the discs of one game, a playlist and its discs.
    public let games: [RomGame]
    /// The folder's own gamelist entries by ROM file name.
    public let existing: [String: LibraryEntry]

    /// A folder with its files (grouped into games by `RomGrouper` unless `games` is given) and existing entries.
    public init(
        path: String, platform: String, files: [RomFile], games: [RomGame]? = nil,
        existing: [String: LibraryEntry] = [:]
    ) {
        self.path = path
        self.platform = platform
        self.files = files
        self.games = games ?? RomGrouper().group(files).games
        self.existing = existing
    }

    /// The ROM folders under `paths`, each with its platform (`platform`, else the folder's name) and its files
    /// grouped into games, and the scan's issues (unreadable files, sheets or playlists naming missing files); an
    /// unknown folder name without `platform` is an error naming the folder. A folder named `*.m3u` (one game's
    /// discs) belongs to the ROM folder holding it.
    public static func scan(_ paths: [String], platform: String? = nil) throws -> (folders: [ScrapeFolder], issues: [ScanError]) {
        let found = (platform.map { RomFinder(platform: $0) } ?? RomFinder()).find(in: paths)
        let byFolder = Dictionary(grouping: found.files) {
            URL(fileURLWithPath: $0.playlistFolder ?? $0.path).deletingLastPathComponent().standardizedFileURL.path
        }
        var issues = found.issues
        let folders = try byFolder.keys.sorted().map { folder in
            let name = URL(fileURLWithPath: folder).lastPathComponent
            guard let slug = platform ?? (try? PlatformCatalog.standard.resolve(name).slug) else {
                throw ScrapeError.unknownPlatform(folder: folder)
            }
            let gamelist = folder + "/gamelist.xml"
            let existing = FileManager.default.fileExists(atPath: gamelist) ? try entries(in: gamelist) : [:]
            let files = byFolder[folder] ?? []
            let grouped = RomGrouper().group(files)
            issues += grouped.issues
            return ScrapeFolder(path: folder, platform: slug, files: files, games: grouped.games, existing: existing)
        }
        return (folders, issues)
    }

    /// The game entries of a gamelist or LaunchBox file, by ROM file name (the first entry wins).
    public static func entries(in path: String) throws -> [String: LibraryEntry] {
        let library = try ConvertSource.load(path).library
        var byName: [String: LibraryEntry] = [:]
        for entry in library.entries where entry.kind == .game {
            byName[fileName(entry.path)] = byName[fileName(entry.path)] ?? entry
        }
        return byName
    }

    /// The last component of a ROM path as a frontend wrote it (`./x.sfc`, `C:\Games\x.sfc`).
    public static func fileName(_ path: String) -> String {
        String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
    }
}
