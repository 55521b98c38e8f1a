import Foundation
import Storage

/// How a person reads a stored moment: in the organisation's time zone (the time-zone setting, else Europe/Oslo),
/// never the server's. JSON keeps ISO 8601 in UTC.
struct LocalTime {
    let zone: TimeZone

    init(zone: TimeZone) {
        self.zone = zone
    }

    /// The organisation's time zone, from the database's settings.
    init(_ store: Store) throws {
        zone = try store.settings().organisationTimeZone
    }

    /// `2026-12-03 19:59`, in the organisation's zone.
    func string(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Reads `2026-12-03 19:00` (the form `string` writes) as a moment in the organisation's zone; nil for anything
    /// else, an impossible date or a time that does not exist that day (the spring clock change).
    func moment(parsing text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].utf8.count == 10, parts[1].utf8.count == 5 else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard day.count == 3, clock.count == 2, let year = day[0], let month = day[1], let dayOfMonth = day[2],
              let hour = clock[0], let minute = clock[1], (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute)
        guard let date = calendar.date(from: components) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == year, back.month == month, back.day == dayOfMonth, back.hour == hour, back.minute == minute else {
            return nil
        }
        return date
    }

    /// The line under a table of times that names their zone.
    func note(_ text: Text) -> String {
        text("Tider i \(zone.identifier).", "Times are \(zone.identifier) time.")
    }
}
