import Foundation
import Model
import Spreadsheet
import Storage
import TextCells

/// The welcome-tasks queue as the board works it: per new member, how to reach them and the steps still open.
public struct WelcomeTaskSheet: Sendable {
    public let items: [WelcomeTaskItem]
    public let language: Language
    /// Whether a column shows the steps already done.
    public let showsDone: Bool
    /// The organisation's time zone, in which welcome days are shown.
    public let timeZone: TimeZone

    public init(items: [WelcomeTaskItem], language: Language, showsDone: Bool = false, timeZone: TimeZone) {
        self.items = items
        self.language = language
        self.showsDone = showsDone
        self.timeZone = timeZone
    }

    private var words: Words { Words(language) }

    /// The column titles.
    public var headers: [String] {
        [words("Medlemsnr", "Member no"), words("Navn", "Name"), words("Telefon", "Phone"), words("E-post", "Email"),
         words("Ønsket velkommen", "Welcomed"), words("Åpne punkter", "Open items")]
            + (showsDone ? [words("Ferdige punkter", "Done items")] : [])
    }

    /// The rows with steps written by `step` and phone numbers by `phone`.
    private func rows(step: (WelcomeTask) -> String, phone: (PhoneNumber) -> String) -> [[Cell]] {
        items.map { item in
            [.text(item.memberNumber), .text(item.name), item.phone.map { .text(phone(PhoneNumber(parsing: $0))) } ?? .empty,
             item.email.map(Cell.text) ?? .empty, .text(CalendarDate(item.welcomedAt, in: timeZone).iso),
             .text(item.open.map(step).joined(separator: ", "))]
                + (showsDone ? [.text(item.done.map(step).joined(separator: ", "))] : [])
        }
    }

    /// The rows for spreadsheets: steps by their labels, phone numbers as people write them.
    public var rows: [[Cell]] { rows(step: { $0.label(language) }, phone: \.display) }

    /// The rows for CSV, with phone numbers written so that a spreadsheet keeps them as text.
    private var csvRows: [[Cell]] { rows(step: { $0.label(language) }, phone: \.spreadsheetText) }

    /// An aligned terminal table that fits `width` cells: one line per step, by its code (what `--item` takes), with
    /// the member on their first line, and a legend of the codes.
    public func table(width: Int = 80) -> String {
        guard !items.isEmpty else { return words("Køen er tom.", "The queue is empty.") }
        var table = TextTable(columns: [
            .init(words("Medlemsnr", "Member no")), .init(words("Navn", "Name"), minWidth: 8, shrinkPriority: 1),
            .init(words("Telefon", "Phone")), .init(words("Ønsket velkommen", "Welcomed")), .init(words("Punkt", "Item")),
        ] + (showsDone ? [.init(words("Ferdig", "Done"))] : []))
        for item in items {
            let member = [item.memberNumber, item.name, item.phone.map { PhoneNumber(parsing: $0).display } ?? "",
                          CalendarDate(item.welcomedAt, in: timeZone).iso]
            // One line per step; a member with none (every step ticked on the call) still gets their line.
            let steps = item.open.map { [$0.rawValue] + (showsDone ? [""] : []) } + (showsDone ? item.done.map { [$0.rawValue, "✓"] } : [])
            for (index, step) in (steps.isEmpty ? [showsDone ? ["", ""] : [""]] : steps).enumerated() {
                table.append((index == 0 ? member : ["", "", "", ""]) + step)
            }
        }
        let shown = Set(items.flatMap { $0.open + (showsDone ? $0.done : []) })
        let legend = WelcomeTask.allCases.filter(shown.contains).map { "  \($0.rawValue): \($0.label(language))" }
        return ([table.render(maxWidth: width)] + (legend.isEmpty ? [] : [""] + legend)).joined(separator: "\n")
    }

    /// CSV bytes (`;`, UTF-8 with BOM, formulas neutralised), for standard output.
    public func csv() -> [UInt8] {
        let writer = CSVWriter()
        return [0xEF, 0xBB, 0xBF] + writer.line(headers.map(Cell.text)) + csvRows.flatMap(writer.line)
    }

    /// Writes the queue as CSV through `SecureFile` (mode 0600, refused if the file exists).
    public func writeCSV(to url: URL) throws {
        try CSVWriter().write(headers: headers, rows: csvRows, to: url)
    }

    /// Writes the queue as an `.xlsx` workbook through `SecureFile` (mode 0600, refused if the file exists).
    public func writeXLSX(to url: URL) throws {
        try XLSXWriter(sheetName: FollowUpKind.welcomeTasks.label(language), phoneColumns: [2])
            .write(headers: headers, rows: rows, to: url)
    }
}
