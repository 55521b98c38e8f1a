import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// A welcome campaign's meeting place and the `{meeting}` field on a real database file: stored cleaned, only on
/// welcome campaigns, checked before a session, carried in a pack and never taken back from one.
@Suite struct MeetingPlaceTests {
    let fixture: Fixture
    let store: Store
    let week: TimeInterval = 7 * 86_400
    static let oslo = TimeZone(identifier: "Europe/Oslo")!

    init() throws {
        fixture = try Fixture(members: Fixture.register() + [
            Fixture.member(number: "2000", phone: "41000000", unpaid: false, joined: CalendarDate(year: 2026, month: 11, day: 10)!),
        ])
        store = fixture.store
    }

    @Test func thePlaceIsCleanedLimitedAndChangedOrClearedByEdit() throws {
        let created = try store.createCampaign(CampaignDraft(
            name: "Velkommen", kind: .welcome, year: 2026, meetingAt: fixture.clock.now + week,
            meetingPlace: " Folkets\u{1B}[2J hus\n")).campaign
        #expect(created.meetingPlace == "Folkets[2J hus", "control characters are stripped, the line break is a space and trimmed")
        #expect(created.meetingText(language: .nb, timeZone: Self.oslo, now: fixture.clock.now).hasSuffix(" på Folkets[2J hus"))

        let rules = created.rules
        let moved = try store.editCampaign(
            named: "Velkommen", rules: rules, welcomeWindowDays: created.welcomeWindowDays, meetingPlace: "Samfunnshuset").campaign
        #expect(moved.meetingPlace == "Samfunnshuset" && moved.meetingAt == created.meetingAt)
        let kept = try store.editCampaign(named: "Velkommen", rules: rules, welcomeWindowDays: 30).campaign
        #expect(kept.meetingPlace == "Samfunnshuset", "not given, not changed")
        let cleared = try store.editCampaign(named: "Velkommen", rules: rules, welcomeWindowDays: 30, meetingPlace: " ").campaign
        #expect(cleared.meetingPlace == nil)

        #expect(throws: UserTextError.self) {
            try store.editCampaign(
                named: "Velkommen", rules: rules, welcomeWindowDays: 30, meetingPlace: String(repeating: "x", count: 201))
        }
        #expect(try store.campaign(named: "Velkommen").meetingPlace == nil, "nothing written")
    }

    @Test func onlyWelcomeCampaignsHaveAPlaceOrTheMeetingField() throws {
        #expect(throws: StoreError.invalid(Wording("bare velkomstkampanjer har et møtested", "only welcome campaigns have a meeting place"))) {
            try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026, meetingPlace: "Folkets hus"))
        }
        #expect(throws: StoreError.self) {
            try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026, script: "Møtet er {meeting|snart}."))
        }
        let dues = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        #expect(throws: StoreError.self) {
            try store.editCampaign(named: "K", rules: dues.rules, welcomeWindowDays: 60, meetingPlace: "Folkets hus")
        }
        #expect(throws: StoreError.invalid(Wording(
            "{meeting} finnes bare for velkomstkampanjer, som har et møte; ta det ut av SMS-malen",
            "{meeting} is only for welcome campaigns, which have a meeting; take it out of the SMS template"))) {
            try store.setSMSTemplate(campaign: "K", to: "Hei {member.first_name}, vi ses {meeting}")
        }
        #expect(throws: StoreError.self) { try store.setScript(campaign: "K", to: "Vi ses {meeting}") }
        #expect(try store.smsTemplate(campaign: "K") == nil && store.campaign(named: "K").script == dues.script)

        try store.createCampaign(CampaignDraft(name: "Velkommen", kind: .welcome, year: 2026))
        try store.setSMSTemplate(campaign: "Velkommen", to: "Vi ses {meeting}!")
        try store.setScript(campaign: "Velkommen", to: "Neste møte er {meeting}.")
        #expect(try store.campaign(named: "Velkommen").script == "Neste møte er {meeting}.")
    }

    @Test func aCampaignLacksAMeetingWhenItsTextsNeedOneAndNoneIsToCome() throws {
        let now = fixture.clock.now
        let none = try store.createCampaign(CampaignDraft(name: "Velkommen", kind: .welcome, year: 2026)).campaign
        #expect(none.lacksMeeting(smsTemplate: nil, language: .nb, now: now), "the default script and SMS name the meeting")
        #expect(none.meetingText(language: .en, timeZone: Self.oslo, now: now) == "")

        let set = try store.editCampaign(
            named: "Velkommen", rules: none.rules, welcomeWindowDays: 60, meetingAt: now + week, meetingPlace: "Folkets hus").campaign
        #expect(!set.lacksMeeting(smsTemplate: nil, language: .en, now: now))
        #expect(set.lacksMeeting(smsTemplate: nil, language: .en, now: now + week), "the meeting has begun")
        #expect(set.meetingText(language: .nb, timeZone: Self.oslo, now: now + week) == "", "a passed meeting is not said")

        try store.setScript(campaign: "Velkommen", to: "Neste møte er {meeting|snart}.")
        let fallback = try store.campaign(named: "Velkommen")
        #expect(fallback.lacksMeeting(smsTemplate: nil, language: .nb, now: now + week), "the default SMS still names it")
        #expect(!fallback.lacksMeeting(smsTemplate: "Hei {member.first_name}!", language: .nb, now: now + week),
                "a fallback or no {meeting} at all needs no meeting")

        let dues = try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026)).campaign
        #expect(!dues.lacksMeeting(smsTemplate: nil, language: .nb, now: now))
    }

    @Test func aPackCarriesThePlaceAndItsMergeDoesNotTakeItBack() throws {
        try store.createCampaign(CampaignDraft(
            name: "Velkommen", kind: .welcome, year: 2026, meetingAt: fixture.clock.now + week, meetingPlace: "Folkets hus"))
        try store.split(campaign: "Velkommen", callers: ["Kari Nordmann"], strategy: .even)
        let path = fixture.folder.path("kari.duespack")
        try store.exportPack(campaign: "Velkommen", caller: "Kari Nordmann", to: path)
        let clock = fixture.clock
        let pack = try Store.openPack(at: path, now: { clock.now })
        let campaign = try #require(try pack.packAssignment()?.campaign)
        #expect(campaign.meetingPlace == "Folkets hus" && campaign.meetingAt == fixture.clock.now + week)
        try pack.logCall(CallReport(
            entryID: try pack.entry(campaign: campaign, memberNumber: "2000").entryID,
            callerID: try pack.caller(named: "Kari Nordmann").id, outcome: .welcomed, checklist: []))

        try Database(path: path).execute("UPDATE campaigns SET meeting_place = 'Et annet sted', meeting_at = 1")
        let summary = try store.importPack(at: path)
        #expect(summary.merged == 1, "\(summary)")
        let home = try store.campaign(named: "Velkommen")
        #expect(home.meetingPlace == "Folkets hus" && home.meetingAt == fixture.clock.now + week)
    }
}
