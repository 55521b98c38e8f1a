import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// The welcome routine after the first call, on a real database file: the board's open steps per new member, the
/// meeting and who came, and the keep-in-touch campaign some weeks later.
@Suite struct WelcomeFollowThroughTests {
    let fixture: Fixture
    let store: Store
    let welcome: Campaign
    let kari: Caller

    /// Thirty older members and four who joined this month, and a welcome campaign whose meeting is a week ahead.
    init() throws {
        let newcomers = (0..<4).map { index in
            Fixture.member(number: String(2000 + index), phone: "4" + String(1_000_000 + index), unpaid: false,
                           joined: CalendarDate(year: 2026, month: 11, day: 10)!)
        }
        fixture = try Fixture(members: Fixture.register() + newcomers)
        store = fixture.store
        welcome = try store.createCampaign(CampaignDraft(
            name: "Velkommen", kind: .welcome, year: 2026, meetingAt: fixture.clock.now + 7 * 86_400)).campaign
        kari = try fixture.caller()
    }

    func welcome(_ number: String, ticking checklist: Set<WelcomeChecklistItem>, outcome: Outcome = .welcomed, on campaign: Campaign? = nil) throws {
        fixture.clock.advance(60)
        try store.logCall(CallReport(
            entryID: try store.entry(campaign: campaign ?? welcome, memberNumber: number).entryID, callerID: kari.id,
            outcome: outcome, checklist: outcome == .welcomed ? checklist : []))
    }

    @Test func theQueueHoldsTheItemsTheCallerDidNotTick() throws {
        try welcome("2000", ticking: [.toldActivity, .mailList, .sentSMS])
        try welcome("2001", ticking: [.mailList, .socialGroup, .invitedMeeting, .sentSMS])
        try welcome("2002", ticking: [], outcome: .noAnswer)
        let queue = try store.welcomeTasks()
        #expect(queue.map(\.memberNumber) == ["2000"], "2001 got every step on the call, 2002 was not welcomed")
        #expect(queue[0].open == [.socialGroup, .invitedMeeting])
        #expect(queue[0].campaign == "Velkommen" && queue[0].came == nil)
        #expect(try store.welcomeTasks(includeDone: true).map(\.memberNumber) == ["2000", "2001"])
    }

    @Test func doneIsPerItemAllOrNothingAndAudited() throws {
        try welcome("2000", ticking: [.mailList])
        try welcome("2001", ticking: [])
        #expect(try store.markWelcomeTasksDone(memberNumbers: ["2000"], task: .socialGroup) == 1)
        #expect(try store.welcomeTasks()[0].open == [.invitedMeeting, .sentSMS])
        #expect(try store.auditLog().first?.action == "welcome_tasks_done")

        #expect(throws: StoreError.invalid(Wording(
            "ikke i køen welcome-tasks med punktet mail_list: 2000, 1000",
            "not in the welcome-tasks queue with item mail_list: 2000, 1000"))) {
            try store.markWelcomeTasksDone(memberNumbers: ["2001", "2000", "1000"], task: .mailList)
        }
        #expect(try store.welcomeTasks().first { $0.memberNumber == "2001" }?.open.contains(.mailList) == true,
                "nothing written when one member is refused")

        #expect(try store.markWelcomeTasksDone(memberNumbers: ["2000", "2001"]) == 6)
        #expect(try store.welcomeTasks().isEmpty)
        #expect(try store.markWelcomeTasksDone(memberNumbers: ["2000"]) == 0, "members already done are no error")
        let history = try store.welcomeTasks(includeDone: true)
        #expect(history.first { $0.memberNumber == "2000" }?.done == [.socialGroup, .invitedMeeting, .sentSMS])
    }

    @Test func afterTheMeetingTheQueueAsksWhetherTheyCame() throws {
        try welcome("2000", ticking: [.mailList, .socialGroup, .invitedMeeting, .sentSMS])
        try welcome("2001", ticking: [.mailList, .socialGroup, .invitedMeeting, .sentSMS])
        #expect(try store.welcomeTasks().isEmpty)
        #expect(throws: StoreError.self) { try store.recordMeetingAttendance(memberNumbers: ["2000"], came: true) }

        fixture.clock.advance(8 * 86_400)
        #expect(try store.welcomeTasks().map(\.open) == [[.cameToMeeting], [.cameToMeeting]])
        #expect(try store.campaignReport(campaign: "Velkommen").meetingAttendance
            == MeetingAttendance(meetingAt: try #require(welcome.meetingAt), came: 0, didNotCome: 0, notKnown: 2))

        #expect(try store.recordMeetingAttendance(memberNumbers: ["2000"], came: true) == 1)
        #expect(try store.recordMeetingAttendance(memberNumbers: ["2001"], came: true) == 1)
        #expect(try store.recordMeetingAttendance(memberNumbers: ["2001"], came: false) == 1, "a later answer replaces the first")
        #expect(try store.welcomeTasks().isEmpty)
        let history = try store.welcomeTasks(includeDone: true)
        #expect(history.map(\.came) == [true, false])
        #expect(history.map(\.done) == [[.cameToMeeting], [.cameToMeeting]])
        let report = try store.campaignReport(campaign: "Velkommen")
        #expect(report.meetingAttendance?.came == 1 && report.meetingAttendance?.didNotCome == 1 && report.meetingAttendance?.notKnown == 0)
        #expect(report.isKeepInTouch == false)
        #expect(throws: StoreError.self) { try store.recordMeetingAttendance(memberNumbers: ["2002"], came: true) }
    }

    @Test func onlyWelcomeCampaignsHaveAMeetingAndWeeksStayWithinAYear() throws {
        #expect(throws: StoreError.self) {
            try store.createCampaign(CampaignDraft(name: "Kontingent", kind: .dues, year: 2026, meetingAt: fixture.clock.now))
        }
        #expect(throws: StoreError.self) {
            try store.createCampaign(CampaignDraft(name: "Velkommen 2", kind: .welcome, year: 2026, keepInTouchWeeks: 53))
        }
        let edited = try store.editCampaign(
            named: "Velkommen", rules: welcome.rules, welcomeWindowDays: welcome.welcomeWindowDays, keepInTouchWeeks: 3).campaign
        #expect(edited.keepInTouchWeeks == 3 && edited.meetingAt == welcome.meetingAt)
        #expect(try store.campaignReport(campaign: "Velkommen").meetingAttendance != nil)
    }

    @Test func theKeepInTouchCampaignTakesThoseWelcomedLongEnoughAgo() throws {
        try welcome("2000", ticking: [])
        try welcome("2001", ticking: [])
        fixture.clock.advance(3 * 7 * 86_400)
        try welcome("2002", ticking: [])
        fixture.clock.advance(3 * 7 * 86_400)
        let (early, added) = try store.createCampaign(CampaignDraft(
            name: "Holde kontakt", kind: .welcome, year: 2026, keepInTouchOf: "Velkommen"))
        #expect(added == 2, "2000 and 2001 were welcomed six weeks ago, 2002 three")
        #expect(early.isKeepInTouch && early.keepInTouchOf == welcome.id)
        #expect(early.script == ScriptTemplate.keepInTouchText(language: .nb))
        #expect(try store.keepInTouchWaiting(campaign: early)?.tooRecent == 1)
        #expect(try store.campaignReport(campaign: "Holde kontakt").isKeepInTouch == true)

        fixture.clock.advance(3 * 7 * 86_400)
        #expect(try store.refreshCampaign(named: "Holde kontakt") == 1)
        #expect(try store.keepInTouchWaiting(campaign: early)?.tooRecent == 0)

        // A welcomed call on the keep-in-touch campaign is not a new welcome: the board's queue stays as it was.
        let before = try store.welcomeTasks(includeDone: true).map(\.campaign)
        try welcome("2000", ticking: [], on: early)
        #expect(try store.welcomeTasks(includeDone: true).map(\.campaign) == before)
        #expect(throws: StoreError.self) {
            try store.createCampaign(CampaignDraft(name: "Igjen", kind: .welcome, year: 2026, keepInTouchOf: "Holde kontakt"))
        }
    }

    @Test func aPackOfAKeepInTouchCampaignKeepsItsMarkAndMeeting() throws {
        try welcome("2000", ticking: [])
        fixture.clock.advance(6 * 7 * 86_400)
        try store.createCampaign(CampaignDraft(
            name: "Holde kontakt", kind: .welcome, year: 2026, meetingAt: fixture.clock.now + 86_400, keepInTouchOf: "Velkommen"))
        try store.split(campaign: "Holde kontakt", callers: ["Kari Nordmann"], strategy: .even)
        try store.setSMSTemplate(campaign: "Holde kontakt", to: "Hei {member.first_name}, takk for praten!")
        let path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "Holde kontakt", caller: "Kari Nordmann", to: path)
        let pack = try Store.openPack(at: path)
        let campaign = try #require(try pack.packAssignment()?.campaign)
        #expect(campaign.isKeepInTouch && campaign.meetingAt == fixture.clock.now + 86_400)
        #expect(try pack.smsTemplate(campaign: "Holde kontakt") == "Hei {member.first_name}, takk for praten!",
                "the caller at home texts the campaign's own SMS, not the default")
    }
}
