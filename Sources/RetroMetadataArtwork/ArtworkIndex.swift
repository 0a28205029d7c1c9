import Foundation
import RetroMetadataSQLite

/// The store's SQLite index: stored files by hash, source URLs → hash, and resized variants.
struct ArtworkIndex: Sendable {
    let database: SQLiteDatabase

    /// Opens (creating) the index at `path`.
    init(path: String) throws(ArtworkError) {
        do {
            database = try SQLiteDatabase(path: path)
            try database.execute(
                """
                CREATE TABLE IF NOT EXISTS artwork_files (
                    sha1 TEXT PRIMARY KEY, format TEXT NOT NULL, bytes INTEGER NOT NULL, stored_at INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS artwork_urls (
                    url TEXT PRIMARY KEY, sha1 TEXT NOT NULL, provider TEXT, fetched_at INTEGER NOT NULL);
                CREATE INDEX IF NOT EXISTS artwork_urls_sha1 ON artwork_urls(sha1);
                CREATE TABLE IF NOT EXISTS artwork_variants (
                    source TEXT NOT NULL, spec TEXT NOT NULL, sha1 TEXT NOT NULL, PRIMARY KEY (source, spec));
                """)
        } catch {
            throw .io("cannot open the artwork index: \(error.message)", file: path)
        }
    }

    /// Runs `body`, turning SQLite failures into store I/O errors naming the index file.
    func run<T>(_ body: () throws(SQLiteError) -> T) throws(ArtworkError) -> T {
        do { return try body() } catch { throw .io(error.message, file: database.path) }
    }

    /// The file record for `sha1`, when indexed.
    func file(_ sha1: String) throws(ArtworkError) -> (format: ArtworkFormat, bytes: Int)? {
        let rows = try run { () throws(SQLiteError) in
            try database.query("SELECT format, bytes FROM artwork_files WHERE sha1 = ?", [.text(sha1)])
        }
        guard let row = rows.first, let format = row[0].text.flatMap(ArtworkFormat.init(rawValue:)) else {
            return nil
        }
        return (format, Int(row[1].integer ?? 0))
    }

    /// Records a stored file.
    func addFile(_ sha1: String, format: ArtworkFormat, bytes: Int) throws(ArtworkError) {
        try run { () throws(SQLiteError) in
            try database.run(
                "INSERT OR IGNORE INTO artwork_files (sha1, format, bytes, stored_at) VALUES (?, ?, ?, ?)",
                [.text(sha1), .text(format.rawValue), .integer(Int64(bytes)), .integer(Self.now)])
        }
    }

    /// The hash stored for a (redacted) URL.
    func hash(forURL url: String) throws(ArtworkError) -> String? {
        try run { () throws(SQLiteError) in
            try database.query("SELECT sha1 FROM artwork_urls WHERE url = ?", [.text(url)]).first?[0].text
        }
    }

    /// Records that `url` (redacted) holds the file `sha1`.
    func addURL(_ url: String, sha1: String, provider: String?) throws(ArtworkError) {
        try run { () throws(SQLiteError) in
            try database.run(
                "INSERT OR REPLACE INTO artwork_urls (url, sha1, provider, fetched_at) VALUES (?, ?, ?, ?)",
                [.text(url), .text(sha1), .optional(provider), .integer(Self.now)])
        }
    }

    /// The hash of the variant of `source` made with `spec`.
    func variant(of source: String, spec: String) throws(ArtworkError) -> String? {
        try run { () throws(SQLiteError) in
            try database.query(
                "SELECT sha1 FROM artwork_variants WHERE source = ? AND spec = ?", [.text(source), .text(spec)]
            ).first?[0].text
        }
    }

    /// Records a variant.
    func addVariant(of source: String, spec: String, sha1: String) throws(ArtworkError) {
        try run { () throws(SQLiteError) in
            try database.run(
                "INSERT OR REPLACE INTO artwork_variants (source, spec, sha1) VALUES (?, ?, ?)",
                [.text(source), .text(spec), .text(sha1)])
        }
    }

    private static var now: Int64 { Int64(Date().timeIntervalSince1970) }
}
