import Foundation
import RetroMetadataCore

/// Groups found files into games: sheets claim their tracks, playlists claim their discs,
/// `(Disc N)` files of one title become one game, and a folder named `*.m3u` is one game.
public struct RomGrouper: Sendable {
    /// What grouping found.
    public struct Result: Sendable {
        /// The games, ordered by primary path.
        public var games: [RomGame] = []
        /// Sheets and playlists that could not be read or refer to missing files.
        public var issues: [ScanError] = []
    }

    /// Reads a sheet's text; an init parameter so tests can supply contents.
    let readText: @Sendable (String) throws(ScanError) -> String

    /// Creates a grouper that reads sheets from disk.
    public init() {
        readText = { path throws(ScanError) in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FileManager.default.fileExists(atPath: path)
                    ? .unreadable(path, reason: "permission denied") : .notFound(path)
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Creates a grouper with its own way of reading sheets.
    public init(readText: @escaping @Sendable (String) throws(ScanError) -> String) {
        self.readText = readText
    }

    /// Groups `files` into games.
    public func group(_ files: [RomFile]) -> Result {
        var state = Grouping(files: files, readText: readText)
        state.claimPlaylistFolders()
        state.claimPlaylists()
        let units = state.sheetUnits() + state.remainingUnits()
        state.addDiscGroups(units)
        state.result.games.sort { $0.primary.path < $1.primary.path }
        return state.result
    }
}
