import Foundation
import Model
import Spreadsheet
import Storage
import TextCells

/// A follow-up queue as the office works it: only the columns its job needs, for the terminal or a spreadsheet.
public struct FollowUpSheet: Sendable {
    public let kind: FollowUpKind
    public let items: [FollowUpItem]
    public let language: Language
    /// Whether a column shows when items were marked done.
    public let showsDone: Bool
    /// The organisation's time zone, in which calls' days are shown.
    public let timeZone: TimeZone

    public init(
        kind: FollowUpKind, items: [FollowUpItem], language: Language, showsDone: Bool = false,
        timeZone: TimeZone = TimeZone(identifier: "Europe/Oslo")!
    ) {
        self.kind = kind
        self.items = items
        self.language = language
        self.showsDone = showsDone
        self.timeZone = timeZone
    }

    private enum Field {
        case memberNumber, name, branch, phone, email, year, outcome, calledAt, note, done
    }

    /// The columns each queue needs: addresses for sending, numbers for finding, notes where the caller's words matter.
    private var fields: [Field] {
        let base: [Field] = switch kind {
        case .paymentInfo: [.memberNumber, .name, .email, .branch, .calledAt]
        case .alreadyPaid: [.memberNumber, .name, .branch, .year, .calledAt, .note]
        case .resignInfo: [.memberNumber, .name, .email, .calledAt]
        case .wrongNumber: [.memberNumber, .name, .branch, .phone, .calledAt, .note]
        case .registerUpdate: [.memberNumber, .name, .branch, .outcome, .calledAt, .note]
        case .welcomeTasks: [.memberNumber, .name, .phone, .calledAt] // the queue itself is a `WelcomeTaskSheet`
        }
        return showsDone ? base + [.done] : base
    }

    /// The column titles.
    public var headers: [String] {
        let words = Words(language)
        return fields.map { field in
            switch field {
            case .memberNumber: words("Medlemsnr", "Member no")
            case .name: words("Navn", "Name")
            case .branch: words("Lokallag", "Branch")
            case .phone: words("Telefon", "Phone")
            case .email: words("E-post", "Email")
            case .year: words("År", "Year")
            case .outcome: words("Utfall", "Outcome")
            case .calledAt: words("Ringt", "Called")
            case .note: words("Notat", "Note")
            case .done: words("Ferdig", "Done")
            }
        }
    }

    /// The rows as spreadsheet cells; dates as ISO days in Oslo time, phone numbers as people write them.
    public var rows: [[Cell]] { rows(phone: \.display) }

    /// The rows with each phone number written as `phone` says (see `PhoneNumber.spreadsheetText`).
    private func rows(phone: (PhoneNumber) -> String) -> [[Cell]] {
        items.map { item in
            fields.map { field in
                switch field {
                case .memberNumber: .text(item.memberNumber)
                case .name: .text(item.name)
                case .branch: item.branch.map(Cell.text) ?? .empty
                case .phone: item.phone.map { .text(phone(PhoneNumber(parsing: $0))) } ?? .empty
                case .email: item.email.map(Cell.text) ?? .empty
                case .year: .number(Double(item.year))
                case .outcome: .text(item.outcome.label(language))
                case .calledAt: .text(day(item.calledAt).iso)
                case .note: item.note.map(Cell.text) ?? .empty
                case .done: item.doneAt.map { .text(day($0).iso) } ?? .empty
                }
            }
        }
    }

    /// An aligned terminal table that fits `width` cells; untrusted text is sanitised by `TextTable`.
    public func table(width: Int = 80) -> String {
        guard !items.isEmpty else { return Words(language)("Køen er tom.", "The queue is empty.") }
        var table = TextTable(columns: fields.map { field in
            switch field {
            case .name: .init(headers[fields.firstIndex(of: field)!], minWidth: 10, shrinkPriority: 1)
            case .note: .init(headers[fields.firstIndex(of: field)!], minWidth: 6, shrinkPriority: 2)
            case .email: .init(headers[fields.firstIndex(of: field)!], minWidth: 10, shrinkPriority: 1)
            case .branch: .init(headers[fields.firstIndex(of: field)!], minWidth: 6, shrinkPriority: 1)
            default: .init(headers[fields.firstIndex(of: field)!])
            }
        })
        for row in rows { table.append(row.map { $0.text.replacingOccurrences(of: "\n", with: " ") }) }
        return table.render(maxWidth: width)
    }

    /// CSV bytes (`;`, UTF-8 with BOM, formulas neutralised), for standard output.
    public func csv() -> [UInt8] {
        let writer = CSVWriter()
        return [0xEF, 0xBB, 0xBF] + writer.line(headers.map(Cell.text)) + rows(phone: \.spreadsheetText).flatMap(writer.line)
    }

    /// Writes the queue as CSV through `SecureFile` (mode 0600, refused if the file exists).
    public func writeCSV(to url: URL) throws {
        try CSVWriter().write(headers: headers, rows: rows(phone: \.spreadsheetText), to: url)
    }

    /// Writes the queue as an `.xlsx` workbook through `SecureFile` (mode 0600, refused if the file exists).
    public func writeXLSX(to url: URL) throws {
        let phones = Set(fields.indices.filter { fields[$0] == .phone })
        try XLSXWriter(sheetName: kind.label(language), phoneColumns: phones).write(headers: headers, rows: rows, to: url)
    }

    private func day(_ date: Date) -> CalendarDate {
        CalendarDate(date, in: timeZone)
    }
}
