import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct AssignmentTests {
    let fixture: Fixture
    let store: Store

    init() throws {
        fixture = try Fixture(members: Fixture.register(count: 60))
        store = fixture.store
        try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
    }

    func assignments() throws -> [Int64: Int64?] {
        Dictionary(uniqueKeysWithValues: try store.database.fetchAll(
            "SELECT id, caller_id FROM call_list_entries ORDER BY id") { ($0[0] as Int64, $0[1] as Int64?) })
    }

    @Test func anEvenSplitIsBalancedDeterministicAndIdempotent() throws {
        let summary = try store.split(campaign: "K", callers: ["Kari Nordmann", "Ole Hansen"], strategy: .even)
        #expect(summary.shares.map(\.entries) == [10, 10])
        #expect(summary.moved == 20)
        let first = try assignments()
        #expect(try store.split(campaign: "K", callers: ["Kari Nordmann", "Ole Hansen"], strategy: .even).moved == 0)
        #expect(try assignments() == first)
    }

    @Test func theBranchStrategyGivesCallersTheirOwnBranchFirst() throws {
        try store.split(campaign: "K", callers: ["Kari Nordmann", "Ole Hansen"], strategy: .branch)
        let wrongBranch: Int = try store.database.fetchOne("""
            SELECT count(*) FROM call_list_entries e JOIN members m ON m.id = e.member_id
            JOIN callers k ON k.id = e.caller_id WHERE m.branch_id IS NOT k.branch_id
            """) { $0[0] }!
        #expect(wrongBranch == 0)
    }

    @Test func entriesWithACallStayPutUnlessRebalanced() throws {
        try store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
        let campaign = try store.campaign(named: "K")
        let kari = try fixture.caller("Kari Nordmann")
        let called = try store.entry(campaign: campaign, memberNumber: "1000").entryID
        try store.logCall(CallReport(entryID: called, callerID: kari.id, outcome: .noAnswer))
        try store.split(campaign: "K", callers: ["Ole Hansen"], strategy: .even)
        #expect(try assignments()[called] == kari.id)
        try store.split(campaign: "K", callers: ["Ole Hansen"], strategy: .even, rebalance: true)
        #expect(try assignments()[called] == (try fixture.caller("Ole Hansen")).id)
    }

    @Test func reassignReleaseAndRemoveMoveOpenEntries() throws {
        try store.split(campaign: "K", callers: ["Kari Nordmann"], strategy: .even)
        let kari = try fixture.caller("Kari Nordmann"), ole = try fixture.caller("Ole Hansen")
        let campaign = try store.campaign(named: "K")
        try store.logCall(CallReport(entryID: try store.entry(campaign: campaign, memberNumber: "1000").entryID, callerID: kari.id, outcome: .noAnswer))
        #expect(try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen", onlyUntouched: true) == 19)
        #expect(try store.reassign(campaign: "K", from: "Kari Nordmann", to: "Ole Hansen") == 1)
        #expect(try store.release(campaign: "K", caller: "Ole Hansen") == 20)
        try store.split(campaign: "K", callers: ["Ole Hansen"], strategy: .even)
        #expect(try store.removeCaller(named: "Ole Hansen") == 20)
        #expect(try store.overview(campaign: "K").pool == 20)
        #expect(throws: StoreError.self) { try store.caller(named: "Ole Hansen") }
        #expect(try store.callHistory(memberID: try store.member(number: "1000")!.id).first?.caller == "Kari Nordmann")
        _ = ole
    }

    @Test func splittingRefusesUnknownCallers() throws {
        #expect(throws: StoreError.notFound(kind: "caller", name: "Nobody")) {
            try store.split(campaign: "K", callers: ["Kari Nordmann", "Nobody"], strategy: .even)
        }
        #expect(try assignments().values.allSatisfy { $0 == nil })
    }
}
