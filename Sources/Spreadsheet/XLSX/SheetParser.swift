import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Turns a worksheet's XML events into rows, handing them over in batches.
final class SheetParser: NSObject, XMLParserDelegate {
    /// Excel's own limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// The longest text of one cell (Excel allows 32,767 characters).
    static let maxTextBytes = 1 << 20
    static let batchSize = 256

    private let workbook: Workbook
    private let rows: HandOff<[TableRow]>
    private(set) var failure: SpreadsheetError?

    private var batch: [TableRow] = []
    private var rowNumber = 0
    private var cells: [Cell] = []
    private var column = 0
    private var cellType = ""
    private var cellStyle = 0
    private var value = ""
    private var hasValue = false
    private var collecting = false
    private var phoneticDepth = 0
    private var inInlineString = false

    init(workbook: Workbook, rows: HandOff<[TableRow]>) {
        self.workbook = workbook
        self.rows = rows
    }

    /// Hands over the rows not yet handed over; false if the reader has gone.
    func flush() -> Bool {
        guard !batch.isEmpty else { return true }
        defer { batch = [] }
        return rows.put(batch)
    }

    private func fail(_ parser: XMLParser, _ message: String, column: Int? = nil) {
        if failure == nil {
            failure = SpreadsheetError(.damagedWorkbook, file: workbook.file, row: rowNumber, column: column, message)
        }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch localName(elementName) {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard number >= 1, number <= SheetParser.maxRows else {
                return fail(parser, "row number \(number) is out of range")
            }
            rowNumber = number
            cells.removeAll(keepingCapacity: true)
            column = 0
        case "c":
            if let reference = attributes["r"] {
                guard let index = SheetParser.columnIndex(reference) else {
                    return fail(parser, "cell reference \"\(reference.prefix(20))\" is not valid")
                }
                column = index
            }
            guard column < SheetParser.maxColumns else { return fail(parser, "too many columns") }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            hasValue = false
        case "v":
            collecting = true
            hasValue = true
        case "is":
            inInlineString = true
            hasValue = true
        case "t":
            collecting = inInlineString && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        switch localName(elementName) {
        case "v", "t":
            collecting = false
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        case "c":
            guard let cell = makeCell(parser) else { return }
            if column >= cells.count {
                cells.append(contentsOf: repeatElement(.empty, count: column - cells.count))
                cells.append(cell)
            } else {
                cells[column] = cell
            }
            column += 1
        case "row":
            let row = TableRow(number: rowNumber, cells: cells)
            if !row.isBlank {
                batch.append(row)
                if batch.count >= SheetParser.batchSize, !flush() { parser.abortParsing() }
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collecting else { return }
        value += string
        if value.utf8.count > SheetParser.maxTextBytes { fail(parser, "a cell holds too much text", column: column) }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(parser, "the sheet declares XML entities")
    }

    private func makeCell(_ parser: XMLParser) -> Cell? {
        guard hasValue else { return .empty }
        switch cellType {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)),
                  let string = workbook.sharedStrings[index] else {
                fail(parser, "refers to a shared string that does not exist", column: column)
                return nil
            }
            return string.isEmpty ? .empty : .text(string)
        case "inlineStr", "str", "e":
            return value.isEmpty ? .empty : .text(value)
        case "b":
            return .bool(value == "1" || value.lowercased() == "true")
        default:
            guard !value.isEmpty else { return .empty }
            guard let number = Double(value) else { return .text(value) }
            let isDate = cellStyle >= 0 && cellStyle < workbook.dateStyles.count && workbook.dateStyles[cellStyle]
            return isDate ? .date(serial: number, uses1904: workbook.uses1904) : .number(number)
        }
    }

    /// `C5` → 2; nil unless the reference is letters followed by digits.
    static func columnIndex(_ reference: String) -> Int? {
        let utf8 = reference.utf8
        guard let digit = utf8.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }),
              utf8[digit...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return ColumnName.index(reference)
        }
        return ColumnName.index(reference[..<digit])
    }
}
