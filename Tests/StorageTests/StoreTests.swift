import Foundation
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct StoreTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func createAppliesEveryMigrationOnceAndOpenThenWorks() throws {
        let path = folder.path("dues.sqlite")
        let first = try Store.create(at: path)
        #expect(first.applied.map(\.version) == Schema.migrations.map(\.version))
        #expect(try Store.create(at: path).applied.isEmpty)
        #expect(try Store.open(at: path).statusSummary().members == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func openRefusesAMissingFileAndCreatesNothing() {
        let path = folder.path("missing.sqlite")
        #expect(throws: StoreError.noDatabase(path: path)) { try Store.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func openAsksForAnUpgradeWhenMigrationsArePending() throws {
        let path = folder.path("old.sqlite")
        let database = try Database(path: path, create: true)
        try Migrator(migrations: Array(Schema.migrations.prefix(1))).migrate(database)
        #expect(throws: StoreError.needsUpgrade(path: path, pending: Schema.migrations.count - 1)) { try Store.open(at: path) }
    }

    @Test func aDatabaseFromBeforeCallPacksUpgradesWithItsEntriesAtHome() throws {
        let path = folder.path("old.sqlite")
        let database = try Database(path: path, create: true)
        try Migrator(migrations: Array(Schema.migrations.prefix(1))).migrate(database)
        try database.execute("""
            INSERT INTO campaigns (name, kind, year, script, created_at) VALUES ('K', 'dues', 2026, 'Hei', 0);
            INSERT INTO members (member_number, first_name, last_name, created_at, updated_at) VALUES ('1', 'A', 'B', 0, 0);
            INSERT INTO call_list_entries (campaign_id, member_id, added_at) VALUES (1, 1, 0);
            """)
        #expect(
            try Store.create(at: path).applied.map(\.fileName)
                == [
                    "0002_call_packs.sql", "0003_cheaper_member_checks.sql", "0004_unset_placeholder_settings.sql",
                    "0005_outcomes_that_stick.sql", "0006_pack_entries.sql", "0007_application_id.sql",
                    "0008_closing_call.sql", "0009_sealed_packs.sql", "0010_caller_keys.sql", "0011_sms_templates.sql",
                    "0012_sms_sent.sql", "0013_welcome_follow_through.sql", "0014_meeting_place.sql",
                ])
        let store = try Store.open(at: path)
        #expect(try store.database.fetchOne("PRAGMA application_id") { $0[0] as Int } == Int(Store.applicationID))
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_list_entries WHERE pack_id IS NULL AND member_id = 1") { $0[0] as Int } == 1)
        #expect(try store.packInfo() == nil)
        #expect(try store.packs(all: true).isEmpty)
    }

    @Test func refusesAFileThatIsNotADatabaseWithoutChangingIt() throws {
        let path = folder.path("register.xlsx")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try Store.open(at: path) }
        #expect(throws: StoreError.self) { try Store.create(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anSQLiteOlderThanTheSchemaNeedsIsRefusedInBothLanguages() throws {
        #expect(throws: StoreError.sqliteTooOld(found: "3.37.2", needed: "3.38.0")) {
            try Store.requireSQLite((3_037_002, "3.37.2"))
        }
        let error = StoreError.sqliteTooOld(found: "3.37.2", needed: "3.38.0")
        #expect(error.message(.en).contains("dues needs SQLite 3.38.0 or newer"))
        #expect(error.message(.nb).contains("dues trenger SQLite 3.38.0 eller nyere"))
        try Store.requireSQLite((3_038_000, "3.38.0"))
        try Store.requireSQLite()
    }

    @Test func settingsAndCallersRoundTrip() throws {
        let store = try Store.create(at: folder.path("dues.sqlite")).store
        try store.setSetting(.party, to: "Bygdepartiet")
        #expect(try store.setting(.party) == "Bygdepartiet")
        #expect(try store.setting(.databaseID)?.count == 32)
        try store.addCaller(CallerDraft(name: "Ørjan Hætta-Sara", capacity: 12))
        #expect(throws: StoreError.self) { try store.addCaller(CallerDraft(name: "ørjan hætta-sara")) }
        #expect(throws: StoreError.self) { try store.addCaller(CallerDraft(name: "Per", capacity: 0)) }
        #expect(throws: StoreError.notFound(kind: "branch", name: "Atlantis")) {
            try store.addCaller(CallerDraft(name: "Per", branch: "Atlantis"))
        }
        #expect(try store.callers().map(\.name) == ["Ørjan Hætta-Sara"])
        #expect(try store.caller(named: "ØRJAN HÆTTA-SARA").capacity == 12)
        #expect(try store.auditLog().map(\.action) == ["caller_add", "setting_set"])
        #expect(try store.auditLog().last?.subject == "party")
    }
}
