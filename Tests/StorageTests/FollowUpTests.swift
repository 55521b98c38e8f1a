import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct FollowUpTests {
    let fixture: Fixture
    let store: Store
    let autumn: Campaign
    let winter: Campaign
    let kari: Caller

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        autumn = try store.createCampaign(CampaignDraft(name: "Høst", kind: .dues, year: 2026)).campaign
        winter = try store.createCampaign(CampaignDraft(name: "Vinter", kind: .dues, year: 2026, allowOverlap: true)).campaign
        kari = try fixture.caller()
    }

    @discardableResult
    func call(_ number: String, _ outcome: Outcome, on campaign: Campaign, email: String? = nil, note: String? = nil) throws -> Int64 {
        fixture.clock.advance(60)
        return try store.logCall(CallReport(
            entryID: try store.entry(campaign: campaign, memberNumber: number).entryID, callerID: kari.id, outcome: outcome,
            note: note, email: email)).callID
    }

    @Test func doneItemsLeaveTheQueueAndStayInTheHistory() throws {
        try call("1000", .willPay, on: autumn, email: "Ny@Example.org")
        try call("1003", .willPay, on: autumn)
        try call("1006", .declined, on: autumn)
        let queue = try store.followUps(kind: .paymentInfo)
        #expect(queue.map(\.memberNumber) == ["1000", "1003"])
        #expect(queue[0].email == "ny@example.org")
        #expect(queue.allSatisfy { $0.doneAt == nil && $0.campaign == "Høst" })

        #expect(try store.markFollowUpsDone(kind: .paymentInfo, memberNumbers: ["1000"]) == 1)
        #expect(try store.followUps(kind: .paymentInfo).map(\.memberNumber) == ["1003"])
        let history = try store.followUps(kind: .paymentInfo, includeDone: true)
        #expect(history.map(\.memberNumber) == ["1000", "1003"])
        #expect(history[0].doneAt == fixture.clock.now)
        #expect(try store.markFollowUpsDone(kind: .paymentInfo, memberNumbers: ["1000"]) == 0)
        #expect(try store.auditLog().first?.counts == ["done": 0])
    }

    @Test func markingIsAllOrNothing() throws {
        try call("1000", .willPay, on: autumn)
        #expect(throws: StoreError.self) {
            try store.markFollowUpsDone(kind: .paymentInfo, memberNumbers: ["1000", "1006"])
        }
        #expect(try store.followUps(kind: .paymentInfo).count == 1)
    }

    @Test func eachMemberAppearsOnceWithTheLatestRelevantCall() throws {
        try call("1000", .moved, on: autumn, note: "flyttet til Bodø")
        let latest = try call("1000", .deceased, on: winter, note: "død i fjor")
        let queue = try store.followUps(kind: .registerUpdate)
        #expect(queue.count == 1)
        #expect(queue[0].callID == latest)
        #expect(queue[0].outcome == .deceased)
        #expect(queue[0].campaign == "Vinter")
        #expect(try store.followUps(kind: .registerUpdate, campaign: "Høst").map(\.outcome) == [.moved])
    }

    @Test func theRegisterSettlesItemsByItself() throws {
        try call("1000", .willPay, on: autumn)
        try call("1003", .wrongNumber, on: autumn)
        try store.database.run(
            "UPDATE dues SET status = 'paid' WHERE year = 2026 AND member_id = (SELECT id FROM members WHERE member_number = '1000')")
        #expect(try store.followUps(kind: .paymentInfo).isEmpty)
        #expect(try store.followUps(kind: .wrongNumber).map(\.memberNumber) == ["1003"])
        try store.database.run("UPDATE members SET phone_wrong = 0 WHERE member_number = '1003'")
        #expect(try store.followUps(kind: .wrongNumber).isEmpty)
    }
}
