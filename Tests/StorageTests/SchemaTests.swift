import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct SchemaTests {
    let folder: TemporaryFolder
    let store: Store

    init() throws {
        folder = try TemporaryFolder()
        store = try Store.create(at: folder.path("dues.sqlite")).store
    }

    @Test func theEmbeddedMigrationsAreExactlyTheFilesOnDisk() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Schema.migrations.map(\.fileName) == files)
        for migration in Schema.migrations {
            let onDisk = try String(contentsOf: folder.appending(path: migration.fileName), encoding: .utf8)
            #expect(migration.sql == onDisk, "\(migration.fileName) differs from the embedded copy")
            #expect(migration.checksum == SHA256.hex(onDisk), "\(migration.fileName) has a wrong embedded checksum")
        }
    }

    @Test func everyTableIsStrict() throws {
        let tables = try store.database.fetchAll(
            "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'"
        ) { ($0[0] as String, $0[1] as Int) }
        #expect(tables.count >= 12)
        #expect(tables.filter { $0.1 != 1 }.map(\.0) == [])
    }

    func insertMember(_ number: String) throws -> Int64 {
        try store.database.run(
            "INSERT INTO members (member_number, first_name, last_name, created_at, updated_at) VALUES (?, 'Kari', 'Hætta', 0, 0)",
            [number])
        return store.database.lastInsertRowID
    }

    @Test func rejectsADuplicateMemberNumber() throws {
        _ = try insertMember("1001")
        let error = #expect(throws: SQLiteError.self) { try insertMember("1001") }
        #expect(error?.extendedCode == 2067)
    }

    @Test func rejectsAPaymentStatusThatDoesNotExist() throws {
        let id = try insertMember("1001")
        let error = #expect(throws: SQLiteError.self) {
            try store.database.run(
                "INSERT INTO dues (member_id, year, status, source, changed_at) VALUES (?, 2026, 'maybe', 'manual', 0)", [id])
        }
        #expect(error?.extendedCode == 275) // SQLITE_CONSTRAINT_CHECK
    }

    @Test func rejectsADanglingForeignKey() {
        let error = #expect(throws: SQLiteError.self) {
            try store.database.run(
                "INSERT INTO dues (member_id, year, status, source, changed_at) VALUES (999, 2026, 'unpaid', 'manual', 0)")
        }
        #expect(error?.extendedCode == 787) // SQLITE_CONSTRAINT_FOREIGNKEY
    }

    @Test func rejectsAPhoneKindWithoutANumberAndADateNotWrittenTheISOWay() throws {
        #expect(throws: SQLiteError.self) {
            try store.database.run("""
                INSERT INTO members (member_number, first_name, last_name, phone_kind, created_at, updated_at)
                VALUES ('1', 'A', 'B', 'mobile', 0, 0)
                """)
        }
        for date in ["30.01.2026", "2026-1-5", "1850-01-01"] {
            #expect(throws: SQLiteError.self) {
                try store.database.run(
                    "INSERT INTO members (member_number, first_name, last_name, joined_on, created_at, updated_at) VALUES ('2', 'A', 'B', ?, 0, 0)",
                    [date])
            }
        }
    }

    func logCall(kind: String, outcome: String) throws -> Int64 {
        let member = try insertMember("2001")
        try store.database.run("INSERT INTO callers (name, name_key, created_at) VALUES ('Ola', 'ola', 0)")
        let caller = store.database.lastInsertRowID
        try store.database.run(
            "INSERT INTO campaigns (name, kind, year, script, created_at) VALUES ('c', ?, 2026, 'Hei', 0)", [kind])
        let campaign = store.database.lastInsertRowID
        try store.database.run(
            "INSERT INTO call_list_entries (campaign_id, member_id, added_at) VALUES (?, ?, 0)", [campaign, member])
        let entry = store.database.lastInsertRowID
        try store.database.run("""
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, note, logged_at)
            VALUES (lower(hex(randomblob(16))), ?, ?, 0, ?, 'Ring etter kl 18', 0)
            """, [entry, caller, outcome])
        return store.database.lastInsertRowID
    }

    @Test func acceptsOnlyTheOutcomesOfTheCampaignsKind() throws {
        let error = #expect(throws: SQLiteError.self) { try logCall(kind: "welcome", outcome: "will_pay") }
        #expect(error?.message.contains("not valid for this campaign kind") == true)
    }

    @Test func theCallLogIsAppendOnlyButNotesCanBeBlanked() throws {
        let call = try logCall(kind: "dues", outcome: "no_answer")
        #expect(throws: SQLiteError.self) { try store.database.run("UPDATE call_log SET outcome = 'busy' WHERE id = ?", [call]) }
        #expect(throws: SQLiteError.self) { try store.database.run("UPDATE call_log SET note = 'edited' WHERE id = ?", [call]) }
        try store.database.run("UPDATE call_log SET note = NULL WHERE id = ?", [call])
        #expect(try store.database.fetchOne("SELECT note FROM call_log WHERE id = ?", [call]) { $0[0] as String? } == .some(nil))
    }
}

@Suite struct SchemaAgreesWithModelTests {
    @Test func theOutcomeCodesAreTheModelsPerKind() throws {
        let folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("dues.sqlite")).store
        for kind in CampaignKind.allCases {
            let codes = try store.database.fetchAll("SELECT code FROM outcome_codes WHERE kind = ? ORDER BY code", [kind.rawValue]) {
                $0[0] as String
            }
            #expect(codes == Outcome.outcomes(for: kind).map(\.rawValue).sorted())
        }
    }

    @Test func everyEntryStatusIsStorableAndNoOther() throws {
        let folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("dues.sqlite")).store
        try store.database.run("INSERT INTO campaigns (name, kind, year, script, created_at) VALUES ('c', 'dues', 2026, 'Hei', 0)")
        for status in EntryStatus.allCases {
            try store.database.run(
                "INSERT INTO call_list_entries (campaign_id, status, added_at, closed_at) VALUES (1, ?, 0, ?)",
                [status.rawValue, status.isOpen ? nil : 1])
        }
        #expect(throws: SQLiteError.self) {
            try store.database.run("INSERT INTO call_list_entries (campaign_id, status, added_at, closed_at) VALUES (1, 'removed', 0, 1)")
        }
    }
}
