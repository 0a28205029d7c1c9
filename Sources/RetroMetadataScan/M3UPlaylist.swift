import Foundation
import RetroMetadataFiles

/// An `.m3u` playlist of a multi-disc game: one file name per line, `#` lines are comments.
public struct M3UPlaylist: Hashable, Sendable {
    /// The entries, as written (usually relative to the playlist's folder).
    public var entries: [String]

    /// Creates a playlist.
    public init(entries: [String]) {
        self.entries = entries
    }

    /// Reads a playlist's text; blank lines and `#` comments are skipped.
    public init(text: String) {
        entries = DiscSheet.lines(text).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }

    /// Reads the playlist at `path`.
    public static func read(at path: String) throws(ScanError) -> M3UPlaylist {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? .unreadable(path, reason: "permission denied") : .notFound(path)
        }
        return M3UPlaylist(text: String(decoding: data, as: UTF8.self))
    }

    /// The playlist of a game's discs, named relative to `folder`.
    public init(game: RomGame, relativeTo folder: String) {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        entries = game.discs.map { $0.path.hasPrefix(prefix) ? String($0.path.dropFirst(prefix.count)) : $0.path }
    }

    /// The playlist as text: one entry per line, each ending in a newline.
    public var text: String { entries.map { $0 + "\n" }.joined() }

    /// Writes the playlist to `path` atomically (temporary file, fsync, rename).
    public func write(to path: String) throws(ScanError) {
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            throw .writeFailed(path, reason: error.reason)
        }
    }
}
