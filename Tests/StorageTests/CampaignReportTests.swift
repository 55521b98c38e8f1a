import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// A fixed data set with answers worked out by hand.
///
/// The fixture's 10 members unpaid for 2026 (1000, 1003, …, 1027; even numbers' index in Tromsø, odd in Harstad) are
/// on the list. Kari calls 1000 (will_pay), 1006 (no_answer), 1012 (wrong_number), 1018 (callback); Ole calls 1003
/// (no_answer, then paid_already the next day) and 1009 (declined, at 00:30 Oslo time on the 27th, 23:30 UTC on the
/// 26th). On the 28th 1000, 1003 and 1015 pay (dues row), and 1006 pays with its entry closed as `paid_since`.
@Suite struct CampaignReportTests {
    let fixture: Fixture
    let store: Store
    let campaign: Campaign

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        campaign = try store.createCampaign(CampaignDraft(name: "Høst", kind: .dues, year: 2026)).campaign
        let kari = try fixture.caller("Kari Nordmann"), ole = try fixture.caller("Ole Hansen")
        let calls: [(String, Caller, Outcome, String)] = [
            ("1000", kari, .willPay, "2026-11-26T15:00:00Z"),
            ("1003", ole, .noAnswer, "2026-11-26T15:05:00Z"),
            ("1006", kari, .noAnswer, "2026-11-26T15:10:00Z"),
            ("1012", kari, .wrongNumber, "2026-11-26T15:20:00Z"),
            ("1018", kari, .callback, "2026-11-26T15:30:00Z"),
            ("1009", ole, .declined, "2026-11-26T23:30:00Z"),
            ("1003", ole, .paidAlready, "2026-11-27T09:30:00Z"),
        ]
        for (number, caller, outcome, at) in calls {
            let moment = Self.date(at)
            try store.logCall(CallReport(
                entryID: try store.entry(campaign: campaign, memberNumber: number).entryID, callerID: caller.id,
                outcome: outcome, callbackAt: outcome == .callback ? moment.addingTimeInterval(86_400) : nil, calledAt: moment))
        }
        let paidAt = Self.date("2026-11-28T12:00:00Z")
        try store.database.run("""
            UPDATE dues SET status = 'paid', changed_at = ?
            WHERE year = 2026 AND member_id IN (SELECT id FROM members WHERE member_number IN ('1000', '1003', '1006', '1015'))
            """, [paidAt])
        try store.database.run("""
            UPDATE call_list_entries SET status = 'paid_since', closed_at = ?
            WHERE member_id = (SELECT id FROM members WHERE member_number = '1006')
            """, [paidAt])
    }

    static func date(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    @Test func theHeadlineNumbersMatchTheHandCount() throws {
        let report = try store.campaignReport(campaign: "Høst")
        #expect(report.onList == 10)
        #expect(report.called == 6)
        #expect(report.reached == 4)
        #expect(report.calls == 7)
        #expect(report.stillToCall == 5)
        #expect(abs(report.attemptsPerCalledMember - 7.0 / 6.0) < 1e-9)
        #expect(report.paidSince == PaidSince(total: 4, reached: 2, reachedWillPay: 1))
        #expect(report.paidSince?.neverReached == 2)
        #expect(report.outcomes.first == OutcomeRow(outcome: .noAnswer, calls: 2, members: 2))
        #expect(report.outcomes.count == 6)
    }

    @Test func callersBranchesAndDaysAreCountedSeparately() throws {
        let report = try store.campaignReport(campaign: "Høst")
        #expect(report.byCaller == [
            CallerRow(caller: "Kari Nordmann", calls: 4, called: 4, reached: 2, willPay: 1, paidSince: 1),
            CallerRow(caller: "Ole Hansen", calls: 3, called: 2, reached: 2, willPay: 0, paidSince: 1),
        ])
        #expect(report.byBranch == [
            BranchRow(branch: "Harstad", onList: 5, called: 2, reached: 2, stillToCall: 3, paidSince: 2, paidSinceReached: 1),
            BranchRow(branch: "Tromsø", onList: 5, called: 4, reached: 2, stillToCall: 2, paidSince: 2, paidSinceReached: 1),
        ])
        #expect(report.byDay == [
            DayRow(day: CalendarDate(year: 2026, month: 11, day: 26)!, calls: 5, reached: 2, willPay: 1),
            DayRow(day: CalendarDate(year: 2026, month: 11, day: 27)!, calls: 2, reached: 2, willPay: 0),
        ])
    }

    @Test func aCallerSeesOnlyTheirOwnRow() throws {
        let report = try store.campaignReport(campaign: "Høst", caller: "Ole Hansen")
        #expect(report.byCaller.map(\.caller) == ["Ole Hansen"])
    }

    @Test func aPaymentBeforeTheCallDoesNotCountAsReached() throws {
        try store.database.run("""
            UPDATE dues SET changed_at = ? WHERE year = 2026 AND member_id = (SELECT id FROM members WHERE member_number = '1000')
            """, [Self.date("2026-11-26T14:30:00Z")])
        let paid = try #require(try store.campaignReport(campaign: "Høst").paidSince)
        #expect(paid == PaidSince(total: 4, reached: 1, reachedWillPay: 0))
    }

    @Test func welcomeCampaignsHaveNoPaidSinceAndReportsNeedACampaign() throws {
        let empty = try Fixture()
        #expect(throws: StoreError.self) { try empty.store.campaignReport(campaign: nil) }
        try store.createCampaign(CampaignDraft(name: "Velkommen", kind: .welcome, year: 2026))
        #expect(try store.campaignReport(campaign: "Velkommen").paidSince == nil)
    }
}
