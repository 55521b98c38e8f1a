import Foundation
import Model
import ZIPFoundation

/// Writes a minimal `.xlsx` workbook: a sheet with a bold, frozen header row, then the rows; with a `printLayout`,
/// laid out for paper (see `XLSXPrintLayout`), and with `textSheets` after it.
///
/// Text goes into inline strings, so nothing is ever read as a number or a formula when the file opens, and every
/// text cell is passed through `FormulaGuard` in case someone edits and re-enters it. Cells in `phoneColumns` that
/// hold a plain phone number (digits, spaces, `+`, `-`, parentheses) are written as they are, so `+47 412 34 567`
/// shows without an apostrophe. `links` make cells of the first sheet external hyperlinks (a `tel:` URI on a phone
/// number dials it when tapped); the cell text stays as it is. The file is assembled in memory and written through
/// `SecureFile`.
public struct XLSXWriter: Sendable {
    public var sheetName: String
    /// 0-based columns that hold phone numbers.
    public var phoneColumns: Set<Int>
    /// How to print the first sheet; nil for a plain table.
    public var printLayout: XLSXPrintLayout?
    /// Further sheets of text after the table.
    public var textSheets: [XLSXTextSheet]

    public init(
        sheetName: String = "Sheet1", phoneColumns: Set<Int> = [], printLayout: XLSXPrintLayout? = nil,
        textSheets: [XLSXTextSheet] = []
    ) {
        self.sheetName = sheetName
        self.phoneColumns = phoneColumns
        self.printLayout = printLayout
        self.textSheets = textSheets
    }

    /// Writes a header row and then `rows` to `url` (mode 0600, atomic), with `links` on cells of those rows.
    public func write(headers: [String], rows: some Sequence<[Cell]>, links: [XLSXHyperlink] = [], to url: URL,
                      existing: SecureFile.Existing = .refuse) throws {
        var names = [XLSXWriter.safeSheetName(sheetName)]
        for (index, extra) in textSheets.enumerated() {
            let name = XLSXWriter.safeSheetName(extra.name)
            let taken = names.contains { $0.lowercased() == name.lowercased() }
            names.append(taken ? String(name.prefix(26)) + " (\(index + 2))" : name)
        }
        let count = names.count
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(XLSXParts.contentTypes(sheetCount: count).utf8)),
            ("_rels/.rels", Data(XLSXParts.rootRelationships.utf8)),
            ("xl/workbook.xml", Data(XLSXParts.workbook(sheetNames: names, printTitleRows: printLayout.map { _ in 1 }).utf8)),
            ("xl/_rels/workbook.xml.rels", Data(XLSXParts.workbookRelationships(sheetCount: count).utf8)),
            ("xl/styles.xml", Data(XLSXParts.styles.utf8)),
            ("xl/worksheets/sheet1.xml", sheet(headers: headers, rows: rows, links: links)),
        ]
        if !links.isEmpty {
            let relationships = XLSXParts.sheetRelationships(links.map(\.target))
            parts.append(("xl/worksheets/_rels/sheet1.xml.rels", Data(relationships.utf8)))
        }
        for (index, extra) in textSheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 2).xml", textSheet(extra)))
        }
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

    private func sheet(headers: [String], rows: some Sequence<[Cell]>, links: [XLSXHyperlink]) -> Data {
        var widths = headers.map { Double(min(max($0.count, 8), 60)) }
        let bordered = printLayout != nil
        let rowHeight = printLayout.map { " ht=\"\($0.rowHeight)\" customHeight=\"1\"" } ?? ""
        var body = "<row r=\"1\">"
        for (column, header) in headers.enumerated() {
            body += textCell(FormulaGuard.neutralise(header), column: column, row: 1, style: bordered ? 4 : 1)
        }
        body += "</row>"
        var rowNumber = 1
        for cells in rows {
            rowNumber += 1
            body += "<row r=\"\(rowNumber)\"\(rowHeight)>"
            for column in 0..<max(cells.count, bordered ? headers.count : 0) {
                let cell = column < cells.count ? cells[column] : .empty
                body += self.cell(cell, column: column, row: rowNumber, style: bordered ? 3 : 0)
                let width = Double(min(cell.text.count + 2, 60))
                if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
            }
            body += "</row>"
        }
        if let printLayout {
            for (index, width) in printLayout.columnWidths.enumerated() where index < widths.count { widths[index] = width }
        }
        var xml = XLSXParts.sheetStart(frozenRows: 1, fitToPage: bordered)
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                let hidden = printLayout?.hiddenColumns.contains(index) == true ? " hidden=\"1\"" : ""
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(Cell.format(width))\" customWidth=\"1\"\(hidden)/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>" + body + "</sheetData>"
        // CT_Worksheet's order: hyperlinks after sheetData (and any mergeCells, conditionalFormatting and
        // dataValidations), before printOptions, pageMargins, pageSetup and headerFooter.
        if !links.isEmpty {
            xml += "<hyperlinks>"
            for (index, link) in links.enumerated() {
                // Data row 0 is sheet row 2, under the header.
                let reference = ColumnName.letter(link.column) + String(link.row + 2)
                xml += "<hyperlink ref=\"\(reference)\" r:id=\"rId\(index + 1)\"/>"
            }
            xml += "</hyperlinks>"
        }
        if let printLayout { xml += printLayout.pageSetupXML + printLayout.headerFooterXML }
        return Data((xml + "</worksheet>").utf8)
    }

    /// A sheet of wrapped text lines in column A, printed portrait on A4, one page wide.
    private func textSheet(_ sheet: XLSXTextSheet) -> Data {
        var xml = XLSXParts.sheetStart(frozenRows: 0, fitToPage: true)
        xml += "<cols><col min=\"1\" max=\"1\" width=\"\(Cell.format(sheet.width))\" customWidth=\"1\"/></cols><sheetData>"
        for (index, line) in sheet.lines.enumerated() {
            xml += "<row r=\"\(index + 1)\">" + textCell(FormulaGuard.neutralise(line), column: 0, row: index + 1, style: 5) + "</row>"
        }
        xml += "</sheetData>" + XLSXPrintLayout(columnWidths: [], landscape: false).pageSetupXML + "</worksheet>"
        return Data(xml.utf8)
    }

    private func cell(_ cell: Cell, column: Int, row: Int, style: Int) -> String {
        let reference = ColumnName.letter(column) + String(row)
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        switch cell {
        case .empty:
            return style == 0 ? "" : "<c r=\"\(reference)\"\(styleAttribute)/>"
        case .text(let text):
            let safe = phoneColumns.contains(column) && XLSXWriter.isPlainPhone(text)
                ? text : FormulaGuard.neutralise(text)
            return textCell(safe, column: column, row: row, style: style)
        case .number(let value):
            guard value.isFinite else { return textCell(cell.text, column: column, row: row, style: style) }
            return "<c r=\"\(reference)\"\(styleAttribute)><v>\(Cell.format(value))</v></c>"
        case .bool(let value):
            return "<c r=\"\(reference)\"\(styleAttribute) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .date(let serial, let uses1904):
            guard serial.isFinite else { return textCell(cell.text, column: column, row: row, style: style) }
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
