import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// A pack comes back from a volunteer's laptop: anything in it may have been changed by hand.
@Suite struct PackTamperingTests {
    let fixture: Fixture
    let store: Store
    let path: String

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
        try store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
        path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)
        let pack = try Store.openPack(at: path)
        let campaign = try pack.campaign(named: "K")
        try pack.logCall(CallReport(
            entryID: try pack.entry(campaign: campaign, memberNumber: "1000").entryID,
            callerID: try pack.caller(named: "Kari Nordmann").id, outcome: .willPay))
    }

    /// Edits the pack with a raw connection, the way someone with the sqlite3 shell would.
    func edit(_ sql: String) throws {
        try Database(path: path).execute(sql)
    }

    func expectRefused(_ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let calls = try store.database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int }
        do {
            _ = try store.importPack(at: path)
            Issue.record("a tampered pack was merged", sourceLocation: sourceLocation)
        } catch let error as PackError {
            #expect(error.description.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        }
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int } == calls, sourceLocation: sourceLocation)
        #expect(try store.packs().first?.lastMergedAt == nil, sourceLocation: sourceLocation)
    }

    @Test func anAddedTriggerIsRefused() throws {
        try edit("CREATE TRIGGER spy AFTER INSERT ON call_log BEGIN DELETE FROM members; END")
        try expectRefused("extra trigger spy")
    }

    @Test func namesFromThePackCannotActOnTheTerminal() throws {
        try edit("CREATE TRIGGER \"spy\u{1B}[2J\u{1B}]0;owned\u{07}\" AFTER INSERT ON call_log BEGIN SELECT 1; END")
        try expectRefused("extra trigger spy?[2J?]0;owned?")
    }

    @Test func anAddedViewOrChangedTableIsRefused() throws {
        try edit("CREATE VIEW everything AS SELECT * FROM members")
        try expectRefused("extra view everything")
    }

    @Test func aRowThatBreaksACheckConstraintIsRefused() throws {
        try edit("PRAGMA ignore_check_constraints = ON; UPDATE members SET email = 'NOT AN ADDRESS' WHERE member_number = '1003'")
        try expectRefused("CHECK constraint failed in members")
    }

    @Test func aRowThatBreaksAForeignKeyIsRefused() throws {
        try edit("""
            PRAGMA foreign_keys = OFF;
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, logged_at)
            SELECT lower(hex(randomblob(16))), id, 999, 1, 'declined', 1 FROM call_list_entries LIMIT 1;
            """)
        try expectRefused("row 2 of call_log points at a callers row that does not exist")
    }

    @Test func aCallWithAnOutcomeTheCampaignDoesNotTakeIsRefusedAndNothingIsMerged() throws {
        try edit("""
            DROP TRIGGER call_log_outcome_fits_campaign;
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, logged_at)
            SELECT lower(hex(randomblob(16))), e.id, e.caller_id, 4102444800, 'welcomed', 4102444800
            FROM call_list_entries e JOIN members m ON m.id = e.member_id WHERE m.member_number = '1003';
            CREATE TRIGGER call_log_outcome_fits_campaign
            BEFORE INSERT ON call_log
            WHEN NOT EXISTS (
                SELECT 1 FROM call_list_entries e
                JOIN campaigns c ON c.id = e.campaign_id
                JOIN outcome_codes o ON o.kind = c.kind AND o.code = NEW.outcome
                WHERE e.id = NEW.entry_id)
            BEGIN
                SELECT RAISE(ABORT, 'outcome is not valid for this campaign kind');
            END;
            """)
        try expectRefused("welcomed")
    }

    @Test func aDamagedFileIsRefused() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).intValue
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64(size / 2))
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096))
        try handle.close()
        try expectRefused("not merged")
    }

    @Test func aPackWithItsPackInfoRemovedIsNotAPack() throws {
        try edit("DELETE FROM pack_info")
        try expectRefused("is not a call pack")
    }

    @Test func theFileItselfIsNotChangedByMerging() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try store.importPack(at: path).merged == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
