import Foundation

/// A fixed moment written with its UTC offset, e.g. `2026-11-24T15:00:00+01:00`.
func at(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test date \(text)") }
    return date
}

let oslo = TimeZone(identifier: "Europe/Oslo")!
