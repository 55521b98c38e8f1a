import Foundation
import TextCells

/// Reads `--meeting "YYYY-MM-DD HH:MM"`, local time in the organisation's zone.
enum MeetingOption {
    static func moment(_ text: String, in localTime: LocalTime, words: Text) throws -> Date {
        guard let moment = localTime.moment(parsing: text) else {
            let shown = TerminalText.sanitizeLine(String(text.prefix(60)))
            throw CLIError(description: words(
                "--meeting: «\(shown)» er ikke et tidspunkt; skriv det som \"2026-12-10 19:00\" (lokal tid, \(localTime.zone.identifier))",
                "--meeting: '\(shown)' is not a time; write it as \"2026-12-10 19:00\" (local time, \(localTime.zone.identifier))"))
        }
        return moment
    }
}
