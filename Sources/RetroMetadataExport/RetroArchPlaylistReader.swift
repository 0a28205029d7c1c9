import Foundation
import RetroMetadataCore

/// Reads a RetroArch `.lpl` JSON playlist (any 1.x version, unknown keys ignored).
public enum RetroArchPlaylistReader {
    private struct Playlist: Decodable {
        let items: [Item]?
    }

    private struct Item: Decodable {
        let path: String?
        let label: String?
        let core_path: String?
        let core_name: String?
        let crc32: String?
        let db_name: String?
    }

    /// The games of the playlist in `data`; `file` names it in errors.
    public static func read(_ data: Data, file: String) throws(ExportError) -> Library {
        let playlist: Playlist
        do { playlist = try JSONDecoder().decode(Playlist.self, from: data) } catch {
            throw ExportError(.badSource, "not a JSON playlist: \(error.localizedDescription)", file: file)
        }
        return Library(
            entries: (playlist.items ?? []).compactMap { item in
                guard let path = item.path, !path.isEmpty else { return nil }
                var entry = LibraryEntry(path: path)
                entry.name = item.label.flatMap { $0.isEmpty ? nil : $0 }
                for (key, value) in [
                    ("core_path", item.core_path), ("core_name", item.core_name), ("crc32", item.crc32),
                    ("db_name", item.db_name),
                ] {
                    if let value, !value.isEmpty, value != "DETECT" { entry.setField(key, to: value) }
                }
                return entry
            })
    }
}
