import Foundation
import Model

/// The clock `dues` runs on: the system's, or, when `DUES_NOW` holds an ISO 8601 moment (`2026-11-26T18:00:00+01:00`),
/// one that starts at that moment and runs on from there, for tests, training and walkthroughs on a chosen day.
public enum SystemClock {
    /// The moment `DUES_NOW` names, `nil` when it is unset or empty; a value that is not a moment is an error.
    public static func start(from value: String?) throws -> Date? {
        guard let value, !value.isEmpty else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: value) else { throw StoreError.invalid(Wording("DUES_NOW må være et tidspunkt som 2026-11-26T18:00:00+01:00, ikke \(value)", "DUES_NOW must be a moment such as 2026-11-26T18:00:00+01:00, not \(value)")) }
        return date
    }

    /// The current time: `DUES_NOW` moved forward by the time this process has run, or the system's.
    public static let now: @Sendable () -> Date = {
        guard let start = try? start(from: getenv("DUES_NOW").map { String(cString: $0) }) ?? nil else { return Date.init }
        let launched = Date()
        return { start.addingTimeInterval(Date().timeIntervalSince(launched)) }
    }()
}
