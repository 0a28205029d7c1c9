import RetroMetadataCore
import RetroMetadataSQLite

/// The Flashpoint Archive's own `flashpoint.sqlite`, opened read-only; columns are found by name, so both
/// the older (`platform`) and newer (`platformName`) schemas read.
struct FlashpointDatabase: FlashpointCatalog {
    let database: SQLiteDatabase
    let select: String

    /// Opens the database at `path`; throws when it has no `game` table.
    init(path: String) throws {
        database = try SQLiteDatabase(path: path, readOnly: true)
        let columns = Set(try database.query("PRAGMA table_info(game)").compactMap { $0[1].text })
        guard columns.contains("id"), columns.contains("title") else {
            throw ProviderError.configuration(
                .flashpoint, operation: "open", detail: "\(path) is not a Flashpoint database: no game(id, title) table"
            )
        }
        let wanted: [(column: String, field: String)] = [
            ("alternateTitles", "alternateTitles"), ("series", "series"), ("developer", "developer"),
            ("publisher", "publisher"), ("tagsStr", "tags"),
            (columns.contains("platformName") ? "platformName" : "platform", "platform"), ("playMode", "playMode"),
            ("releaseDate", "releaseDate"), ("language", "language"), ("notes", "notes"),
            ("originalDescription", "originalDescription"), ("library", "library"), ("source", "source"),
            ("status", "status"), ("version", "version"),
        ]
        let parts = wanted.map { columns.contains($0.column) ? "\"\($0.column)\"" : "NULL" }
        select = "SELECT id, title, " + parts.joined(separator: ", ") + " FROM game"
        fieldNames = wanted.map(\.field)
    }

    private let fieldNames: [String]

    func search(_ term: String, limit: Int) async throws -> [FlashpointGame] {
        // Candidates share the term's longest word; the caller ranks them by similarity.
        let words = term.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let pattern = "%" + (words.max { $0.count < $1.count } ?? term) + "%"
        let rows = try database.query(
            select + " WHERE title LIKE ? OR alternateTitles LIKE ? LIMIT ?",
            [.text(pattern), .text(pattern), .integer(Int64(limit))])
        return rows.map(game)
    }

    func game(id: String) async throws -> FlashpointGame? {
        try database.query(select + " WHERE id = ?", [.text(id)]).first.map(game)
    }

    private func game(_ row: [SQLiteValue]) -> FlashpointGame {
        var fields: [String: String] = [:]
        for (offset, name) in fieldNames.enumerated() {
            if let text = row[offset + 2].text, !text.isEmpty { fields[name] = text }
        }
        return FlashpointGame(id: row[0].text ?? "", title: row[1].text ?? "", fields: fields)
    }
}
