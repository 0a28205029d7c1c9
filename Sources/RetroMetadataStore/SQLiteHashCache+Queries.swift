import Logging
import RetroMetadataSQLite
import RetroMetadataCore

extension SQLiteHashCache {
    /// The records stored for `path` in `layout` when its stamp still matches; `nil` on a miss or a read error.
    public func lookup(path: String, layout: HashLayout, stamp: FileStamp) -> [HashRecord]? {
        do {
            let rows = try database.query(
                """
                SELECT f.size, f.mtime, r.member, r.size, r.crc32, r.md5, r.sha1,
                       r.headerless_size, r.headerless_crc32, r.headerless_md5, r.headerless_sha1
                FROM hash_files f LEFT JOIN hash_records r ON r.file_id = f.id
                WHERE f.path = ? AND f.layout = ? ORDER BY r.position
                """, [.text(path), .integer(Int64(layout.rawValue))])
            guard let first = rows.first, first[0].integer == stamp.size, first[1].integer == stamp.modified else {
                return nil
            }
            return rows.compactMap(SQLiteHashCache.record(from:))
        } catch {
            return nil
        }
    }

    /// Stores (replacing) the records of many files in one transaction.
    public func store(_ entries: [HashCacheEntry]) throws {
        try database.transaction {
            for entry in entries {
                try database.run(
                    "DELETE FROM hash_files WHERE path = ? AND layout = ?",
                    [.text(entry.path), .integer(Int64(entry.layout.rawValue))])
                try database.run(
                    "INSERT INTO hash_files (path, layout, size, mtime) VALUES (?, ?, ?, ?)",
                    [
                        .text(entry.path), .integer(Int64(entry.layout.rawValue)), .integer(entry.stamp.size),
                        .integer(entry.stamp.modified),
                    ])
                let fileID = database.lastInsertRowID
                for (position, record) in entry.records.enumerated() {
                    try database.run(
                        """
                        INSERT INTO hash_records (file_id, position, member, size, crc32, md5, sha1,
                            headerless_size, headerless_crc32, headerless_md5, headerless_sha1)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, SQLiteHashCache.values(of: record, fileID: fileID, position: position))
                }
            }
        }
    }

    /// Every remembered path holding an item with these digests (sha1, else md5, else crc32 and size).
    public func paths(for hashes: FileHashes) -> [String] {
        let (condition, values): (String, [SQLiteValue]) =
            if !hashes.sha1.isEmpty { ("r.sha1 = ?", [.text(hashes.sha1)]) } else if !hashes.md5.isEmpty {
                ("r.md5 = ?", [.text(hashes.md5)])
            } else { ("r.crc32 = ? AND r.size = ?", [.text(hashes.crc32), .integer(hashes.size)]) }
        let sql = "SELECT DISTINCT f.path FROM hash_records r JOIN hash_files f ON f.id = r.file_id WHERE \(condition)"
        return ((try? database.query(sql + " ORDER BY f.path", values)) ?? []).compactMap { $0[0].text }
    }

    private static func record(from row: [SQLiteValue]) -> HashRecord? {
        guard let size = row[3].integer, let crc = row[4].text, let md5 = row[5].text, let sha1 = row[6].text else {
            return nil
        }
        var headerless: FileHashes?
        if let headerSize = row[7].integer, let hcrc = row[8].text, let hmd5 = row[9].text, let hsha1 = row[10].text {
            headerless = FileHashes(size: headerSize, crc32: hcrc, md5: hmd5, sha1: hsha1)
        }
        return HashRecord(
            member: row[2].text, hashes: FileHashes(size: size, crc32: crc, md5: md5, sha1: sha1),
            headerless: headerless)
    }

    private static func values(of record: HashRecord, fileID: Int64, position: Int) -> [SQLiteValue] {
        let header = record.headerless
        return [
            .integer(fileID), .integer(Int64(position)), .optional(record.member), .integer(record.hashes.size),
            .text(record.hashes.crc32), .text(record.hashes.md5), .text(record.hashes.sha1),
            header.map { .integer($0.size) } ?? .null, .optional(header?.crc32), .optional(header?.md5),
            .optional(header?.sha1),
        ]
    }
}
