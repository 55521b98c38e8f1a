import Foundation
import TestSupport
import Testing
@testable import SQLite

@Suite struct MigratorTests {
    let folder: TemporaryFolder
    let first = Migration(version: 1, name: "people", sql: "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;")
    let second = Migration(
        version: 2, name: "pets",
        sql: "CREATE TABLE pets (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL REFERENCES people(id)) STRICT;")

    init() throws {
        folder = try TemporaryFolder()
    }

    func open() throws -> Database { try Database(path: folder.path("m.sqlite"), create: true) }

    func tables(_ database: Database) throws -> [String] {
        try database.fetchAll("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0[0] }
    }

    @Test func appliesAFreshDatabaseInOrderAndRecordsChecksums() throws {
        let database = try open()
        let applied = try Migrator(migrations: [second, first]).migrate(database)
        #expect(applied.map(\.version) == [1, 2])
        #expect(try tables(database) == ["people", "pets", "schema_migrations"])
        let recorded = try database.fetchAll("SELECT version, checksum FROM schema_migrations ORDER BY version") {
            ($0[0] as Int, $0[1] as String)
        }
        #expect(recorded.map(\.0) == [1, 2])
        #expect(recorded.map(\.1) == [first.checksum, second.checksum])
        #expect(try Migrator(migrations: [first, second]).migrate(database).isEmpty)
    }

    @Test func upgradesAnOlderDatabase() throws {
        let database = try open()
        try Migrator(migrations: [first]).migrate(database)
        let migrator = try Migrator(migrations: [first, second])
        #expect(try migrator.pending(in: database) == [second])
        #expect(try migrator.migrate(database) == [second])
        #expect(try migrator.pending(in: database).isEmpty)
    }

    @Test func refusesADatabaseWhoseAppliedMigrationWasEdited() throws {
        let database = try open()
        try Migrator(migrations: [first]).migrate(database)
        let edited = Migration(version: 1, name: "people", sql: first.sql + "\n-- tweak")
        #expect(throws: MigrationError.edited(fileName: "0001_people.sql")) {
            try Migrator(migrations: [edited, second]).migrate(database)
        }
        #expect(try tables(database) == ["people", "schema_migrations"])
    }

    @Test func refusesADatabaseNewerThanTheBinary() throws {
        let database = try open()
        try Migrator(migrations: [first, second]).migrate(database)
        #expect(throws: MigrationError.newerDatabase(databaseVersion: 2, knownVersion: 1)) {
            try Migrator(migrations: [first]).pending(in: database)
        }
    }

    @Test func aFailingMigrationLeavesNothingBehind() throws {
        let database = try open()
        let broken = Migration(version: 2, name: "broken", sql: "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);")
        #expect(throws: SQLiteError.self) { try Migrator(migrations: [first, broken]).migrate(database) }
        #expect(try tables(database) == ["people", "schema_migrations"])
        #expect(try database.fetchAll("SELECT version FROM schema_migrations") { $0[0] as Int } == [1])
    }

    @Test func aTableRebuiltByAMigrationKeepsTheRowsThatReferToIt() throws {
        let database = try open()
        let pets = Migration(
            version: 2, name: "pets",
            sql: "CREATE TABLE pets (id INTEGER PRIMARY KEY, owner INTEGER REFERENCES people(id) ON DELETE CASCADE) STRICT;")
        try Migrator(migrations: [first, pets]).migrate(database)
        try database.execute("INSERT INTO people (id, name) VALUES (1, 'Kari'); INSERT INTO pets (id, owner) VALUES (7, 1);")
        let rebuild = Migration(version: 3, name: "rebuild", sql: """
            CREATE TABLE people_rebuilt (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> '')) STRICT;
            INSERT INTO people_rebuilt SELECT * FROM people;
            DROP TABLE people;
            ALTER TABLE people_rebuilt RENAME TO people;
            """)
        try Migrator(migrations: [first, pets, rebuild]).migrate(database)
        #expect(try database.fetchAll("SELECT id, owner FROM pets") { [$0[0] as Int, $0[1] as Int] } == [[7, 1]])
        #expect(try database.fetchOne("PRAGMA foreign_keys") { $0[0] as Int } == 1)
        #expect(throws: SQLiteError.self) { try database.execute("INSERT INTO pets (id, owner) VALUES (8, 2)") }
    }

    @Test func aMigrationThatBreaksForeignKeysIsRolledBack() throws {
        let database = try open()
        let dangling = Migration(
            version: 3, name: "orphan",
            sql: "PRAGMA defer_foreign_keys = ON; INSERT INTO pets (id, owner) VALUES (1, 42);")
        #expect(throws: MigrationError.foreignKeyViolation(fileName: "0003_orphan.sql", table: "pets")) {
            try Migrator(migrations: [first, second, dangling]).migrate(database)
        }
        #expect(try database.fetchOne("SELECT count(*) FROM pets") { $0[0] as Int } == 0)
    }

    @Test func refusesDuplicateVersions() {
        #expect(throws: MigrationError.duplicateVersion(1)) { try Migrator(migrations: [first, first]) }
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
