import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct PackExportTests {
    let fixture: Fixture
    let store: Store
    let campaign: Campaign
    let kari: Caller
    let ole: Caller

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        try store.split(campaign: "K", callers: ["Kari Nordmann", "Ole Hansen"], strategy: .even)
        kari = try fixture.caller("Kari Nordmann")
        ole = try fixture.caller("Ole Hansen")
    }

    func members(of caller: Caller) throws -> [String] {
        try store.database.fetchAll("""
            SELECT m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id
            WHERE e.caller_id = ? ORDER BY m.member_number
            """, [caller.id]) { $0[0] }
    }

    func log(_ number: String, by caller: Caller, _ outcome: Outcome, note: String? = nil) throws {
        try store.logCall(CallReport(
            entryID: try store.entry(campaign: campaign, memberNumber: number).entryID, callerID: caller.id,
            outcome: outcome, note: note))
    }

    @Test func aPackHoldsOnlyTheCallersMembersAndTheirOwnHistory() throws {
        let karis = try members(of: kari), oles = try members(of: ole)
        try log(karis[0], by: kari, .noAnswer, note: "Ring etter 18")
        try log(oles[0], by: ole, .declined, note: "Oles notat")
        try store.database.run("INSERT INTO followups_done (call_id, done_at) SELECT max(id), 0 FROM call_log")
        let path = fixture.folder.path("kari.duespack")

        let export = try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)

        #expect(export.entries == karis.count)
        #expect(export.earlierCalls == 1)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.url.path)
        #expect(files.filter { $0.contains("partial") || $0.hasPrefix("kari.duespack-") }.isEmpty, "one self-contained file")
        let pack = try Database(path: path)
        func strings(_ sql: String) throws -> [String] { try pack.fetchAll(sql) { $0[0] as String? ?? "NULL" } }
        #expect(try strings("SELECT member_number FROM members ORDER BY member_number") == karis)
        #expect(try strings("SELECT note FROM call_log") == ["Ring etter 18"])
        #expect(try strings("SELECT name || ':' || active || ':' || coalesce(phone, '-') FROM callers") == ["Kari Nordmann:1:-"])
        #expect(try strings("SELECT name FROM campaigns WHERE length(script) > 0") == ["K"])
        #expect(try strings("SELECT DISTINCT status || ':' || caller_id || ':' || (pack_id IS NULL) FROM call_list_entries")
            == ["open:\(kari.id):1"])
        #expect(try strings("SELECT key FROM settings ORDER BY key") 
            == ["database_id", "membership_office_email", "party", "payment_details"])
        #expect(try strings("SELECT value FROM settings WHERE key = 'database_id'") == [try store.setting(.databaseID)!])
        for table in ["audit_log", "followups_done", "call_checklist", "packs", "branch_goals"] {
            #expect(try strings("SELECT count(*) FROM \(table)") == ["0"], "\(table) should be empty")
        }
        #expect(try strings("SELECT count(*) FROM members WHERE last_seen_at IS NOT NULL OR do_not_call OR phone_wrong") == ["0"])
        #expect(try strings("SELECT count(*) FROM dues") == [String(karis.count)])
        #expect(try strings("SELECT pack_uid || ':' || campaign_id || ':' || caller_id FROM pack_info")
            == ["\(export.uid):\(campaign.id):\(kari.id)"])
        #expect(try strings("SELECT version FROM schema_migrations ORDER BY version") == Schema.migrations.map { String($0.version) })

    }

    @Test func anEarlierCallKeepsItsSMSTimeOnThePack() throws {
        let number = try members(of: kari)[0]
        let sent = fixture.clock.now.addingTimeInterval(-60)
        try store.logCall(CallReport(
            entryID: try store.entry(campaign: campaign, memberNumber: number).entryID, callerID: kari.id,
            outcome: .noAnswer, smsSentAt: sent))
        let path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)
        #expect(try Database(path: path).fetchAll("SELECT sms_sent_at FROM call_log") { $0[0] as Date? }
            == [Date(timeIntervalSince1970: sent.timeIntervalSince1970.rounded(.down))])
    }

    @Test func entriesOutOnAPackAreNeitherClaimedNorMovedUnlessForced() throws {
        let karis = try members(of: kari)
        let path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_list_entries WHERE pack_id IS NOT NULL") { $0[0] as Int } == karis.count)

        guard case .nothingDue = try store.claimNext(campaign: campaign, caller: kari) else {
            Issue.record("an entry out on a pack was handed out")
            return
        }
        #expect(try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen") == 0)
        #expect(try store.release(campaign: "K", caller: "Kari Nordmann") == 0)
        try store.split(campaign: "K", callers: ["Ole Hansen"], strategy: .even, rebalance: true)
        #expect(try members(of: kari) == karis)
        #expect(throws: PackError.nothingToExport(campaign: "K", caller: "Kari Nordmann")) {
            try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: fixture.folder.path("again.duespack"))
        }
        #expect(throws: PackError.fileExists(path: path)) {
            try store.exportPack(campaign: "K", caller: "Ole Hansen", to: path)
        }
        #expect(try store.packs().map { "\($0.caller) \($0.entries) \($0.stillOut)" } == ["Kari Nordmann \(karis.count) \(karis.count)"])

        #expect(try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen", force: true) == karis.count)
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_list_entries WHERE pack_id IS NOT NULL") { $0[0] as Int } == 0)
        #expect(try store.packs().isEmpty)
        #expect(try store.packs(all: true).map(\.stillOut) == [0])
    }

    @Test func aPackIsRefusedByEveryWayOfOpeningButItsOwn() throws {
        let path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)
        #expect(throws: StoreError.isPack(path: path)) { try Store.open(at: path) }
        #expect(throws: StoreError.isPack(path: path)) { try Store.create(at: path) }
        #expect(Store.diagnose(path: path).contains { $0.name == "kind" && !$0.ok })
        #expect(throws: PackError.notAPack(path: store.path)) { try Store.openPack(at: store.path) }
        let pack = try Store.openPack(at: path)
        #expect(try pack.packInfo()?.callerID == kari.id)
        #expect(try store.packInfo() == nil)
    }

    @Test func nothingIsMarkedOutWhenThePackCannotBeWritten() throws {
        let path = fixture.folder.path("missing-folder/kari.duespack")
        #expect(throws: (any Error).self) { try store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path) }
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_list_entries WHERE pack_id IS NOT NULL") { $0[0] as Int } == 0)
        #expect(try store.packs(all: true).isEmpty)
    }
}
