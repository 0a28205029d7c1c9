import Foundation
import Logging
import RetroMetadataSQLite
import RetroMetadataCore

/// The hash cache in an SQLite database: one row per file (path, layout, size, mtime) and one per hashed item.
public final class SQLiteHashCache: HashCache {
    /// The file name of the cache inside the state directory.
    public static let fileName = "hashes.sqlite"

    /// The underlying database.
    public let database: SQLiteDatabase
    private let logger: Logger

    /// Opens the cache database at `path`, creating it (and its folder) when missing; a damaged
    /// file is moved aside to `<path>.corrupt-<time>` and rebuilt, with a warning.
    public init(path: String, logger: Logger) throws {
        self.logger = logger
        database = try SQLiteDatabase.openRecovering(
            path: path, schema: SQLiteHashCache.schema, purpose: "hash cache", logger: logger)
    }

    /// Opens the cache in `directory` (see `StateDirectory`).
    public convenience init(directory: String, logger: Logger) throws {
        try self.init(path: directory + "/" + SQLiteHashCache.fileName, logger: logger)
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS hash_files (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            layout INTEGER NOT NULL,
            size INTEGER NOT NULL,
            mtime INTEGER NOT NULL,
            UNIQUE (path, layout)
        );
        CREATE TABLE IF NOT EXISTS hash_records (
            file_id INTEGER NOT NULL REFERENCES hash_files (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            member TEXT,
            size INTEGER NOT NULL,
            crc32 TEXT NOT NULL,
            md5 TEXT NOT NULL,
            sha1 TEXT NOT NULL,
            headerless_size INTEGER,
            headerless_crc32 TEXT,
            headerless_md5 TEXT,
            headerless_sha1 TEXT
        );
        CREATE INDEX IF NOT EXISTS hash_records_file ON hash_records (file_id);
        CREATE INDEX IF NOT EXISTS hash_records_sha1 ON hash_records (sha1);
        CREATE INDEX IF NOT EXISTS hash_records_md5 ON hash_records (md5);
        CREATE INDEX IF NOT EXISTS hash_records_crc32 ON hash_records (crc32);
        """
}
