import Foundation

/// The moment every test's `dues` runs at, passed to the binary as `DUES_NOW`: a Thursday evening in Oslo unless
/// `DUES_TEST_NOW` moves it (`Tests/clock-sweep` runs the suite at several dates, times of day and weekdays).
public enum TestClock {
    /// The test run's moment as ISO 8601 text.
    public static let text: String = {
        guard let value = getenv("DUES_TEST_NOW").map({ String(cString: $0) }), !value.isEmpty else {
            return "2026-11-26T18:00:00+01:00"
        }
        return value
    }()

    /// The test run's moment.
    public static let now: Date = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { fatalError("DUES_TEST_NOW is not an ISO 8601 moment: \(text)") }
        return date
    }()

    /// The test run's moment moved by `seconds` (earlier when negative), as `DUES_NOW` text in Oslo time.
    public static func text(plus seconds: TimeInterval) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")!
        return formatter.string(from: now.addingTimeInterval(seconds))
    }

    /// The year of the test run's moment in Oslo: the demo's dues year.
    public static var year: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
        return calendar.component(.year, from: now)
    }
}

/// The English demo's dues campaign at the test clock's date.
public let duesCampaign = "Dues \(TestClock.year)"
/// The English demo's welcome campaign at the test clock's date.
public let welcomeCampaign = "Welcome \(TestClock.year)"
/// The test clock's year as an argument.
public let thisYear = String(TestClock.year)
