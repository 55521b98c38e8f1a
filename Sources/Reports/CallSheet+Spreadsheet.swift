import Foundation
import Spreadsheet

extension CallSheet {
    /// The rows the spreadsheet formats hold: only what a caller needs, with empty columns to fill in.
    var spreadsheetRows: [[Cell]] {
        lines.map { line in
            let member = line.member
            return [
                .text(member.memberNumber), .text(member.fullName), .text(member.record.branch ?? ""),
                .text(member.record.phone?.display ?? ""), .text(attemptsSummary(line)), .empty, .empty, .empty,
            ]
        }
    }

    /// Writes the sheet as `;`-separated CSV (mode 0600, never overwriting), formulas neutralised.
    public func writeCSV(to url: URL) throws {
        try CSVWriter().write(headers: headings, rows: spreadsheetRows, to: url)
    }

    /// Writes the sheet as .xlsx (mode 0600, never overwriting), phone numbers as text, formulas neutralised.
    public func writeXLSX(to url: URL) throws {
        try XLSXWriter(sheetName: text("Ringeliste", "Call sheet"), phoneColumns: [3])
            .write(headers: headings, rows: spreadsheetRows, to: url)
    }
}

extension CallSheet {
    /// The CSV as text, for standard output.
    public func csvText() throws -> String {
        let writer = CSVWriter(byteOrderMark: false)
        var bytes = writer.line(headings.map { .text($0) })
        for row in spreadsheetRows { bytes += writer.line(row) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
