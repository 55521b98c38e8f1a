import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct RetentionTests {
    /// Member 1000 stopped paying in 2025 (deadline 30 June 2025, so the retention deadline is 30 December 2025);
    /// 1001 also, but agreed to be kept; 1002 paid.
    static func members() -> [Seed.MemberSeed] {
        [
            Fixture.member(number: "1000", lapsed: true),
            Fixture.member(number: "1001", lapsed: true),
            Fixture.member(number: "1002", unpaid: false),
        ]
    }

    func fixture(at iso: String) throws -> Fixture {
        let fixture = try Fixture(members: Self.members())
        try fixture.store.database.run("UPDATE members SET keep_consent = 1 WHERE member_number = '1001'")
        fixture.clock.now = ISO8601DateFormatter().date(from: iso)!
        return fixture
    }

    @Test(arguments: [
        ("2025-12-30T12:00:00Z", 0), ("2025-12-30T22:59:59Z", 0),
        ("2025-12-30T23:00:00Z", 1), ("2025-12-31T12:00:00Z", 1),
    ])
    func sixMonthsAfterTheDeadlineInOsloTime(now: String, due: Int) throws {
        let store = try fixture(at: now).store
        #expect(try store.purgeDue().membersLapsed == due)
    }

    @Test func sixMonthsAfterTheEndOfAugustIsTheEndOfFebruary() throws {
        for (now, due) in [("2026-02-28T12:00:00Z", 0), ("2026-03-01T12:00:00Z", 1)] {
            let fixture = try fixture(at: now)
            try fixture.store.database.run("UPDATE dues_years SET payment_deadline = '2025-08-31' WHERE year = 2025")
            #expect(try fixture.store.purgeDue().membersLapsed == due, "\(now)")
        }
    }

    @Test func aLaterPaymentStopsTheClock() throws {
        let fixture = try fixture(at: "2026-03-01T12:00:00Z")
        try fixture.store.database.run(
            "UPDATE dues SET status = 'paid' WHERE year = 2026 AND member_id = (SELECT id FROM members WHERE member_number = '1000')")
        #expect(try fixture.store.purgeDue().isEmpty)
    }

    @Test func dryRunCountsAndDeletesNothing() throws {
        let store = try fixture(at: "2026-01-05T12:00:00Z").store
        let result = try store.purge(dryRun: true)
        #expect(result.counts == PurgeCounts(membersLeft: 0, membersLapsed: 1, callTexts: 0))
        #expect(try store.member(number: "1000") != nil)
    }
}

@Suite struct PurgeTests {
    static let secretNote = "HEMMELIG-NOTAT-7f3a9c"

    func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }

    func filesContain(_ store: Store, _ text: String) -> Bool {
        let needle = Data(text.utf8)
        return [store.path, store.path + "-wal"].contains { bytes($0).range(of: needle) != nil }
    }

    @Test func aPurgeRemovesNotesAndLeaversFromTheFilesAndKeepsTheCounts() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let campaign = try store.createCampaign(CampaignDraft(name: "Vår", kind: .dues, year: 2026)).campaign
        let kari = try fixture.caller()
        for (number, note) in [("1000", Self.secretNote), ("1003", "vanlig notat")] {
            try store.logCall(CallReport(
                entryID: try store.entry(campaign: campaign, memberNumber: number).entryID, callerID: kari.id,
                outcome: .willPay, note: note, email: "betaler@example.org"))
        }
        try store.database.run("UPDATE members SET left_register_at = 1, last_name = 'Utmeldtsen-4b1d' WHERE member_number = '1006'")
        try store.setSetting(.noteRetentionDays, to: "30")
        try store.closeCampaign(named: "Vår")
        let before = try store.campaignReport(campaign: "Vår")
        #expect(filesContain(store, Self.secretNote))
        #expect(filesContain(store, "Utmeldtsen-4b1d"))

        fixture.clock.advance(30 * 86_400 - 1)
        #expect(try store.purgeDue() == PurgeCounts(membersLeft: 1, membersLapsed: 0, callTexts: 0))
        fixture.clock.advance(2)
        #expect(try store.purgeDue() == PurgeCounts(membersLeft: 1, membersLapsed: 0, callTexts: 2))

        let result = try store.purge()
        #expect(result.counts == PurgeCounts(membersLeft: 1, membersLapsed: 0, callTexts: 2))
        #expect(result.walTruncated)
        #expect(!filesContain(store, Self.secretNote))
        #expect(!filesContain(store, "Utmeldtsen-4b1d"))
        #expect(!filesContain(store, "betaler@example.org"))
        #expect(bytes(store.path + "-wal").isEmpty)

        let after = try store.campaignReport(campaign: "Vår")
        #expect(after.onList == before.onList)
        #expect(after.calls == before.calls)
        #expect(after.outcomes == before.outcomes)
        #expect(try store.member(number: "1006") == nil)
        #expect(try store.purgeDue().isEmpty)
        let audit = try #require(try store.auditLog().first)
        #expect(audit.action == "purge")
        #expect(audit.counts == ["members_left": 1, "members_lapsed": 0, "call_texts": 2])
    }

    @Test func lapsedMembersLeaveOpenListsClosed() throws {
        let fixture = try Fixture(members: [Fixture.member(number: "1000"), Fixture.member(number: "1001")])
        let store = fixture.store
        try store.createCampaign(CampaignDraft(name: "Høst", kind: .dues, year: 2026))
        try store.database.run("UPDATE members SET left_register_at = 1 WHERE member_number = '1000'")
        try store.purge()
        let report = try store.campaignReport(campaign: "Høst")
        #expect(report.onList == 2)
        #expect(report.stillToCall == 1)
        #expect(report.byBranch.map(\.branch) == ["Tromsø", nil])
    }
}
