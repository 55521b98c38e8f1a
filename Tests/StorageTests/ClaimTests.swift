import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct ClaimTests {
    let fixture: Fixture
    let store: Store
    let campaign: Campaign

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
    }

    func claimed(_ caller: Caller, skipping: Set<Int64> = [], in store: Store? = nil) throws -> ClaimedEntry? {
        if case .claimed(let entry) = try (store ?? self.store).claimNext(campaign: campaign, caller: caller, skipping: skipping) {
            return entry
        }
        return nil
    }

    @Test func twoCallersNeverGetTheSameMemberAndARestartResumes() throws {
        let kari = try fixture.caller("Kari Nordmann"), ole = try fixture.caller("Ole Hansen")
        let first = try #require(try claimed(kari))
        let second = try #require(try claimed(ole, in: try fixture.reopen()))
        #expect(first.member.id != second.member.id)
        #expect(try claimed(kari, in: try fixture.reopen())?.entryID == first.entryID)
    }

    @Test func onlyTheSessionHoldingTheNewestStampCanLogAMember() throws {
        let kari = try fixture.caller("Kari Nordmann")
        let older = try #require(try claimed(kari))
        fixture.clock.advance(1)
        let newer = try #require(try claimed(kari, in: try fixture.reopen()))
        #expect(newer.entryID == older.entryID, "a second session of the same caller resumes the member")
        #expect(throws: StoreError.claimLost(takenBy: "Kari Nordmann")) {
            try store.logCall(CallReport(entryID: older.entryID, callerID: kari.id, outcome: .declined, claim: older.claim))
        }
        try store.logCall(CallReport(entryID: newer.entryID, callerID: kari.id, outcome: .declined, claim: newer.claim))
        #expect(throws: StoreError.claimLost(takenBy: nil)) {
            try store.logCall(CallReport(entryID: newer.entryID, callerID: kari.id, outcome: .declined, claim: newer.claim))
        }
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int } == 1)
    }

    @Test func aSessionThatLostItsClaimDoesNotReleaseTheMemberFromTheNewHolder() throws {
        let kari = try fixture.caller("Kari Nordmann")
        let older = try #require(try claimed(kari))
        fixture.clock.advance(1)
        let newer = try #require(try claimed(kari, in: try fixture.reopen()))
        try store.releaseClaim(entryID: older.entryID, caller: kari, claim: older.claim)
        try store.logCall(CallReport(entryID: newer.entryID, callerID: kari.id, outcome: .declined, claim: newer.claim))
    }

    @Test func assignedEntriesComeBeforeThePoolAndCallbacksBeforeFreshEntries() throws {
        let kari = try fixture.caller()
        try store.split(campaign: "K", callers: ["Ole Hansen"], strategy: .even)
        #expect(try claimed(kari) == nil)
        try store.release(campaign: "K", caller: "Ole Hansen")
        let first = try #require(try claimed(kari))
        try store.logCall(CallReport(
            entryID: first.entryID, callerID: kari.id, outcome: .callback, callbackAt: fixture.clock.now + 3_600))
        let fresh = try #require(try claimed(kari))
        #expect(fresh.entryID != first.entryID)
        try store.releaseClaim(entryID: fresh.entryID, caller: kari)
        fixture.clock.advance(3_700)
        let due = try #require(try claimed(kari))
        #expect(due.entryID == first.entryID)
        #expect(due.lastOutcome == .callback)
    }

    @Test func nothingIsHandedOutOutsideCallingHours() throws {
        fixture.clock.now = ISO8601DateFormatter().date(from: "2026-11-26T20:30:00Z")!
        guard case .outsideHours(let opens) = try store.claimNext(campaign: campaign, caller: try fixture.caller()) else {
            Issue.record("expected outside hours")
            return
        }
        #expect(opens == ISO8601DateFormatter().date(from: "2026-11-27T09:00:00Z")!)
    }

    @Test func anIdleClaimReturnsToThePool() throws {
        let kari = try fixture.caller("Kari Nordmann"), ole = try fixture.caller("Ole Hansen")
        let held = try #require(try claimed(kari))
        fixture.clock.advance(29 * 60)
        #expect(try claimed(ole)?.member.id != held.member.id)
        fixture.clock.advance(31 * 60)
        var seen: Set<Int64> = []
        while let entry = try claimed(ole, skipping: seen) {
            seen.insert(entry.entryID)
            try store.releaseClaim(entryID: entry.entryID, caller: ole)
        }
        #expect(seen.contains(held.entryID))
    }

    @Test func aHouseholdIsClaimedTogether() throws {
        let fixture = try Fixture(members: [
            Fixture.member(number: "1", phone: "77 12 34 56"), Fixture.member(number: "2", phone: "77123456"),
        ] + (3...8).map { Fixture.member(number: String($0), phone: "9123456\($0)") })
        let store = fixture.store
        let campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        for name in ["Kari Nordmann", "Ole Hansen"] {
            _ = try store.claimNext(campaign: campaign, caller: try fixture.caller(name))
        }
        let holders = try store.database.fetchAll("""
            SELECT m.member_number, e.claimed_by FROM call_list_entries e JOIN members m ON m.id = e.member_id
            WHERE m.member_number IN ('1', '2')
            """) { ($0[0] as String, $0[1] as Int64?) }
        #expect(holders.count == 2)
        #expect(holders[0].1 != nil && holders[0].1 == holders[1].1)
    }

    @Test func skippedMembersArePassedOverAndTheListEnds() throws {
        let kari = try fixture.caller()
        var seen: Set<Int64> = []
        while let entry = try claimed(kari, skipping: seen) {
            #expect(!seen.contains(entry.entryID))
            seen.insert(entry.entryID)
        }
        #expect(seen.count == 10)
        guard case .nothingDue(let next) = try store.claimNext(campaign: campaign, caller: kari, skipping: seen) else {
            Issue.record("expected nothing due")
            return
        }
        #expect(next == nil)
    }
}
