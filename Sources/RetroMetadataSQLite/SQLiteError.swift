/// A failure from an SQLite database, naming the database file.
public struct SQLiteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// SQLite's primary result code (`SQLITE_CORRUPT` is 11, `SQLITE_NOTADB` 26, ...).
    public let resultCode: Int32
    /// SQLite's message.
    public let message: String
    /// The database file (`:memory:` for an in-memory database).
    public let file: String
    /// The statement that failed, when one did.
    public let sql: String?

    /// Creates an error.
    public init(resultCode: Int32, message: String, file: String, sql: String? = nil) {
        self.resultCode = resultCode
        self.message = message
        self.file = file
        self.sql = sql
    }

    /// Whether the file is damaged or not a database at all.
    public var isCorruption: Bool { resultCode & 0xFF == 11 || resultCode & 0xFF == 26 }

    /// `file: message`, with the statement when known.
    public var description: String {
        let statement = sql.map { " (in: \($0.prefix(80)))" } ?? ""
        return "\(file): \(message)\(statement)"
    }
}
