import Foundation
import Model
import Storage
import TestSupport
import Testing

/// `dues log` takes what the sheet prints and what a volunteer writes: keys, outcome names in either language, and
/// the callback field's day words for the past.
@Suite struct LogLanguageTests {
    let folder: TemporaryFolder
    let members: [String]

    init() throws {
        folder = try TemporaryFolder()
        try DemoList.make(in: folder.url)
        members = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now })
            .sheet(campaign: "Høst", caller: "Kari Nordmann").lines.prefix(6).map(\.member.memberNumber)
    }

    func store() throws -> Store { try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }) }

    func log(_ member: String, _ extra: String..., lang: String = "en") throws -> DuesBinary.Result {
        try DuesBinary.run(
            ["log", member, "--campaign", "Høst", "--caller", "Kari Nordmann", "--lang", lang] + extra, in: folder.url)
    }

    func lastCall(_ member: String) throws -> CallAttempt? {
        let store = try store()
        let id = try #require(try store.member(number: member)).id
        return try store.callHistory(memberID: id).first { $0.campaign == "Høst" }
    }

    @Test func keysNamesAndCodesAllName() throws {
        let cases: [(String, Outcome)] = [
            ("1", .willPay), ("6", .noAnswer), ("D", .deceased), ("ikke svar", .noAnswer), ("NO ANSWER", .noAnswer),
            ("wrong-number", .wrongNumber),
        ]
        for ((typed, outcome), member) in zip(cases, members) {
            let result = try log(member, "--outcome", typed, "--at", "i går 12:00")
            #expect(result.status == 0, "\(typed): \(result.stderr)")
            #expect(try lastCall(member)?.outcome == outcome, "\(typed)")
        }
        let wrong = try log(members[0], "--outcome", "q", lang: "nb")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("'q' er ikke et utfall") && wrong.stderr.contains("1 Vil betale"), "\(wrong.stderr)")
    }

    @Test func pastDayWordsAreReadInTheOrganisationsTimeZone() throws {
        let calendar = Calendar.oslo
        func daysAgo(_ days: Int, _ hour: Int, _ minute: Int) throws -> Date {
            let day = try #require(calendar.date(byAdding: .day, value: -days, to: TestClock.now))
            return try #require(calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day))
        }
        let cases: [(String, Date)] = [
            ("i går 19:30", try daysAgo(1, 19, 30)), ("yesterday 7:30 pm", try daysAgo(1, 19, 30)),
            ("i forgårs 18", try daysAgo(2, 18, 0)),
        ]
        for ((text, expected), member) in zip(cases, members) {
            let result = try log(member, "--outcome", "6", "--at", text)
            #expect(result.status == 0, "\(text): \(result.stderr)")
            #expect(try lastCall(member)?.at == expected, "\(text)")
        }
        let tuesday = try log(members[3], "--outcome", "6", "--at", "tirsdag 18")
        #expect(tuesday.status == 0, "\(tuesday.stderr)")
        let at = try #require(try lastCall(members[3])?.at)
        #expect(at <= TestClock.now && at > TestClock.now - 7 * 86_400)
        #expect(Calendar.oslo.component(.weekday, from: at) == 3 && Calendar.oslo.component(.hour, from: at) == 18)
    }

    @Test func aTimeAheadHasItsOwnMessage() throws {
        let ahead = try log(members[0], "--outcome", "6", "--at", "i morgen 12:00", lang: "nb")
        #expect(ahead.status == 1)
        #expect(ahead.stderr.contains("'i morgen 12:00' ligger i framtida"), "\(ahead.stderr)")
        let unreadable = try log(members[0], "--outcome", "6", "--at", "i dag tolv")
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("cannot read the time 'i dag tolv'") && !unreadable.stderr.contains("future"))
        #expect(try lastCall(members[0]) == nil)
    }
}

extension Calendar {
    static var oslo: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
        return calendar
    }
}
