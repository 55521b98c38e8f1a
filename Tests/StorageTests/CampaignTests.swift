import Demo
import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct CampaignTests {
    @Test func aDuesCampaignHoldsTheUnpaidAndLeavesOutWhoMustNotBeCalled() throws {
        let fixture = try Fixture(members: [
            Fixture.member(number: "1"), Fixture.member(number: "2", unpaid: false),
            Fixture.member(number: "3", phone: nil), Fixture.member(number: "4", phone: "12345"),
            Fixture.member(number: "5", lapsed: true), Fixture.member(number: "6"),
        ])
        let store = fixture.store
        try store.database.run("UPDATE members SET do_not_call = 1 WHERE member_number = '6'")
        let (campaign, added) = try store.createCampaign(CampaignDraft(name: "Kontingent", kind: .dues, year: 2026))
        #expect(added == 1)
        let overview = try store.overview(campaign: campaign.name)
        #expect(overview.onList == 1 && overview.pool == 1)
        #expect(overview.exclusions[.doNotCall] == 1)
        #expect(overview.exclusions[.pastRetention] == 1)
        #expect(overview.exclusions.noUsableNumber.map(\.memberNumber) == ["3", "4"])
        #expect(try store.refreshCampaign(named: "Kontingent") == 0)
    }

    @Test func aWelcomeCampaignHoldsRecentJoinersNotYetWelcomed() throws {
        let today = CalendarDate(year: 2026, month: 11, day: 26)!
        let fixture = try Fixture(members: [
            Fixture.member(number: "1", unpaid: false, joined: today.adding(days: -10)),
            Fixture.member(number: "2", unpaid: false, joined: today.adding(days: -59)),
            Fixture.member(number: "3", unpaid: false, joined: today.adding(days: -61)),
        ])
        let store = fixture.store
        let first = try store.createCampaign(CampaignDraft(name: "Velkommen", kind: .welcome, year: 2026)).campaign
        #expect(try store.overview(campaign: "Velkommen").onList == 2)
        let entry = try store.entry(campaign: first, memberNumber: "1")
        try store.logCall(CallReport(entryID: entry.entryID, callerID: try fixture.caller().id, outcome: .welcomed, checklist: [.mailList]))
        #expect(try store.createCampaign(CampaignDraft(name: "Velkommen 2", kind: .welcome, year: 2026, allowOverlap: true)).added == 1)
    }

    @Test func scriptsAreCheckedWhenSavedNotWhenRead() throws {
        let store = try Fixture().store
        #expect(throws: ScriptTemplateError.self) {
            try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026, script: "Hei {member.nickname}"))
        }
        try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
        #expect(try store.campaign(named: "K").script.contains("{member.first_name}"))
        #expect(throws: ScriptTemplateError.self) { try store.setScript(campaign: "K", to: "Hei {caller.name}") }
        try store.setScript(campaign: "K", to: "Hei {member.first_name}, dette er {caller.first_name}.")
        #expect(try store.campaign(named: "K").script == "Hei {member.first_name}, dette er {caller.first_name}.")
        #expect(throws: StoreError.self) { try store.createCampaign(CampaignDraft(name: "K", kind: .welcome, year: 2026)) }
    }

    @Test func closingStopsClaimsAndReleasesHeldEntries() throws {
        let fixture = try Fixture()
        let store = fixture.store
        let campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        guard case .claimed = try store.claimNext(campaign: campaign, caller: try fixture.caller()) else {
            Issue.record("expected a claim")
            return
        }
        try store.closeCampaign(named: "K")
        #expect(try store.overview(campaign: "K").held == 0)
        #expect(throws: StoreError.self) { try store.claimNext(campaign: try store.campaign(named: "K"), caller: try fixture.caller()) }
        #expect(throws: StoreError.self) { try store.closeCampaign(named: "K") }
    }
}

@Suite struct StatusSummaryTests {
    @Test func paymentsPerYearLeaveOutMembersWhoLeftTheRegister() throws {
        let fixture = try Fixture()
        let before = try #require(try fixture.store.statusSummary().years.first { $0.year == 2026 })
        #expect((before.unpaid, before.paid) == (10, 20))
        try fixture.store.database.run("UPDATE members SET left_register_at = 1 WHERE member_number IN ('1000', '1001')")
        let after = try #require(try fixture.store.statusSummary().years.first { $0.year == 2026 })
        #expect((after.unpaid, after.paid) == (9, 19))
        #expect(try fixture.store.statusSummary().members == 28)
    }

    /// The summary's index counts against the same numbers counted here from every row: on the demo data with
    /// members who left the register, members without a branch and closed list entries.
    @Test func countsAgreeWithTheRowsTheyCount() throws {
        let folder = try TemporaryFolder()
        let today = CalendarDate(year: 2026, month: 11, day: 26)!
        let evening = Date(timeIntervalSince1970: Double(today.daysSinceEpoch * 86_400 + 17 * 3_600))
        let store = try Store.create(at: folder.path("demo.sqlite"), now: { evening }).store
        let seed = DemoData.seed(today: today)
        try store.load(seed)
        try DemoData.campaigns(for: seed, today: today, language: .en).forEach { try store.createCampaign($0) }
        let database = store.database
        try database.run("UPDATE members SET left_register_at = 1 WHERE id % 7 = 0")
        try database.run("UPDATE members SET branch_id = NULL WHERE id % 11 = 0")
        try database.run("UPDATE call_list_entries SET status = 'done', closed_at = 1 WHERE id % 3 = 0 AND claimed_by IS NULL")
        let members = try database.fetchAll("SELECT id, branch_id, left_register_at IS NOT NULL FROM members") {
            (id: $0[0] as Int64, branch: $0[1] as Int64?, left: $0[2] as Bool)
        }
        let left = Set(members.filter(\.left).map(\.id))
        let dues = try database.fetchAll("SELECT member_id, year, status FROM dues") {
            (member: $0[0] as Int64, year: $0[1] as Int, status: $0[2] as String)
        }.filter { !left.contains($0.member) }
        let years = Dictionary(grouping: dues, by: \.year).map { year, rows in
            StatusSummary.YearCount(
                year: year, unpaid: rows.count { $0.status == "unpaid" }, paid: rows.count { $0.status == "paid" },
                waived: rows.count { $0.status == "waived" })
        }
        let branches = try database.fetchAll("SELECT id, name FROM branches ORDER BY name") { row in
            let id: Int64 = row[0]
            return StatusSummary.BranchCount(branch: row[1], members: members.count { $0.branch == id && !$0.left })
        }
        let entries = try database.fetchAll("SELECT campaign_id, status = 'open' FROM call_list_entries") {
            (campaign: $0[0] as Int64, open: $0[1] as Bool)
        }
        let campaigns = try database.fetchAll("SELECT id, name FROM campaigns ORDER BY created_at DESC, id DESC") { row in
            let id: Int64 = row[0]
            return (name: row[1] as String, open: entries.count { $0.campaign == id && $0.open },
                    closed: entries.count { $0.campaign == id && !$0.open })
        }

        let summary = try store.statusSummary()
        #expect(!left.isEmpty && entries.contains { !$0.open })
        #expect(summary.members == members.count - left.count && summary.leftRegister == left.count)
        #expect(summary.withoutBranch == members.count { $0.branch == nil && !$0.left })
        #expect(summary.years == years.sorted { $0.year > $1.year })
        #expect(summary.branches == branches)
        #expect(summary.campaigns.map { ($0.name, $0.open, $0.closed) }.elementsEqual(campaigns) { $0 == $1 })
    }
}
