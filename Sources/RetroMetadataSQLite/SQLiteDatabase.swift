import CSQLite
import Foundation

/// One SQLite connection: WAL journal, busy timeout, cached prepared statements and transactions.
///
/// Calls are serialised by a lock, so one database may be shared between tasks.
public final class SQLiteDatabase: @unchecked Sendable {
    /// The database file (`:memory:` for an in-memory database).
    public let path: String
    private let connection: OpaquePointer
    private let lock = NSRecursiveLock()
    private var statements: [String: SQLiteStatement] = [:]
    private var transactionDepth = 0

    /// Opens (creating when missing) the database at `path` in WAL mode; `readOnly` opens an existing file
    /// without changing it (no journal-mode switch), for databases other programs own.
    public init(path: String, busyTimeout: Duration = .seconds(5), readOnly: Bool = false) throws(SQLiteError) {
        self.path = path
        var handle: OpaquePointer?
        let mode = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let flags = mode | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(handle)
            throw SQLiteError(resultCode: status, message: message, file: path)
        }
        connection = handle
        sqlite3_extended_result_codes(handle, 1)
        let milliseconds =
            busyTimeout.components.seconds * 1000 + busyTimeout.components.attoseconds / 1_000_000_000_000_000
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
        do {
            if readOnly { return }
            if path != ":memory:" { try execute("PRAGMA journal_mode = WAL") }
            try execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON")
        } catch {
            statements = [:]
            sqlite3_close_v2(handle)
            throw error
        }
    }

    /// Opens a private in-memory database.
    public static func inMemory() throws(SQLiteError) -> SQLiteDatabase {
        try SQLiteDatabase(path: ":memory:")
    }

    deinit {
        statements = [:]
        sqlite3_close_v2(connection)
    }

    /// Runs one or more statements that take no parameters (schema, pragmas).
    public func execute(_ sql: String) throws(SQLiteError) {
        lock.lock()
        defer { lock.unlock() }
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(connection, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            throw SQLiteError(resultCode: status, message: text, file: path, sql: sql)
        }
    }

    /// Runs one statement with `values` bound, discarding any rows.
    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        try withStatement(sql, values) { statement throws(SQLiteError) in
            while try statement.step() {}
        }
    }

    /// Runs one statement with `values` bound and returns every row.
    public func query(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> [[SQLiteValue]] {
        try withStatement(sql, values) { statement throws(SQLiteError) in
            var rows: [[SQLiteValue]] = []
            while try statement.step() { rows.append(statement.row) }
            return rows
        }
    }

    /// Runs `body` with the cached prepared statement for `sql`, `values` bound, under the connection lock.
    public func withStatement<T>(
        _ sql: String, _ values: [SQLiteValue] = [], _ body: (SQLiteStatement) throws(SQLiteError) -> T
    ) throws(SQLiteError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let statement: SQLiteStatement
        if let cached = statements[sql] {
            statement = cached
        } else {
            statement = try SQLiteStatement(database: self, connection: connection, sql: sql)
            statements[sql] = statement
        }
        try statement.bind(values)
        return try body(statement)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Nested calls become savepoints, so only their own work is undone when they throw.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let savepoint = "s\(transactionDepth)"
        try execute(transactionDepth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT \(savepoint)")
        transactionDepth += 1
        do {
            let value = try body()
            transactionDepth -= 1
            try execute(transactionDepth == 0 ? "COMMIT" : "RELEASE \(savepoint)")
            return value
        } catch {
            transactionDepth -= 1
            try? execute(transactionDepth == 0 ? "ROLLBACK" : "ROLLBACK TO \(savepoint); RELEASE \(savepoint)")
            throw error
        }
    }

    /// The row id of the last inserted row.
    public var lastInsertRowID: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return sqlite3_last_insert_rowid(connection)
    }

    /// The error for a failed call, with SQLite's message for this connection.
    func error(_ status: Int32, sql: String?) -> SQLiteError {
        SQLiteError(resultCode: status, message: String(cString: sqlite3_errmsg(connection)), file: path, sql: sql)
    }
}
