import CallScreen
import Foundation
import Model
import QRCode
import Storage
import Testing
@testable import CallSession

/// `{meeting}` in a session: said in the script's and the SMS's own language, and no session without a meeting to
/// come when a text needs one.
@Suite struct MeetingSessionTests {
    @Test func theScriptSaysItInTheCampaignsLanguageAndTheDefaultSMSInTheCallers() throws {
        let fixture = try SessionFixture(members: [SessionFixture.member(number: "7", first: "Ørjan")], kind: .welcome, language: .en)
        let meetingAt = try #require(fixture.campaign.meetingAt)
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let driver = Driver(try fixture.session(language: .nb))
        let card = try #require(driver.state.card)
        let english = MeetingText.say(meetingAt, place: "Folkets hus", language: .en, timeZone: oslo)
        #expect(card.script.contains("Our next members' meeting is on \(english). It would"), "\(card.script)")
        let body = SMSTemplate.defaultTemplate(for: .welcome, language: .nb).render(MergeValues(
            memberFirstName: "Ørjan", memberFullName: "Ørjan Hansen", memberBranch: "Tromsø", callerFirstName: "Kari",
            year: 2026, party: "Testpartiet", membershipOfficeEmail: "medlem@test.example",
            meeting: MeetingText.say(meetingAt, place: "Folkets hus", language: .nb, timeZone: oslo)))
        #expect(body.contains("Neste møte er torsdag 3. desember kl. 15.00 på Folkets hus."), "a week after Thursday 15:00: \(body)")
        #expect(card.textCode == PhoneNumber(parsing: "41234567").smsURI(body: body).flatMap { QRMatrix(encoding: $0) }?.modules)
    }

    @Test func noSessionWithoutAMeetingToCome() throws {
        let fixture = try SessionFixture(kind: .welcome, meeting: false)
        #expect(throws: MissingMeeting(campaign: "Høst", passed: false, language: .nb)) { try fixture.session(language: .nb) }

        let set = try SessionFixture(kind: .welcome)
        _ = try set.session()
        set.clock.now += 7 * 86_400
        #expect(throws: MissingMeeting(campaign: "Høst", passed: true, language: .en)) { try set.session(language: .en) }
        #expect(MissingMeeting(campaign: "Velkommen 2026", passed: true, language: .nb).description
            == "Møtet til kampanjen Velkommen 2026 har vært, men manuset eller SMS-en inviterer til det ({meeting}). En koordinator"
            + " setter neste møte med `dues campaign edit \"Velkommen 2026\" --meeting \"ÅÅÅÅ-MM-DD TT:MM\" --meeting-place \"…\"`.")
    }
}
