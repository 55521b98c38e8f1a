import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct HealthTests {
    let folder: TemporaryFolder
    let path: String

    init() throws {
        folder = try TemporaryFolder()
        path = folder.path("dues.sqlite")
        let store = try Store.create(at: path).store
        for number in 0..<400 {
            try store.database.run("""
                INSERT INTO members (member_number, first_name, last_name, created_at, updated_at)
                VALUES (?, 'Kari', ?, 0, 0)
                """, [String(number), String(repeating: "Nordmann", count: 20)])
        }
    }

    @Test func aHealthyDatabasePassesEveryCheck() {
        let checks = Store.diagnose(path: path)
        #expect(checks.filter { !$0.ok } == [])
        #expect(Set(checks.map(\.name)).isSuperset(of: ["quick_check", "integrity_check", "foreign_key_check", "journal_mode", "schema"]))
    }

    @Test func flagsAFileOthersCanRead() throws {
        chmod(path, 0o644)
        let failed = Store.diagnose(path: path).filter { !$0.ok }
        #expect(failed.map(\.name) == ["permissions dues.sqlite"])
    }

    @Test func reportsADamagedPage() throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try handle.seekToEnd()
        #expect(size > 16_384)
        try handle.seek(toOffset: size - 8_192)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4_096))
        try handle.close()
        let failed = Store.diagnose(path: path).filter { !$0.ok }.map(\.name)
        #expect(failed.contains("quick_check") && failed.contains("integrity_check") || failed == ["open"])
    }

    func failures(_ path: String? = nil) -> [String] {
        Store.diagnose(path: path ?? self.path).filter { !$0.ok }.map(\.name)
    }

    @Test func everyCheckIsThere() {
        #expect(Store.diagnose(path: path).map(\.name) == [
            "permissions dues.sqlite", "open", "quick_check", "integrity_check", "foreign_key_check", "journal_mode",
            "application_id", "schema", "schema objects", "kind",
        ])
    }

    @Test func reportsAFileThatIsNotADatabase() throws {
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect(failures() == ["open"])
    }

    @Test func reportsADanglingReference() throws {
        try Database(path: path).execute("""
            PRAGMA foreign_keys = OFF;
            INSERT INTO members (member_number, first_name, last_name, branch_id, created_at, updated_at)
            VALUES ('x', 'A', 'B', 999, 0, 0);
            """)
        #expect(failures() == ["foreign_key_check"])
    }

    @Test func reportsARollbackJournalAndLeavesItSo() throws {
        #expect(try Database(path: path).fetchOne("PRAGMA journal_mode = DELETE") { $0[0] as String } == "delete")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(failures() == ["journal_mode"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func reportsAMissingApplicationIDAndAPendingMigration() throws {
        try Database(path: path).execute("PRAGMA application_id = 0")
        #expect(failures() == ["application_id"])
        try Database(path: path).execute("DELETE FROM schema_migrations WHERE name = 'application_id'")
        #expect(failures() == ["application_id", "schema"])
    }

    @Test func reportsAnAddedTrigger() throws {
        try Database(path: path).execute("CREATE TRIGGER trap AFTER INSERT ON call_log BEGIN DELETE FROM members; END")
        #expect(failures() == ["schema objects"])
    }

    @Test func reportsACallPack() throws {
        let fixture = try Fixture()
        try fixture.store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
        try fixture.store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
        let pack = fixture.folder.path("kari.duespack")
        try fixture.store.exportPack(campaign: "K", caller: "Kari Nordmann", to: pack)
        #expect(failures(pack) == ["kind"])
    }

    @Test func reportsAMissingFile() {
        let checks = Store.diagnose(path: folder.path("nothing.sqlite"))
        #expect(checks.count == 1 && !checks[0].ok)
    }
}
