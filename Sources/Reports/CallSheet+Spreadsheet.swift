import Foundation
import Model
import Spreadsheet

extension CallSheet {
    /// The rows the spreadsheet formats hold: only what a caller needs, with empty columns to fill in (outcome key,
    /// time, callback, note). A phone number is written as `phone` says (see `PhoneNumber.spreadsheetText`).
    func spreadsheetRows(phone: (PhoneNumber) -> String = \.display) -> [[Cell]] {
        lines.map { line in
            let member = line.member
            return [
                .text(member.memberNumber), .text(member.fullName), .text(member.record.branch ?? ""),
                .text(member.record.phone.map(phone) ?? ""), .text(attemptsSummary(line)), .empty, .empty, .empty, .empty,
            ]
        }
    }

    /// Writes the sheet as `;`-separated CSV (mode 0600, never overwriting), formulas neutralised.
    public func writeCSV(to url: URL) throws {
        try CSVWriter().write(headers: headings, rows: spreadsheetRows(phone: \.spreadsheetText), to: url)
    }

    /// Writes the sheet as .xlsx (mode 0600, never overwriting), phone numbers as text, formulas neutralised: A4
    /// landscape one page wide, the header row on every page, the campaign, caller and print time in the page
    /// header, the keys in the footer, the reference in a hidden last column, and the keys and script on a second
    /// sheet. A phone number that is valid (E.164) is a `tel:` link a phone dials when the cell is tapped.
    public func writeXLSX(to url: URL) throws {
        let layout = XLSXPrintLayout(
            columnWidths: SheetColumn.allCases.map(\.printWidth) + [60],
            hiddenColumns: [SheetColumn.allCases.count],
            header: (campaign.name, caller.name, text("Skrevet ut ", "Printed ") + printedText),
            footer: text("Taster: ", "Keys: ") + legend)
        let script = XLSXTextSheet(
            name: text("Taster og manus", "Keys and script"),
            lines: [title, text("Taster", "Keys")] + outcomes.map { "\($0.key)  \($0.label)" }
                + ["", text("Manus", "Script")] + scriptLines + ["", referenceText])
        try XLSXWriter(
            sheetName: text("Ringeliste", "Call sheet"), phoneColumns: [SheetColumn.phone.rawValue],
            printLayout: layout, textSheets: [script]
        ).write(headers: headings, rows: spreadsheetRows(), links: phoneLinks, to: url)
    }

    /// A `tel:` link on the phone cell of each line whose number is valid.
    var phoneLinks: [XLSXHyperlink] {
        lines.enumerated().compactMap { index, line in
            line.member.record.phone?.telURI.map {
                XLSXHyperlink(row: index, column: SheetColumn.phone.rawValue, target: $0)
            }
        }
    }
}

extension CallSheet {
    /// The CSV, with its byte order mark, for standard output.
    public func csvBytes() -> [UInt8] {
        let writer = CSVWriter()
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + writer.line(headings.map { .text($0) })
        for row in spreadsheetRows(phone: \.spreadsheetText) { bytes += writer.line(row) }
        return bytes
    }
}
