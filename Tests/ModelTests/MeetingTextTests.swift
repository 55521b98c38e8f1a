import Foundation
import Model
import Testing

/// How `{meeting}` says a welcome campaign's meeting: weekday, date and time in the organisation's zone, then the place.
@Suite struct MeetingTextTests {
    static let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// A moment given in UTC, so the tests show the zone doing the work.
    static func utc(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    /// A long meeting as it would be said: the longest weekday and month with a long place, for SMS length tests.
    static func longest(_ language: Language) -> String {
        MeetingText.say(utc("2027-09-30T17:30:00Z"), place: "Folkets hus, Storgata 12, 2. etasje", language: language, timeZone: oslo)
    }

    @Test func bokmalSaysWeekdayDateAndTimeWithPeriodAndPlace() {
        let start = Self.utc("2026-12-10T18:00:00Z")
        #expect(MeetingText.say(start, place: "Folkets hus", language: .nb, timeZone: Self.oslo)
            == "torsdag 10. desember kl. 19.00 på Folkets hus")
        #expect(MeetingText.say(start, place: nil, language: .nb, timeZone: Self.oslo) == "torsdag 10. desember kl. 19.00")
        #expect(MeetingText.say(start, place: "  ", language: .nb, timeZone: Self.oslo) == "torsdag 10. desember kl. 19.00")
    }

    @Test func englishSaysTheSameWithAColon() {
        let start = Self.utc("2026-12-10T18:00:00Z")
        #expect(MeetingText.say(start, place: "Folkets hus", language: .en, timeZone: Self.oslo)
            == "Thursday 10 December at 19:00 at Folkets hus")
        #expect(MeetingText.say(start, place: nil, language: .en, timeZone: Self.oslo) == "Thursday 10 December at 19:00")
    }

    @Test func theZoneDecidesTheDayAndTheHourAcrossSummerTime() {
        let lateInUTC = Self.utc("2027-06-06T22:30:00Z")
        #expect(MeetingText.say(lateInUTC, place: nil, language: .nb, timeZone: Self.oslo) == "mandag 7. juni kl. 00.30")
        #expect(MeetingText.say(lateInUTC, place: nil, language: .en, timeZone: TimeZone(identifier: "UTC")!)
            == "Sunday 6 June at 22:30")
    }

    @Test(arguments: [Language.nb, .en])
    func theWelcomeSMSWithALongDateAndPlaceFitsTwoSegments(language: Language) throws {
        let meeting = Self.longest(language)
        #expect(meeting.contains("30") && meeting.contains("Storgata 12"))
        let body = SMSTemplate.defaultTemplate(for: .welcome, language: language).render(MergeValues(
            memberFirstName: "Kristoffer", memberFullName: "Kristoffer Hætta-Sara", memberBranch: "Nordre Land",
            callerFirstName: "Marianne", year: 2027, party: "Sosialistisk Venstreparti", membershipOfficeEmail: "",
            meeting: meeting))
        #expect(body.contains(meeting))
        let length = SMSLength(body)
        #expect(length.encoding == .gsm7 && length.segments == 2, "\(length.units) septets: \(body)")
    }
}
