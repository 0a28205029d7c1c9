import Foundation
import RetroMetadataCore
import RetroMetadataScan
import RetroMetadataSQLite
import RetroMetadataXML

/// LaunchBox's `Metadata.xml` imported once into an indexed SQLite file: games, alternate names (normalised
/// search keys) and images, re-imported only when the source file's size or modification time changed.
public final class LaunchBoxIndex: Sendable {
    /// The index database.
    let database: SQLiteDatabase

    /// What an import did.
    public struct ImportSummary: Hashable, Sendable {
        /// Whether the source was unchanged and nothing was read.
        public var skipped: Bool
        /// Games stored.
        public var games: Int
        /// Alternate names stored.
        public var alternateNames: Int
        /// Image records stored.
        public var images: Int
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS source (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS game (id INTEGER PRIMARY KEY, name TEXT NOT NULL, platform TEXT,
          release_date TEXT, overview TEXT, max_players INTEGER, cooperative INTEGER, video_url TEXT,
          wikipedia_url TEXT, rating REAL, rating_count INTEGER, esrb TEXT, genres TEXT, developer TEXT,
          publisher TEXT, release_type TEXT);
        CREATE TABLE IF NOT EXISTS name (key TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, region TEXT,
          alternate INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS name_key ON name(key);
        CREATE INDEX IF NOT EXISTS name_id ON name(id);
        CREATE TABLE IF NOT EXISTS image (id INTEGER NOT NULL, type TEXT NOT NULL, region TEXT, file_name TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS image_id ON image(id);
        """

    /// Opens (creating) the index at `path`.
    public init(path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        database = try SQLiteDatabase(path: path)
        try database.execute(Self.schema)
    }

    /// The normalised search key of a title (articles, punctuation and case removed).
    static func key(_ name: String) -> String { SearchTermNormalizer.normalize(name) }

    /// Imports `metadataPath` (`Metadata.xml`, or LaunchBox's `Metadata.zip` holding it) unless the recorded size
    /// and modification time still match it.
    @discardableResult
    public func importIfChanged(metadataPath: String) throws -> ImportSummary {
        let attributes = try FileManager.default.attributesOfItem(atPath: metadataPath)
        let size = Int64((attributes[.size] as? NSNumber)?.int64Value ?? 0)
        let modified = Int64(((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0) * 1000)
        let recorded = try database.query("SELECT size, modified FROM source WHERE path = ?", [.text(metadataPath)])
        if let row = recorded.first, row[0].integer == size, row[1].integer == modified {
            return ImportSummary(skipped: true, games: 0, alternateNames: 0, images: 0)
        }
        guard metadataPath.lowercased().hasSuffix(".zip") else {
            return try load(xmlPath: metadataPath, source: metadataPath, size: size, modified: modified)
        }
        // The XML inside is far larger than memory allows, so it is streamed to a file next to the index first.
        let extracted = (database.path as NSString).deletingLastPathComponent + "/Metadata.xml.importing"
        defer { try? FileManager.default.removeItem(atPath: extracted) }
        guard try ArchiveExtractor.extract(member: "Metadata.xml", from: metadataPath, to: extracted) else {
            throw ProviderError.configuration(
                .launchbox, operation: "import", detail: "\(metadataPath) has no Metadata.xml member")
        }
        return try load(xmlPath: extracted, source: metadataPath, size: size, modified: modified)
    }

    private func load(xmlPath: String, source metadataPath: String, size: Int64, modified: Int64) throws
        -> ImportSummary
    {
        let reader = try LaunchBoxMetadataReader(path: xmlPath)
        return try database.transaction {
            try database.execute("DELETE FROM game; DELETE FROM name; DELETE FROM image; DELETE FROM source")
            var summary = ImportSummary(skipped: false, games: 0, alternateNames: 0, images: 0)
            try reader.forEach { record in try store(record, into: &summary) }
            try database.run(
                "INSERT INTO source (path, size, modified) VALUES (?, ?, ?)",
                [.text(metadataPath), .integer(size), .integer(modified)])
            return summary
        }
    }

    private func store(_ record: LaunchBoxMetadataRecord, into summary: inout ImportSummary) throws {
        switch record {
        case .game(let game):
            guard let id = Int64(game.databaseID) else { return }
            try database.run(
                """
                INSERT OR REPLACE INTO game (id, name, platform, release_date, overview, max_players, cooperative,
                  video_url, wikipedia_url, rating, rating_count, esrb, genres, developer, publisher, release_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .integer(id), .text(game.name), .optional(game.platform), .optional(game.releaseDate?.description),
                    .optional(game.overview), game.maxPlayers.map { .integer(Int64($0)) } ?? .null,
                    game.cooperative.map { .integer($0 ? 1 : 0) } ?? .null, .optional(game.videoURL),
                    .optional(game.wikipediaURL), game.communityRating.map { .real($0) } ?? .null,
                    game.communityRatingCount.map { .integer(Int64($0)) } ?? .null, .optional(game.esrb),
                    game.genres.isEmpty ? .null : .text(game.genres.joined(separator: ";")),
                    .optional(game.developer), .optional(game.publisher), .optional(game.releaseType),
                ])
            try addName(id: id, name: game.name, region: nil, alternate: false)
            summary.games += 1
        case .alternateName(let alternate):
            guard let id = Int64(alternate.databaseID), !alternate.name.isEmpty else { return }
            try addName(id: id, name: alternate.name, region: alternate.region, alternate: true)
            summary.alternateNames += 1
        case .image(let image):
            guard let id = Int64(image.databaseID), !image.fileName.isEmpty else { return }
            try database.run(
                "INSERT INTO image (id, type, region, file_name) VALUES (?, ?, ?, ?)",
                [.integer(id), .text(image.type), .optional(image.region), .text(image.fileName)])
            summary.images += 1
        case .other:
            return
        }
    }

    private func addName(id: Int64, name: String, region: String?, alternate: Bool) throws {
        try database.run(
            "INSERT INTO name (key, id, name, region, alternate) VALUES (?, ?, ?, ?, ?)",
            [.text(Self.key(name)), .integer(id), .text(name), .optional(region), .integer(alternate ? 1 : 0)])
    }
}
