import Foundation
import Model
import Spreadsheet

/// A call sheet that `dues sheet` wrote, as it comes back filled in (CSV or xlsx, also after Excel or LibreOffice
/// saved it again): its reference and the rows a volunteer wrote something in.
public struct FilledSheet: Sendable {
    /// One row with an outcome, a time, a callback or a note written in; every text trimmed.
    public struct Row: Sendable, Equatable {
        /// The row number as the spreadsheet shows it.
        public let number: Int
        public let memberNumber: String
        public let name: String
        public let outcome: String
        public let time: String
        public let callback: String
        public let note: String
    }

    public let file: String
    public let reference: SheetReference
    public let rows: [Row]
    /// Rows of members with nothing written in.
    public let emptyRows: Int
    /// Column letters by column, for error messages.
    let letters: [SheetColumn: String]

    /// The most rows a sheet may have: a caller's list is a few hundred members.
    static let maximumRows = 20_000

    /// Reads `url`; throws `SheetImportError` when it is not a sheet `dues sheet` wrote or cannot be read.
    public static func read(_ url: URL) throws -> FilledSheet {
        let file = url.path
        let source: TableSource
        do {
            source = try TableReader.open(url: url)
        } catch let error as SpreadsheetError {
            throw SheetImportError(file: file, row: error.row, column: error.column.map(ColumnName.letter),
                                   "kan ikke lese arket: \(error.message)", "cannot read the sheet: \(error.message)")
        }
        defer { source.close() }
        guard let reference = source.headers.lazy.compactMap(SheetReference.init(finding:)).first else {
            throw SheetImportError(
                file: file, "dette er ikke et ringeark fra dues sheet (referansen i overskriftsraden mangler)",
                "this is not a call sheet written by dues sheet (the reference in the header row is missing)")
        }
        var columns: [SheetColumn: Int] = [:]
        for (index, heading) in source.headers.enumerated() {
            if let column = SheetColumn(heading: heading), columns[column] == nil { columns[column] = index }
        }
        for needed in [SheetColumn.memberNumber, .outcome] where columns[needed] == nil {
            throw SheetImportError(
                file: file, row: source.headerRowNumber, "kolonnen «\(needed.heading(.nb))» mangler",
                "the column \"\(needed.heading(.en))\" is missing")
        }
        let letters = columns.mapValues(ColumnName.letter)
        var rows: [Row] = []
        var emptyRows = 0
        do {
            try source.forEach { row in
                guard rows.count + emptyRows < maximumRows else {
                    throw SheetImportError(file: file, row: row.number, "arket har for mange rader", "the sheet has too many rows")
                }
                func text(_ column: SheetColumn) -> String {
                    columns[column].map { Self.text(row[$0]) } ?? ""
                }
                let filled = Row(
                    number: row.number, memberNumber: text(.memberNumber), name: text(.name), outcome: text(.outcome),
                    time: text(.time), callback: text(.callback), note: text(.note))
                if [filled.outcome, filled.time, filled.callback, filled.note].allSatisfy(\.isEmpty) {
                    emptyRows += 1
                } else {
                    rows.append(filled)
                }
            }
        } catch let error as SpreadsheetError {
            throw SheetImportError(file: file, row: error.row, column: error.column.map(ColumnName.letter),
                                   "kan ikke lese arket: \(error.message)", "cannot read the sheet: \(error.message)")
        }
        return FilledSheet(file: file, reference: reference, rows: rows, emptyRows: emptyRows, letters: letters)
    }

    /// A cell as the volunteer typed it: a date or time Excel recognised back as `yyyy-mm-dd hh:mm` or `hh:mm`.
    static func text(_ cell: Cell) -> String {
        if case let .date(serial, uses1904) = cell {
            if serial >= 0, serial < 1 {
                let minutes = Int((serial * 1440).rounded())
                return String(format: "%02d:%02d", minutes / 60 % 24, minutes % 60)
            }
            if let date = ExcelDate(serial: serial, uses1904: uses1904) {
                return String(format: "%04d-%02d-%02d %02d:%02d", date.year, date.month, date.day, date.hour, date.minute)
            }
        }
        return cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An error at `row` in `column`.
    func error(_ row: Row, _ column: SheetColumn, _ bokmal: String, _ english: String) -> SheetImportError {
        SheetImportError(file: file, row: row.number, column: letters[column], bokmal, english)
    }
}
