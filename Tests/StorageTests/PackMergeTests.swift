import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct PackMergeTests {
    let fixture: Fixture
    let store: Store
    let campaign: Campaign

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        try store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
    }

    func export(_ caller: String = "Kari Nordmann", as name: String = "kari.duespack") throws -> String {
        let path = fixture.folder.path(name)
        try store.exportPack(campaign: "K", caller: caller, to: path)
        return path
    }

    /// Logs a call on a pack through the Store API, as `dues call --pack` does.
    @discardableResult
    func log(
        on pack: Store, _ number: String, _ outcome: Outcome, callback: Date? = nil, email: String? = nil
    ) throws -> LoggedCall {
        let info = try #require(try pack.packInfo())
        let campaign = try pack.campaign(named: "K")
        #expect(campaign.id == info.campaignID)
        let caller = try #require(try pack.callers().first { $0.id == info.callerID })
        return try pack.logCall(CallReport(
            entryID: try pack.entry(campaign: campaign, memberNumber: number).entryID, callerID: caller.id, outcome: outcome,
            callbackAt: callback, email: email))
    }

    func openPack(_ path: String) throws -> Store {
        let clock = fixture.clock
        return try Store.openPack(at: path, now: { clock.now })
    }

    func entry(_ number: String) throws -> (status: String, attempts: Int, next: Date?, outcome: String?) {
        let id = try store.entry(campaign: campaign, memberNumber: number).entryID
        return try store.database.fetchOne(
            "SELECT status, attempts, next_call_at, last_outcome FROM call_list_entries WHERE id = ?", [id]
        ) { ($0[0] as String, $0[1] as Int, $0[2] as Date?, $0[3] as String?) }!
    }

    func snapshot() throws -> [String] {
        try store.database.fetchAll("""
            SELECT e.id || e.status || e.attempts || coalesce(e.next_call_at, '-') || coalesce(e.last_outcome, '-')
                   || (SELECT count(*) || coalesce(group_concat(uid), '') FROM call_log c WHERE c.entry_id = e.id)
            FROM call_list_entries e ORDER BY e.id
            """) { $0[0] }
    }

    func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @Test func aVolunteersSessionMergesOnceAndAnOlderCopyAddsNothing() throws {
        let path = try export()
        let pack = try openPack(path)
        try log(on: pack, "1000", .willPay, email: "kari@example.no")
        try log(on: pack, "1003", .noAnswer)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: fixture.folder.path("older.duespack") + suffix)
        }
        fixture.clock.advance(600)
        let tomorrowSix = date("2026-11-27T17:00:00Z")
        try log(on: pack, "1006", .callback, callback: tomorrowSix)
        try log(on: pack, "1009", .doNotCall)
        try log(on: pack, "1012", .wrongNumber)

        let first = try store.importPack(at: path)
        #expect(first.merged == 5)
        #expect(first.alreadyThere == 0)
        #expect(first.skipped.isEmpty)
        #expect(first.entriesUpdated == 5)
        #expect(try entry("1000") == ("done", 1, nil, "will_pay"))
        #expect(try entry("1003") == ("open", 1, date("2026-11-27T09:00:00Z"), "no_answer"))
        #expect(try entry("1006") == ("open", 1, tomorrowSix, "callback"))
        #expect(try entry("1009").status == "do_not_call")
        #expect(try store.member(number: "1009")?.doNotCall == true)
        #expect(try store.member(number: "1012")?.phoneWrong == true)
        let history = try store.callHistory(memberID: try store.member(number: "1000")!.id)
        #expect(history.map(\.caller) == ["Kari Nordmann"])
        #expect(history.first?.email == "kari@example.no")
        let merged = try snapshot()

        let second = try store.importPack(at: path)
        #expect(second.merged == 0)
        #expect(second.alreadyThere == 5)
        let older = try store.importPack(at: fixture.folder.path("older.duespack"))
        #expect(older.merged == 0)
        #expect(older.alreadyThere == 2)
        #expect(try snapshot() == merged)

        let status = try #require(try store.packs().first)
        #expect(status.lastMergedAt == fixture.clock.now)
        #expect(status.stillOut == status.entries - 3)
        #expect(try store.auditLog().filter { $0.action == "pack_import" }.map { $0.counts["merged"] } == [0, 0, 5])
    }

    @Test func twoPacksForOneMemberAfterAReassignmentKeepBothCallsAndFollowTheNewest() throws {
        let karisPath = try export()
        let karisPack = try openPack(karisPath)
        try log(on: karisPack, "1000", .noAnswer)
        #expect(try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen", force: true) == 10)
        let olesPath = try export("Ole Hansen", as: "ole.duespack")
        let olesPack = try openPack(olesPath)
        fixture.clock.advance(3600)
        let friday = date("2026-11-27T16:00:00Z")
        try log(on: olesPack, "1000", .callback, callback: friday)

        #expect(try store.importPack(at: olesPath).merged == 1)
        #expect(try store.importPack(at: karisPath).merged == 1)

        let history = try store.callHistory(memberID: try store.member(number: "1000")!.id)
        #expect(history.map(\.caller) == ["Ole Hansen", "Kari Nordmann"])
        #expect(try entry("1000") == ("open", 2, friday, "callback"))
    }

    @Test func aLaterMergedCallReopensAnEntryClosedByAnEarlierCall() throws {
        let path = try export()
        let pack = try openPack(path)
        fixture.clock.advance(3600)
        try log(on: pack, "1000", .callback, callback: date("2026-11-28T10:00:00Z"))
        try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen", force: true)
        fixture.clock.advance(-1800)
        try store.logCall(CallReport(
            entryID: try store.entry(campaign: campaign, memberNumber: "1000").entryID,
            callerID: try fixture.caller("Ole Hansen").id, outcome: .declined))
        #expect(try entry("1000").status == "done")

        fixture.clock.advance(1800)
        #expect(try store.importPack(at: path).merged == 1)
        #expect(try entry("1000") == ("open", 2, date("2026-11-28T10:00:00Z"), "callback"))
    }

    @Test func mergingAfterTheMemberPaidRecordsTheCallAndKeepsThemPaid() throws {
        let path = try export()
        let pack = try openPack(path)
        for number in ["1000", "1003", "1006", "1009"] { try log(on: pack, number, .willPay) }
        let paid = try store.member(number: "1000")!.id
        try store.database.run("UPDATE dues SET status = 'paid', source = 'register' WHERE member_id = ? AND year = 2026", [paid])
        try store.database.run(
            "UPDATE call_list_entries SET status = 'paid_since', closed_at = 1 WHERE member_id = ?", [paid])
        try store.database.run("UPDATE members SET left_register_at = 1 WHERE member_number = '1003'")
        try store.database.run("DELETE FROM members WHERE member_number = '1006'")

        let summary = try store.importPack(at: path)

        #expect(summary.merged == 2)
        #expect(summary.paidSince == 1)
        #expect(summary.skipped == [.leftRegister: 1, .purged: 1])
        #expect(try entry("1000").status == "paid_since")
        #expect(try store.dues(memberID: paid).first { $0.year == 2026 }?.status == .paid)
        #expect(try store.callHistory(memberID: paid).count == 1)
        #expect(try entry("1009").status == "done")
    }

    @Test func aPackFromAnotherDatabaseIsRefused() throws {
        let elsewhere = try Fixture()
        try elsewhere.store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
        try elsewhere.store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
        let path = fixture.folder.path("elsewhere.duespack")
        try elsewhere.store.exportPack(campaign: "K", caller: "Kari Nordmann", to: path)
        try log(on: try openPack(path), "1000", .willPay)
        let before = try snapshot()
        #expect(throws: PackError.otherDatabase(path: path)) { try store.importPack(at: path) }
        #expect(try snapshot() == before)
        #expect(throws: PackError.notAPack(path: store.path)) { try store.importPack(at: store.path) }
    }

    @Test func aPackTheDatabaseHasNoRecordOfIsRefused() throws {
        let path = try export()
        try store.database.run("UPDATE call_list_entries SET pack_id = NULL")
        try store.database.run("DELETE FROM packs")
        #expect(throws: PackError.unknownPack(path: path)) { try store.importPack(at: path) }
    }
}
