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
        zone = try store.setting(.timeZone).flatMap(TimeZone.init(identifier:))
            ?? TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!
    }

    /// `2026-12-03 19:59`, in the organisation's zone.
    func string(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The line under a table of times that names their zone.
    func note(_ text: Text) -> String {
        text("Tider i \(zone.identifier).", "Times are \(zone.identifier) time.")
    }
}
