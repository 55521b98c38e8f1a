import Foundation

/// A day in the proleptic Gregorian calendar, with no time and no time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the day exists (`31.02.2020` does not). Years 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `yyyy-mm-dd`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `yyyy-mm-dd`.
    public var iso: String {
        padded([(year, 4), (month, 2), (day, 2)], separator: UInt8(ascii: "-"))
    }

    /// `dd.mm.yyyy`, as Norwegians write dates.
    public var norwegian: String {
        padded([(day, 2), (month, 2), (year, 4)], separator: UInt8(ascii: "."))
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day a number of days after 1970-01-01; nil outside years 1–9999.
    public init?(daysSinceEpoch days: Int) {
        guard (-719_162...2_932_896).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var isoWeekday: Int {
        let days = daysSinceEpoch
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// This day moved by a number of days, clamped to years 1–9999.
    public func adding(days: Int) -> CalendarDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        if !overflow, let date = CalendarDate(daysSinceEpoch: sum) { return date }
        return days < 0 ? CalendarDate.earliest : CalendarDate.latest
    }

    /// This day moved by whole months; the day is clamped to the end of a shorter month
    /// (31 January plus one month is 28 or 29 February). Clamped to years 1–9999.
    public func adding(months: Int) -> CalendarDate {
        let clampedMonths = max(-120_000, min(120_000, months))
        let index = year * 12 + (month - 1) + clampedMonths
        let newYear = index / 12, newMonth = index % 12 + 1
        guard (1...9999).contains(newYear) else { return months < 0 ? .earliest : .latest }
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Midnight at the start of this day in a time zone (the first moment of the day when a
    /// clock change skips midnight).
    public func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: 12)
        if let noon = calendar.date(from: components) {
            return calendar.startOfDay(for: noon)
        }
        let utcMidnight = Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
        return utcMidnight.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utcMidnight)))
    }

    /// The day a moment falls on in a time zone: its local time in whole days since 1970 (no `Calendar`, whose
    /// creation alone reads the system's time zone).
    public init(_ date: Date, in timeZone: TimeZone) {
        let local = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        self = Int(exactly: (local / 86_400).rounded(.down)).flatMap(CalendarDate.init(daysSinceEpoch:))
            ?? (date < Date(timeIntervalSince1970: 0) ? .earliest : .latest)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static let earliest = CalendarDate(year: 1, month: 1, day: 1)!
    static let latest = CalendarDate(year: 9999, month: 12, day: 31)!

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a yyyy-mm-dd date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Numbers zero-padded to their widths and joined by `separator`, written digit by digit: an import formats a date
/// for every member, and padding `String(value)` cost ten times as much. Each value fits its width (years 1–9999).
private func padded(_ fields: [(value: Int, width: Int)], separator: UInt8) -> String {
    let count = fields.reduce(fields.count - 1) { $0 + $1.width }
    return String(unsafeUninitializedCapacity: count) { bytes in
        var position = 0
        for (index, field) in fields.enumerated() {
            if index > 0 {
                bytes[position] = separator
                position += 1
            }
            var value = field.value
            for offset in (0..<field.width).reversed() {
                bytes[position + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            position += field.width
        }
        return count
    }
}
