import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct CallLoggingTests {
    let fixture: Fixture
    let store: Store
    let campaign: Campaign
    let kari: Caller

    init() throws {
        fixture = try Fixture()
        store = fixture.store
        campaign = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        kari = try fixture.caller()
    }

    func entry(_ number: String = "1000") throws -> Int64 { try store.entry(campaign: campaign, memberNumber: number).entryID }

    func row(_ entryID: Int64) throws -> (status: String, attempts: Int, next: Date?) {
        try store.database.fetchOne("SELECT status, attempts, next_call_at FROM call_list_entries WHERE id = ?", [entryID]) {
            ($0[0] as String, $0[1] as Int, $0[2] as Date?)
        }!
    }

    @Test func noAnswerRetriesOnTheNextCallingDayUntilAttemptsRunOut() throws {
        let id = try entry()
        try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .noAnswer))
        #expect(try row(id) == ("open", 1, ISO8601DateFormatter().date(from: "2026-11-27T09:00:00Z")))
        try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .busy))
        let last = try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .voicemail))
        #expect(last.transition == .exhausted)
        #expect(try row(id).status == "exhausted")
    }

    @Test func aPaperCallOnAClosedEntryIsRefusedAndChangesNothing() throws {
        let id = try entry()
        try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .declined))
        let closedAt = try store.database.fetchOne("SELECT closed_at FROM call_list_entries WHERE id = ?", [id]) { $0[0] as Int64? }
        fixture.clock.advance(3600)
        #expect(throws: StoreError.entryClosed(member: "1000", status: "done")) {
            try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .callback))
        }
        #expect(try row(id) == ("done", 1, nil))
        #expect(try store.database.fetchOne("SELECT closed_at FROM call_list_entries WHERE id = ?", [id]) { $0[0] as Int64? } == closedAt)
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int } == 1)
    }

    @Test func aCallbackIsDueAtTheTimeAskedFor() throws {
        let id = try entry()
        let tomorrowSix = ISO8601DateFormatter().date(from: "2026-11-27T17:00:00Z")!
        try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .callback, callbackAt: tomorrowSix))
        #expect(try row(id) == ("open", 1, tomorrowSix))
        #expect(try store.callHistory(memberID: try store.entry(campaign: campaign, memberNumber: "1000").member.id).first?.callbackAt == tomorrowSix)
    }

    @Test func doNotCallFlagsTheMemberForEveryCampaign() throws {
        let other = try store.createCampaign(CampaignDraft(name: "K2", kind: .dues, year: 2026, allowOverlap: true)).campaign
        try store.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .doNotCall))
        #expect(try store.member(number: "1000")?.doNotCall == true)
        #expect(try row(try store.entry(campaign: other, memberNumber: "1000").entryID).status == "do_not_call")
        #expect(try store.createCampaign(CampaignDraft(name: "K3", kind: .dues, year: 2026, allowOverlap: true)).added == 9)
    }

    @Test func aDeceasedMemberLeavesEveryOpenListAndUndoBringsThemBack() throws {
        let other = try store.createCampaign(CampaignDraft(name: "K2", kind: .dues, year: 2026, allowOverlap: true)).campaign
        let otherEntry = try store.entry(campaign: other, memberNumber: "1000").entryID
        let logged = try store.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .deceased))
        #expect(try row(otherEntry).status == "done")
        try store.undoCall(callID: logged.callID, caller: kari)
        #expect(try row(otherEntry).status == "open")
    }

    @Test func willPayKeepsTheConfirmedAddressAndClosesTheEntry() throws {
        let id = try entry()
        let logged = try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .willPay, note: "Sender i kveld", email: " Kari@Example.NO "))
        #expect(logged.transition == .close(.done))
        #expect(logged.uid.count == 32)
        let history = try store.callHistory(memberID: try store.member(number: "1000")!.id)
        #expect(history.map(\.email) == ["kari@example.no"])
        #expect(history.map(\.note) == ["Sender i kveld"])
        #expect(history.map(\.caller) == ["Kari Nordmann"])
    }

    @Test func anSMSSentStaysOnTheCallUnchangedUntilUndoTakesItAway() throws {
        let id = try entry()
        let sent = fixture.clock.now.addingTimeInterval(-30.7)
        let call = try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .noAnswer, smsSentAt: sent))
        let stored = try store.database.fetchOne("SELECT sms_sent_at FROM call_log WHERE id = ?", [call.callID]) {
            $0[0] as Date?
        }
        #expect(stored == Date(timeIntervalSince1970: sent.timeIntervalSince1970.rounded(.down)))
        #expect(throws: (any Error).self, "append-only") {
            try store.database.run("UPDATE call_log SET sms_sent_at = NULL WHERE id = ?", [call.callID])
        }
        #expect(try store.memberProfile(number: "1000")?.calls.last?.smsSentAt == stored)
        #expect(try store.campaignReport(campaign: "K").smsSent == 1)
        try store.undoCall(callID: call.callID, caller: kari)
        #expect(try store.campaignReport(campaign: "K").smsSent == 0)
        #expect(try store.memberProfile(number: "1000")?.calls.isEmpty == true)
    }

    @Test func anOutcomeOfAnotherKindIsRefused() throws {
        #expect(throws: StoreError.self) { try store.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .welcomed)) }
        #expect(try row(try entry()).attempts == 0)
    }

    @Test func undoWithinAMinuteRestoresTheEntryAndLiftsMarks() throws {
        let id = try entry()
        let logged = try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .doNotCall))
        fixture.clock.advance(30)
        try store.undoCall(callID: logged.callID, caller: kari)
        #expect(try row(id) == ("open", 0, nil))
        #expect(try store.member(number: "1000")?.doNotCall == false)
        #expect(try store.callHistory(memberID: try store.member(number: "1000")!.id).isEmpty)
        guard case .claimed(let held) = try store.claimNext(campaign: campaign, caller: kari) else {
            Issue.record("expected the undone member back on screen")
            return
        }
        #expect(held.entryID == id)
    }

    @Test func undoIsRefusedAfterAMinuteOrForAnotherCaller() throws {
        let logged = try store.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .declined))
        #expect(throws: StoreError.self) { try store.undoCall(callID: logged.callID, caller: try fixture.caller("Ole Hansen")) }
        fixture.clock.advance(61)
        #expect(throws: StoreError.self) { try store.undoCall(callID: logged.callID, caller: kari) }
    }

    @Test func undoReopensExactlyTheEntriesItsCallClosedEvenWhenTheClockTurnsMidCall() throws {
        let other = try store.createCampaign(CampaignDraft(name: "K2", kind: .dues, year: 2026, allowOverlap: true)).campaign
        let otherEntry = try store.entry(campaign: other, memberNumber: "1000").entryID
        let clock = fixture.clock
        let ticking = try Store.open(at: store.path, now: {
            clock.advance(1)
            return clock.now
        })
        let logged = try ticking.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .doNotCall))
        #expect(try row(otherEntry).status == "do_not_call")
        try ticking.undoCall(callID: logged.callID, caller: kari)
        #expect(try row(otherEntry).status == "open", "the entry the undone call closed is open again")
        #expect(try store.member(number: "1000")?.doNotCall == false)
    }

    @Test func undoAfterThePurgeRemovedTheMemberIsRefused() throws {
        let logged = try store.logCall(CallReport(entryID: try entry(), callerID: kari.id, outcome: .declined))
        try store.database.run("DELETE FROM members WHERE member_number = '1000'")
        #expect(throws: StoreError.memberPurged) { try store.undoCall(callID: logged.callID, caller: kari) }
        #expect(try store.database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int } == 1)
    }

    @Test func undoIsRefusedOnceAnotherCallerHoldsTheMember() throws {
        let id = try entry()
        let logged = try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .callback))
        fixture.clock.advance(24 * 3_600)
        guard case .claimed(let taken) = try store.claimNext(campaign: campaign, caller: try fixture.caller("Ole Hansen")) else {
            Issue.record("expected Ole to get the callback")
            return
        }
        #expect(taken.entryID == id)
        fixture.clock.advance(-24 * 3_600 + 10)
        #expect(throws: StoreError.claimLost(takenBy: "Ole Hansen")) { try store.undoCall(callID: logged.callID, caller: kari) }
        #expect(try row(id).attempts == 1)
    }

    @Test func aBackDatedPaperCallUsesItsOwnTimeForRetries() throws {
        let id = try entry()
        let monday = ISO8601DateFormatter().date(from: "2026-11-23T17:00:00Z")!
        try store.logCall(CallReport(entryID: id, callerID: kari.id, outcome: .noAnswer, calledAt: monday))
        #expect(try row(id).next == ISO8601DateFormatter().date(from: "2026-11-24T09:00:00Z"))
        #expect(try store.callHistory(memberID: try store.member(number: "1000")!.id).first?.at == monday)
    }
}
