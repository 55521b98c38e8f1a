import Foundation
import Model
import ZIPFoundation

/// Writes a minimal `.xlsx` workbook with one sheet: a bold, frozen header row, then the rows.
///
/// Text goes into inline strings, so nothing is ever read as a number or a formula when the file opens, and every
/// text cell is passed through `FormulaGuard` in case someone edits and re-enters it. Cells in `phoneColumns` that
/// hold a plain phone number (digits, spaces, `+`, `-`, parentheses) are written as they are, so `+47 412 34 567`
/// shows without an apostrophe. The file is assembled in memory and written through `SecureFile`.
public struct XLSXWriter: Sendable {
    public var sheetName: String
    /// 0-based columns that hold phone numbers.
    public var phoneColumns: Set<Int>

    public init(sheetName: String = "Sheet1", phoneColumns: Set<Int> = []) {
        self.sheetName = sheetName
        self.phoneColumns = phoneColumns
    }

    /// Writes a header row and then `rows` to `url` (mode 0600, atomic).
    public func write(headers: [String], rows: some Sequence<[Cell]>, to url: URL,
                      existing: SecureFile.Existing = .refuse) throws {
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(XLSXParts.contentTypes.utf8)),
            ("_rels/.rels", Data(XLSXParts.rootRelationships.utf8)),
            ("xl/workbook.xml", Data(XLSXParts.workbook(sheetName: XLSXWriter.safeSheetName(sheetName)).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXParts.workbookRelationships.utf8)),
            ("xl/styles.xml", Data(XLSXParts.styles.utf8)),
            ("xl/worksheets/sheet1.xml", sheet(headers: headers, rows: rows)),
        ]
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
            for (path, data) in parts {
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: Date(), compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw SpreadsheetError(.writeFailed, file: url.path, Wording("kan ikke sette sammen arbeidsboka: \(error)", "cannot assemble the workbook: \(error)"))
        }
        guard let bytes = archive.data else {
            throw SpreadsheetError(.writeFailed, file: url.path, Wording("kan ikke sette sammen arbeidsboka", "cannot assemble the workbook"))
        }
        try SecureFile.write(bytes, to: url, existing: existing)
    }

    private func sheet(headers: [String], rows: some Sequence<[Cell]>) -> Data {
        var widths = headers.map { min(max($0.count, 8), 60) }
        var body = "<row r=\"1\">"
        for (column, header) in headers.enumerated() {
            body += textCell(FormulaGuard.neutralise(header), column: column, row: 1, style: 1)
        }
        body += "</row>"
        var rowNumber = 1
        for cells in rows {
            rowNumber += 1
            body += "<row r=\"\(rowNumber)\">"
            for (column, cell) in cells.enumerated() {
                body += self.cell(cell, column: column, row: rowNumber)
                let width = min(cell.text.count + 2, 60)
                if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
            }
            body += "</row>"
        }
        var xml = XLSXParts.sheetStart
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + body + "</sheetData></worksheet>"
        return Data(xml.utf8)
    }

    private func cell(_ cell: Cell, column: Int, row: Int) -> String {
        let reference = ColumnName.letter(column) + String(row)
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            let safe = phoneColumns.contains(column) && XLSXWriter.isPlainPhone(text)
                ? text : FormulaGuard.neutralise(text)
            return textCell(safe, column: column, row: row, style: 0)
        case .number(let value):
            guard value.isFinite else { return textCell(cell.text, column: column, row: row, style: 0) }
            return "<c r=\"\(reference)\"><v>\(Cell.format(value))</v></c>"
        case .bool(let value):
            return "<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .date(let serial, let uses1904):
            guard serial.isFinite else { return textCell(cell.text, column: column, row: row, style: 0) }
            let value = uses1904 ? serial + 1462 : serial
            return "<c r=\"\(reference)\" s=\"2\"><v>\(Cell.format(value))</v></c>"
        }
    }

    private func textCell(_ text: String, column: Int, row: Int, style: Int) -> String {
        let reference = ColumnName.letter(column) + String(row)
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + XMLText.escape(text) + "</t></is></c>"
    }

    /// Digits with spaces, `+`, `-` and parentheses only, and at least one digit: cannot be a formula.
    static func isPlainPhone(_ text: String) -> Bool {
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case " ", "+", "-", "(", ")": continue
            default: return false
            }
        }
        return digits > 0
    }

    /// Excel's sheet name rules: at most 31 characters, none of `[]:*?/\`, not empty.
    static func safeSheetName(_ name: String) -> String {
        let cleaned = String(name.filter { !"[]:*?/\\".contains($0) && !$0.isNewline }.prefix(31))
        return cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "' ")).isEmpty ? "Sheet1" : cleaned
    }
}
