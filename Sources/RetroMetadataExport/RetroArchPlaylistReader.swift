import Foundation
import RetroMetadataCore
import RetroMetadataScan

/// Reads a RetroArch playlist: JSON `.lpl` (any 1.x version, unknown keys ignored), the legacy six-line text
/// form, and either of them inside RetroArch's RZIP container.
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
        var data = data
        if RZipStream.isCompressed(data) {
            do { data = try RZipStream.decompress(data, file: file) } catch {
                throw ExportError(.badSource, error.message, file: file)
            }
        }
        let firstByte = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        guard firstByte == UInt8(ascii: "{") else { return Library(entries: legacyItems(data).compactMap(entry)) }
        let playlist: Playlist
        do { playlist = try JSONDecoder().decode(Playlist.self, from: data) } catch {
            throw ExportError(.badSource, "not a JSON playlist: \(error.localizedDescription)", file: file)
        }
        return Library(entries: (playlist.items ?? []).compactMap(entry))
    }

    /// The entries of a legacy playlist: six lines per game (path, label, core path, core name, crc32, database),
    /// then optional `key = "value"` settings lines.
    private static func legacyItems(_ data: Data) -> [Item] {
        var lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n"
        }.map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        var items: [Item] = []
        var index = 0
        while index + 6 <= lines.count, !isSetting(lines[index]) {
            let group = lines[index..<(index + 6)].map { $0 }
            items.append(
                Item(
                    path: group[0], label: group[1], core_path: group[2], core_name: group[3], crc32: group[4],
                    db_name: group[5]))
            index += 6
        }
        return items
    }

    /// A trailer line such as `default_core_path = "…"`, which ends the entries.
    private static func isSetting(_ line: String) -> Bool {
        guard let equals = line.range(of: " = ") else { return false }
        return line[..<equals.lowerBound].allSatisfy { $0 == "_" || ("a"..."z").contains($0) }
    }

    private static func entry(_ item: Item) -> LibraryEntry? {
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
    }
}
