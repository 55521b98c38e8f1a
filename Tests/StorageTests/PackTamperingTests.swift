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
        let clock = fixture.clock
        let pack = try Store.openPack(at: path, now: { clock.now })
        let campaign = try pack.campaign(named: "K")
        try pack.logCall(CallReport(
            entryID: try pack.entry(campaign: campaign, memberNumber: "1000").entryID,
            callerID: try pack.caller(named: "Kari Nordmann").id, outcome: .willPay))
    }

    /// Edits the pack with a raw connection, the way someone with the sqlite3 shell would.
    func edit(_ sql: String) throws {
        try Database(path: path).execute(sql)
    }

    /// Changes the pack's calls the way someone would who drops the trigger that keeps them unchanged, and puts it
    /// back as it was so the schema looks untouched.
    func editCalls(_ sql: String) throws {
        let database = try Database(path: path)
        let guards = try database.fetchAll("""
            SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'call_log' AND sql LIKE '%never changed%'
            """) { (name: $0[0] as String, sql: $0[1] as String) }
        try database.execute(
            guards.map { "DROP TRIGGER \($0.name);" }.joined() + sql + ";" + guards.map { $0.sql + ";" }.joined())
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

    @Test(arguments: [
        ("year 1", -62_135_596_800), ("year 9999", 253_370_764_800), ("before the export", 1_700_000_000),
        ("ten minutes ahead", 600),
    ])
    func aCallDatedOutsideThePacksTimeOutIsRefused(_ when: String, _ seconds: Int64) throws {
        let calledAt = seconds == 600 ? Int64(fixture.clock.now.timeIntervalSince1970) + 600 : seconds
        try editCalls("UPDATE call_log SET called_at = \(calledAt), logged_at = max(logged_at, \(calledAt))")
        try expectRefused("row 1 of call_log has a call time before the pack was exported or after now")
    }

    @Test func aCallLoggedBeforeItWasMadeOrWithACallbackInYear9999IsRefused() throws {
        try editCalls("UPDATE call_log SET logged_at = called_at - 60")
        try expectRefused("row 1 of call_log was logged before the call was made")
        try editCalls("UPDATE call_log SET logged_at = called_at, outcome = 'callback', callback_at = 253370764800")
        try expectRefused("row 1 of call_log asks for a callback before the pack was exported or more than a year ahead")
    }

    @Test(arguments: [("before the export", 1_700_000_000), ("ten minutes ahead", 600)])
    func anSMSSentOutsideThePacksTimeOutIsRefused(_ when: String, _ seconds: Int64) throws {
        let sentAt = seconds == 600 ? Int64(fixture.clock.now.timeIntervalSince1970) + 600 : seconds
        try editCalls("UPDATE call_log SET sms_sent_at = \(sentAt)")
        try expectRefused("row 1 of call_log has an SMS sent before the pack was exported or after now")
    }

    @Test func anSMSSentAtTheCallsOwnTimeOrWithinThePacksTimeOutIsMerged() throws {
        try editCalls("UPDATE call_log SET sms_sent_at = called_at")
        let summary = try store.importPack(at: path)
        #expect(summary.merged == 1)
        #expect(try store.database.fetchOne("SELECT sms_sent_at = called_at FROM call_log") { $0[0] as Bool } == true)
    }

    @Test func aCallByAnotherCallerOrOnAnotherEntryIsRefused() throws {
        let ole = try fixture.caller("Ole Hansen").id
        try edit("INSERT INTO callers (id, name, name_key, created_at) VALUES (\(ole), 'Ole Hansen', 'ole hansen', 0)")
        try editCalls("UPDATE call_log SET caller_id = \(ole)")
        try expectRefused("row 1 of call_log is a call by another caller than the pack's")
        try editCalls("UPDATE call_log SET caller_id = (SELECT caller_id FROM pack_info)")
        // A member on the register but never on the pack, given an entry of its own in the pack.
        try editCalls("""
            INSERT INTO members (id, member_number, first_name, last_name, created_at, updated_at)
            VALUES (9001, '1001', 'Kari', 'Nr1001', 0, 0);
            INSERT INTO call_list_entries (id, campaign_id, member_id, caller_id, added_at)
            SELECT 9001, campaign_id, 9001, caller_id, 0 FROM pack_info;
            UPDATE call_log SET entry_id = 9001, outcome = 'do_not_call'
            """)
        try expectRefused("row 1 of call_log is for a member who was not on the pack")
        #expect(try store.member(number: "1001")?.doNotCall == false)
    }

    @Test func aCallMovedToAnotherMembersEntryOnThePackIsRefused() throws {
        try editCalls("""
            UPDATE members SET member_number = '1001' WHERE member_number = '1000';
            UPDATE call_log SET outcome = 'do_not_call'
            """)
        try expectRefused("row 1 of call_log is for another member than the one on the pack")
    }

    @Test func theRefusalIsInBokmalToo() throws {
        try editCalls("UPDATE call_log SET called_at = -62135596800")
        do {
            _ = try store.importPack(at: path)
            Issue.record("merged")
        } catch let error as PackError {
            #expect(error.message(.nb).contains("rad 1 i call_log har et samtaletidspunkt før pakken ble laget"))
        }
        try editCalls("UPDATE call_log SET called_at = logged_at, sms_sent_at = 1700000000")
        do {
            _ = try store.importPack(at: path)
            Issue.record("merged")
        } catch let error as PackError {
            #expect(error.message(.nb).contains("rad 1 i call_log har en SMS sendt før pakken ble laget eller etter nå"))
        }
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
