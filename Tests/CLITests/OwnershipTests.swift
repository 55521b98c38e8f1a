import Foundation
import SQLite
import TestSupport
import Testing

/// dues uses a SQLite file only when its header says it is dues' (`PRAGMA application_id`), never by a table name.
@Suite struct OwnershipTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Runs `sql` on the file, made if needed, and leaves it in rollback-journal mode, as another program would.
    func sqlite3(_ name: String, _ sql: String) throws {
        let database = try Database(path: folder.path(name), create: true)
        try database.execute(sql)
        #expect(try database.fetchOne("PRAGMA journal_mode = DELETE") { $0[0] as String } == "delete")
    }

    func expectUntouched(_ name: String, by arguments: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: folder.url.appending(path: name))
        for command in arguments {
            let result = try DuesBinary.run(command + ["--db", name], in: folder.url)
            #expect(result.status == 1, "\(command)", sourceLocation: sourceLocation)
            #expect(
                (result.stderr + result.stdout).contains("\(name) is another program's SQLite database, not a dues database"), "\(command): \(result.stderr)",
                sourceLocation: sourceLocation)
            #expect(try Data(contentsOf: folder.url.appending(path: name)) == before, "\(command)", sourceLocation: sourceLocation)
            for suffix in ["-wal", "-shm", "-journal"] {
                #expect(!FileManager.default.fileExists(atPath: folder.path(name + suffix)), "\(command)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aDatabaseWithItsOwnSchemaMigrationsTableIsLeftAlone() throws {
        try sqlite3("rails.sqlite", """
            CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);
            INSERT INTO schema_migrations VALUES ('20240101000000');
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
            """)
        try sqlite3("golang.sqlite", """
            CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, dirty BOOLEAN NOT NULL);
            INSERT INTO schema_migrations VALUES (1, 0);
            """)
        for name in ["rails.sqlite", "golang.sqlite"] {
            try expectUntouched(name, by: [["init"], ["status"], ["members", "list"], ["doctor"]])
        }
    }

    @Test func anEmptySQLiteDatabaseDuesDidNotMakeIsLeftAlone() throws {
        try sqlite3("empty.sqlite", "CREATE TABLE t (x); DROP TABLE t;")
        try expectUntouched("empty.sqlite", by: [["init"], ["status"]])
    }

    @Test func anotherProgramsApplicationIDIsRefusedEvenWithDuesTables() throws {
        #expect(try DuesBinary.run(["init", "--db", "dues.sqlite"], in: folder.url).status == 0)
        try sqlite3("dues.sqlite", "PRAGMA application_id = 42")
        try expectUntouched("dues.sqlite", by: [["init"], ["status"]])
    }

    @Test func aNewDatabaseAndAnEmptyFileGetDuesApplicationID() throws {
        FileManager.default.createFile(atPath: folder.path("empty.sqlite"), contents: nil)
        for name in ["new.sqlite", "empty.sqlite"] {
            let result = try DuesBinary.run(["init", "--db", name], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Database(path: folder.path(name)).fetchOne("PRAGMA application_id") { $0[0] as Int } == 0x6475_6573)
        }
    }
}
