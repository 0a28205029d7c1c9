import Foundation
import RetroMetadataSQLite
import RetroMetadataTesting
import Testing

@testable import RetroMetadataStore

@Suite struct SQLiteDatabaseTests {
    @Test func typedValuesRoundTrip() throws {
        let database = try SQLiteDatabase.inMemory()
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let values: [SQLiteValue] = [.integer(-42), .real(2.5), .text("Zelda — ゼルダ"), .blob([0, 1, 255]), .null]
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", values)
        #expect(try database.query("SELECT * FROM t") == [values])
        #expect(try database.query("SELECT i FROM t WHERE s = ?", ["Zelda — ゼルダ"]).first?.first?.integer == -42)
    }

    @Test func fileDatabaseUsesWriteAheadLogging() throws {
        let folder = try TemporaryFolder()
        let database = try SQLiteDatabase(path: folder.path + "/x.sqlite")
        #expect(try database.query("PRAGMA journal_mode").first?.first?.text == "wal")
    }

    @Test func failedTransactionRollsBack() throws {
        struct Stop: Error {}
        let database = try SQLiteDatabase.inMemory()
        try database.execute("CREATE TABLE t (v INTEGER)")
        #expect(throws: Stop.self) {
            try database.transaction {
                try database.run("INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        try database.transaction { try database.run("INSERT INTO t VALUES (2)") }
        #expect(try database.query("SELECT v FROM t") == [[.integer(2)]])
    }

    @Test func nestedTransactionUndoesOnlyItsOwnWork() throws {
        struct Stop: Error {}
        let database = try SQLiteDatabase.inMemory()
        try database.execute("CREATE TABLE t (v INTEGER)")
        try database.transaction {
            try database.run("INSERT INTO t VALUES (1)")
            #expect(throws: Stop.self) {
                try database.transaction {
                    try database.run("INSERT INTO t VALUES (2)")
                    throw Stop()
                }
            }
            try database.transaction { try database.run("INSERT INTO t VALUES (3)") }
        }
        #expect(try database.query("SELECT v FROM t ORDER BY v") == [[.integer(1)], [.integer(3)]])
    }

    @Test func errorsNameTheDatabaseFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/named.sqlite"
        let database = try SQLiteDatabase(path: path)
        do {
            try database.run("SELECT * FROM missing_table")
            Issue.record("a bad statement ran")
        } catch {
            #expect(error.file == path)
            #expect(error.description.hasPrefix(path + ": "))
            #expect(error.message.contains("missing_table"))
        }
    }

    @Test func garbageFileIsReportedAsCorruption() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/garbage.sqlite"
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try SQLiteDatabase(path: path)
            Issue.record("garbage opened as a database")
        } catch {
            #expect(error.isCorruption)
        }
    }
}
