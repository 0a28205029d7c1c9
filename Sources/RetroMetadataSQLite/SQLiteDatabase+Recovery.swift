import Foundation
import Logging

extension SQLiteDatabase {
    /// Opens the database at `path` (creating its folder) and applies `schema`; a damaged file is moved
    /// aside to `<path>.corrupt-<unix time>` and a new one is started, with a warning naming `purpose`.
    public static func openRecovering(
        path: String, schema: String, purpose: String, logger: Logger
    ) throws -> SQLiteDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        do {
            return try openWithSchema(path, schema)
        } catch let error as SQLiteError where error.isCorruption {
            let aside = try moveAside(path)
            logger.warning(
                "\(purpose) was damaged; moved it aside and started a new one",
                metadata: [
                    "file": "\(path)", "moved_to": "\(aside)", "error": "\(error.message)",
                ])
            return try openWithSchema(path, schema)
        }
    }

    private static func openWithSchema(_ path: String, _ schema: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        try database.execute(schema)
        return database
    }

    private static func moveAside(_ path: String) throws -> String {
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = "\(path).corrupt-\(stamp)"
        if FileManager.default.fileExists(atPath: aside) { try FileManager.default.removeItem(atPath: aside) }
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return aside
    }
}
