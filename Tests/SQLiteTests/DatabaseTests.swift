import CSQLite
import Foundation
import TestSupport
import Testing
@testable import SQLite

@Suite struct DatabaseTests {
    /// A database file's bytes opened in memory, changed and serialized: the bytes open as a file again with the change,
    /// also when the file was in WAL mode (memory has no WAL).
    @Test func aFileImageOpensInMemoryAndSerializesBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("image.sqlite")
        let file = try Database(path: path, create: true)
        try file.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1); PRAGMA wal_checkpoint(TRUNCATE)")
        let image = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(image[18] == 2)
        let memory = try Database(deserializing: image)
        try memory.run("INSERT INTO t VALUES (?)", [2])
        let saved = folder.path("saved.sqlite")
        try Data(try memory.serialize()).write(to: URL(fileURLWithPath: saved))
        #expect(try Database(path: saved).fetchAll("SELECT x FROM t ORDER BY x") { $0[0] as Int } == [1, 2])
        #expect(throws: SQLiteError.self) { try Database(deserializing: Array("not a database at all, not at all".utf8)).fetchAll("SELECT * FROM t") { $0[0] as Int } }
    }

    let folder: TemporaryFolder
    let database: Database

    init() throws {
        folder = try TemporaryFolder()
        database = try Database(path: folder.path("test.sqlite"), create: true)
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB) STRICT")
    }

    @Test func configuresEveryConnectionSafely() throws {
        #expect(try database.fetchOne("PRAGMA journal_mode") { $0[0] as String } == "wal")
        #expect(try database.fetchOne("PRAGMA foreign_keys") { $0[0] as Int } == 1)
        #expect(try database.fetchOne("PRAGMA synchronous") { $0[0] as Int } == 2)
    }

    @Test func createsTheFileReadableByItsOwnerOnly() throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: database.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func refusesAMissingFileUnlessAskedToCreate() {
        #expect(throws: SQLiteError.self) { try Database(path: folder.path("missing.sqlite")) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing.sqlite")))
    }

    @Test func roundTripsEveryTypeByPosition() throws {
        let blob: [UInt8] = [0, 1, 2, 255]
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?)", [Int64.max, 2.5, "Ørjan Hætta-Sara ✓", blob])
        try database.run("INSERT INTO t VALUES (?, ?, ?, ?)", [Optional<Int>.none, Optional<Double>.none, "", [UInt8]()])
        let rows = try database.fetchAll("SELECT i, r, s, b FROM t ORDER BY rowid") { row in
            (row[0] as Int64?, row[1] as Double?, row[2] as String?, row[3] as [UInt8]?)
        }
        #expect(rows[0].0 == Int64.max && rows[0].1 == 2.5 && rows[0].2 == "Ørjan Hætta-Sara ✓" && rows[0].3 == blob)
        #expect(rows[1].0 == nil && rows[1].1 == nil && rows[1].2 == "" && rows[1].3 == [])
    }

    @Test func bindsBooleansDatesAndNamedParameters() throws {
        let when = Date(timeIntervalSince1970: 1_764_168_993)
        try database.run("INSERT INTO t (i, r, s) VALUES (:flag, :when, $text)", ["flag": true, "when": 7.0, "$text": "x"])
        try database.run("INSERT INTO t (i) VALUES (?)", [when])
        #expect(try database.fetchOne("SELECT i, r, s FROM t WHERE s = 'x'") { ($0[0] as Bool, $0[1] as Double, $0[2] as String) }! == (true, 7.0, "x"))
        #expect(try database.fetchOne("SELECT i FROM t WHERE s IS NULL") { $0[0] as Date } == when)
    }

    @Test func reportsAnUnknownParameterNameAndAWrongArgumentCount() {
        #expect(throws: SQLiteError.self) { try database.run("INSERT INTO t (i) VALUES (:a)", ["b": 1]) }
        #expect(throws: SQLiteError.self) { try database.run("INSERT INTO t (i) VALUES (?)", [1, 2]) }
    }

    @Test func errorsCarryTheExtendedCodeMessageAndSQLButNeverTheValues() throws {
        try database.execute("CREATE TABLE u (name TEXT UNIQUE) STRICT")
        try database.run("INSERT INTO u VALUES (?)", ["Kari Nordmann"])
        let error = try #require(throws: SQLiteError.self) {
            try database.run("INSERT INTO u VALUES (?)", ["Kari Nordmann"])
        }
        #expect(error.extendedCode == 2067) // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.isConstraintViolation)
        #expect(error.message.contains("UNIQUE"))
        #expect(error.sql == "INSERT INTO u VALUES (?)")
        #expect(!error.description.contains("Kari"))
    }

    @Test func strictTablesRejectValuesOfTheWrongType() {
        let error = #expect(throws: SQLiteError.self) { try database.run("INSERT INTO t (i) VALUES (?)", ["not a number"]) }
        #expect(error?.extendedCode == 3091) // SQLITE_CONSTRAINT_DATATYPE
    }

    @Test func writeRollsBackAndRethrowsTheOriginalError() throws {
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try database.write { db in
                try db.run("INSERT INTO t (i) VALUES (1)")
                throw Boom()
            }
        }
        #expect(try database.fetchOne("SELECT count(*) FROM t") { $0[0] as Int } == 0)
        #expect(!database.isInTransaction)
    }

    @Test func nestedWritesUseSavepointsThatRollBackAlone() throws {
        struct Boom: Error {}
        try database.write { db in
            try db.run("INSERT INTO t (i) VALUES (1)")
            _ = try? db.write { inner in
                try inner.run("INSERT INTO t (i) VALUES (2)")
                try inner.savepoint { innermost in
                    try innermost.run("INSERT INTO t (i) VALUES (3)")
                }
                throw Boom()
            }
            try db.savepoint { inner in try inner.run("INSERT INTO t (i) VALUES (4)") }
        }
        #expect(try database.fetchAll("SELECT i FROM t ORDER BY i") { $0[0] as Int } == [1, 4])
    }

    @Test func aReadBlockSeesOneSnapshot() throws {
        let other = try Database(path: database.path)
        try database.run("INSERT INTO t (i) VALUES (1)")
        let counts = try database.read { db -> (Int, Int) in
            let before: Int = try db.fetchOne("SELECT count(*) FROM t") { $0[0] }!
            try other.run("INSERT INTO t (i) VALUES (2)")
            let after: Int = try db.fetchOne("SELECT count(*) FROM t") { $0[0] }!
            return (before, after)
        }
        #expect(counts == (1, 1))
        #expect(try database.fetchOne("SELECT count(*) FROM t") { $0[0] as Int } == 2)
    }

    @Test func aSecondWriterWaitsInsteadOfFailingWithBusy() async throws {
        let path = database.path
        let holder = try Database(path: path)
        try holder.execute("BEGIN IMMEDIATE")
        try holder.run("INSERT INTO t (i) VALUES (1)")
        let waiter = Task.detached { () throws -> Date in
            let second = try Database(path: path)
            try second.write { try $0.run("INSERT INTO t (i) VALUES (2)") }
            return Date()
        }
        try await Task.sleep(for: .milliseconds(300))
        let released = Date()
        try holder.execute("COMMIT")
        let finished = try await waiter.value
        #expect(finished >= released)
        #expect(try database.fetchAll("SELECT i FROM t ORDER BY i") { $0[0] as Int } == [1, 2])
    }

    @Test func refusesAFileThatIsNotADatabaseWithoutChangingIt() throws {
        let path = folder.path("notes.txt")
        let content = Data(String(repeating: "not a database\n", count: 400).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: SQLiteError.self) { try Database(path: path) }
        #expect(error?.isCorruption == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }
}
