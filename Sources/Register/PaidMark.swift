import Foundation
import Model
import Spreadsheet
import Storage

/// Reads the paid column: `Ja`/`Nei`, `Yes`/`No`, `x`, `1`/`0`, `betalt`/`ikke betalt`, TRUE/FALSE, an amount,
/// a payment date, or `fritatt`/`waived`. An empty cell is unpaid.
enum PaidMark {
    private static let marks: [String: DuesStatus] = [
        "": .unpaid, "ja": .paid, "j": .paid, "yes": .paid, "y": .paid, "x": .paid, "betalt": .paid, "paid": .paid,
        "true": .paid, "sann": .paid, "ok": .paid,
        "nei": .unpaid, "n": .unpaid, "no": .unpaid, "ikkebetalt": .unpaid, "ubetalt": .unpaid, "notpaid": .unpaid,
        "unpaid": .unpaid, "false": .unpaid, "usann": .unpaid,
        "fritatt": .waived, "fritak": .waived, "waived": .waived, "exempt": .waived,
    ]

    /// The usual spellings, looked up as they are before anything is folded.
    private static let commonMarks: [String: DuesStatus] = [
        "Ja": .paid, "ja": .paid, "JA": .paid, "Nei": .unpaid, "nei": .unpaid, "NEI": .unpaid, "x": .paid, "X": .paid,
        "1": .paid, "0": .unpaid, "Yes": .paid, "No": .unpaid, "yes": .paid, "no": .unpaid, "Betalt": .paid,
        "betalt": .paid, "Ikke betalt": .unpaid, "ikke betalt": .unpaid,
    ]

    /// The status a cell says, or nil when it says nothing recognisable.
    static func status(_ cell: Cell) -> DuesStatus? {
        switch cell {
        case .empty: return .unpaid
        case .bool(let value): return value ? .paid : .unpaid
        case .number(let value): return amount(value)
        case .date: return .paid
        case .text(let text):
            if let status = commonMarks[text] ?? marks[HeaderKey.fold(text)] { return status }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")) { return amount(value) }
            return (try? CalendarDate.parse(trimmed)) == nil ? nil : .paid
        }
    }

    private static func amount(_ value: Double) -> DuesStatus? {
        guard value.isFinite, value >= 0 else { return nil }
        return value == 0 ? .unpaid : .paid
    }
}
