import Foundation
import Testing
@testable import Model

struct CalendarDateTests {
    @Test(arguments: [
        ("5.1.2026", "2026-01-05"),
        ("05.01.2026", "2026-01-05"),
        ("31.12.1999", "1999-12-31"),
        ("2026-01-05", "2026-01-05"),
        ("5/1/2026", "2026-01-05"),
        ("05/01/2026", "2026-01-05"),
        ("5-1-2026", "2026-01-05"),
        ("29.02.2024", "2024-02-29"),
        ("29.2.2000", "2000-02-29"),
        (" 05.01.2026 ", "2026-01-05"),
        ("05.01.2026 00:00", "2026-01-05"),
        ("2026-01-05T00:00:00", "2026-01-05"),
        ("2026-01-05 13:45:10", "2026-01-05"),
    ])
    func parses(text: String, iso: String) throws {
        #expect(try CalendarDate.parse(text).iso == iso)
    }

    @Test(arguments: ["5.1.26", "05.01.26", "5/1/26", "1.1.0"])
    func twoDigitYearIsAnError(text: String) {
        #expect(throws: CalendarDateError.twoDigitYear(text)) { try CalendarDate.parse(text) }
    }

    @Test(arguments: ["31.02.2020", "29.02.2023", "29.02.1900", "0.1.2026", "1.13.2026", "2026-02-30", "31.04.2026"])
    func nonexistentDaysThrow(text: String) {
        #expect(throws: CalendarDateError.nonexistentDay(text)) { try CalendarDate.parse(text) }
    }

    @Test(arguments: ["i går", "5.1", "2026", "05.01.2026.", "1.1.20266", "05..2026", "2026/01/05/01",
                      "123.1.2026", "5.123.2026", "5,1,2026", "05.01.2026 kl 12", "٥.١.٢٠٢٦"])
    func unrecognisedThrow(text: String) {
        #expect(throws: CalendarDateError.self) { try CalendarDate.parse(text) }
        #expect((try? CalendarDate.parse(text)) == nil)
    }

    @Test func emptyThrows() {
        #expect(throws: CalendarDateError.empty) { try CalendarDate.parse("  ") }
    }

    @Test func errorMessagesAreHuman() {
        #expect(CalendarDateError.twoDigitYear("5.1.26").description.contains("four digits"))
        #expect(CalendarDateError.nonexistentDay("31.02.2020").description == "'31.02.2020' is not a real date")
        #expect(CalendarDateError.unrecognised("x").description.contains("dd.mm.yyyy"))
    }

    @Test func isoRoundTrip() {
        #expect(CalendarDate(iso: "2026-11-28") == CalendarDate(year: 2026, month: 11, day: 28))
        #expect(CalendarDate(iso: "2026-11-31") == nil)
        #expect(CalendarDate(iso: "26-11-28") == nil)
        #expect(CalendarDate(iso: "2026-1-28") == nil)
        #expect(CalendarDate(year: 2026, month: 1, day: 5)?.iso == "2026-01-05")
        #expect(CalendarDate(year: 2026, month: 1, day: 5)?.norwegian == "05.01.2026")
        #expect(CalendarDate(year: 987, month: 1, day: 5)?.iso == "0987-01-05")
        #expect(CalendarDate(year: 1, month: 12, day: 31)?.norwegian == "31.12.0001")
        #expect(CalendarDate(year: 9999, month: 10, day: 9)?.iso == "9999-10-09")
    }

    @Test func comparable() {
        let dates = ["2026-01-05", "2025-12-31", "2026-01-04", "2026-02-01"].compactMap(CalendarDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2025-12-31", "2026-01-04", "2026-01-05", "2026-02-01"])
    }

    @Test func epochDaysRoundTrip() {
        for days in stride(from: -719_162, through: 2_932_896, by: 997) {
            let date = CalendarDate(daysSinceEpoch: days)
            #expect(date?.daysSinceEpoch == days)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
        #expect(CalendarDate(daysSinceEpoch: 2_932_897) == nil)
    }

    @Test func weekdays() {
        #expect(CalendarDate(iso: "2026-11-24")?.isoWeekday == 2)
        #expect(CalendarDate(iso: "2026-03-29")?.isoWeekday == 7)
        #expect(CalendarDate(iso: "1970-01-01")?.isoWeekday == 4)
        #expect(CalendarDate(iso: "1969-12-29")?.isoWeekday == 1)
    }

    @Test func addingDaysAndMonths() throws {
        let date = try #require(CalendarDate(iso: "2024-01-31"))
        #expect(date.adding(days: 1).iso == "2024-02-01")
        #expect(date.adding(days: 30).iso == "2024-03-01")
        #expect(date.adding(days: -31).iso == "2023-12-31")
        #expect(date.adding(months: 1).iso == "2024-02-29")
        #expect(date.adding(months: 13).iso == "2025-02-28")
        #expect(date.adding(months: -2).iso == "2023-11-30")
        #expect(date.adding(months: 12).iso == "2025-01-31")
        #expect(date.adding(days: Int.max).iso == "9999-12-31")
        #expect(date.adding(months: Int.min).iso == "0001-01-01")
    }

    @Test func midnightInOslo() throws {
        let winter = try #require(CalendarDate(iso: "2026-01-05"))
        #expect(winter.date(in: oslo) == at("2026-01-05T00:00:00+01:00"))
        let summer = try #require(CalendarDate(iso: "2026-07-05"))
        #expect(summer.date(in: oslo) == at("2026-07-05T00:00:00+02:00"))
        let springForward = try #require(CalendarDate(iso: "2026-03-29"))
        #expect(springForward.date(in: oslo) == at("2026-03-29T00:00:00+01:00"))
    }

    @Test func dayOfAMoment() {
        #expect(CalendarDate(at("2026-01-04T23:30:00Z"), in: oslo).iso == "2026-01-05")
        #expect(CalendarDate(at("2026-01-04T23:30:00Z"), in: TimeZone(identifier: "UTC")!).iso == "2026-01-04")
        #expect(CalendarDate(at("2026-07-04T22:00:00Z"), in: oslo).iso == "2026-07-05")
    }

    @Test func codableAsISOString() throws {
        let date = try #require(CalendarDate(iso: "2026-11-28"))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-11-28\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data("[\"28.11.2026\"]".utf8))
        }
    }
}
