import Foundation

/// Reads when a call was made, for calls entered afterwards from paper: `2026-11-20 18:30`, `20.11.2026 18:30`,
/// `20.11 18:30` (this year), `18:30` (today), `i går 18:30` / `yesterday 18:30`. A day without a time means noon.
public enum PastMoment {
    /// The moment, in `timeZone`; throws when it cannot be read, or lies outside `CallTimeBounds`.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) throws -> Date {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        let today = CalendarDate(now, in: timeZone)
        var day = today
        var minute = 12 * 60
        var rest = words[...]
        if rest.starts(with: ["i", "går"]) {
            day = today.adding(days: -1)
            rest = rest.dropFirst(2)
        } else if rest.first == "yesterday" || rest.first == "igår" {
            day = today.adding(days: -1)
            rest = rest.dropFirst()
        } else if let first = rest.first, !first.contains(":") {
            day = try date(first, thisYear: today.year)
            rest = rest.dropFirst()
        }
        if let time = rest.first {
            guard let clock = clockMinute(time) else { throw PastMomentError.unreadable(text) }
            minute = clock
            rest = rest.dropFirst()
        }
        guard rest.isEmpty, !words.isEmpty else { throw PastMomentError.unreadable(text) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: minute / 60, minute: minute % 60)
        guard let moment = calendar.date(from: components) else { throw PastMomentError.unreadable(text) }
        return try CallTimeBounds.callTime(moment, now: now, text: text)
    }

    private static func date(_ text: String, thisYear: Int) throws -> CalendarDate {
        let parts = text.split(separator: ".")
        if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
           let date = CalendarDate(year: thisYear, month: month, day: day) {
            return date
        }
        return try CalendarDate.parse(text)
    }

    private static func clockMinute(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return hour * 60 + minute
    }
}

/// Why a call time could not be read.
public enum PastMomentError: BilingualError, Equatable, CustomStringConvertible {
    case unreadable(String)

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let text):
            language == .nb
                ? "kan ikke lese tidspunktet '\(text)': skriv for eksempel 2026-11-20 18:30, 20.11 18:30, 18:30 eller 'i går 18:30'"
                : "cannot read the time '\(text)': write for example 2026-11-20 18:30, 20.11 18:30, 18:30 or 'i går 18:30'"
        }
    }

    public var description: String { message(.en) }
}
