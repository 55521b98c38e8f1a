import Foundation
import Model

/// Turns a worksheet's XML into rows as the reader asks for them: a state machine over the events of `XMLScanner`
/// that knows `<row>`, `<c>`, `<v>` and inline strings (`<is>`, rich text runs, phonetic runs left out), whatever
/// their namespace prefix. Formulas (`<f>`) and everything else are passed over; a formula's cached value is kept,
/// and a formula without one (a file written by a program that does not calculate) is an empty cell and a warning.
/// Text cells have their `_xHHHH_` escapes decoded (`XstringEscape`).
struct SheetScanner {
    /// Excel's own limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    /// The longest text of one cell (Excel allows 32,767 characters).
    static let maxTextBytes = 1 << 20

    private enum Element {
        case row, cell, value, inlineString, text, phonetic, formula, other
    }

    /// The most formula cells without a saved value named one by one in the warnings.
    static let maxNamedFormulaCells = 10

    private enum CellType {
        case number, shared, text, bool
    }

    private var xml: XMLScanner
    private let sharedStrings: SharedStrings
    private let dateStyles: [Bool]
    private let uses1904: Bool
    private let file: String
    private let part: String
    private let sheetName: String

    private var rowNumber = 0
    private var inRow = false
    private var inCell = false
    private var cells: [Cell] = []
    private var column = 0
    private var cellType = CellType.number
    private var cellStyle = 0
    private let value = ByteBuffer()
    private var hasValue = false
    private var collecting = false
    private var phoneticDepth = 0
    private var inInlineString = false
    private var hasFormula = false
    /// The addresses (`Ark1!C7`) of the first formula cells without a saved value, and how many there were.
    private var formulaCellsWithoutValue: [String] = []
    private var formulaCellsWithoutValueCount = 0

    /// Starts scanning `part` of `file`, read through `input`; `dateStyles` tells for each cell style whether it
    /// shows a date.
    init(input: ByteInput, file: String, part: String, sheetName: String, sharedStrings: SharedStrings,
         dateStyles: [Bool], uses1904: Bool) throws {
        self.sheetName = sheetName
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
        self.uses1904 = uses1904
        self.file = file
        self.part = part
        do {
            xml = try XMLScanner(input: input, maxToken: 2 * SheetScanner.maxTextBytes)
        } catch let error as XMLScanError {
            input.close()
            throw SpreadsheetError(.damagedWorkbook, file: file,
                                   Wording("arbeidsboka er skadet: kan ikke lese \(part): \(error.message)", "the workbook is damaged: cannot read \(part): \(error.message)"))
        }
    }

    func close() { xml.close() }

    /// What the reader should be told about the cells read so far.
    var warnings: [Wording] {
        var warnings = formulaCellsWithoutValue.map {
            Wording(
                "\($0): formel uten lagret verdi, lest som tom; åpne og lagre fila i Excel eller LibreOffice",
                "\($0): formula without a saved value, read as empty; open and save the file in Excel or LibreOffice")
        }
        let unnamed = formulaCellsWithoutValueCount - formulaCellsWithoutValue.count
        if unnamed > 0 {
            warnings.append(Wording(
                "\(unnamed) formelceller til uten lagret verdi, lest som tomme",
                "\(unnamed) more formula cells without a saved value, read as empty"))
        }
        return warnings
    }

    /// The next non-blank row, or nil at the end of the sheet.
    mutating func nextRow() throws -> TableRow? {
        do {
            while true {
                switch try xml.next() {
                case .start(let name):
                    try start(SheetScanner.element(name))
                case .end(let name):
                    if let row = try end(SheetScanner.element(name)) { return row }
                case .text(let text):
                    guard collecting else { continue }
                    value.append(text)
                    if value.count > SheetScanner.maxTextBytes {
                        throw failure(Wording("en celle har for mye tekst", "a cell holds too much text"), column: column)
                    }
                case .endOfDocument:
                    return nil
                }
            }
        } catch let error as XMLScanError {
            throw SpreadsheetError(.damagedWorkbook, file: file, row: inRow ? rowNumber : nil,
                                   column: inCell ? column : nil,
                                   Wording("arbeidsboka er skadet: kan ikke lese \(part): \(error.message)",
                                           "the workbook is damaged: cannot read \(part): \(error.message)"))
        }
    }

    private mutating func start(_ element: Element) throws {
        switch element {
        case .row:
            let number = xml.attribute("r").flatMap(SheetScanner.integer) ?? rowNumber + 1
            guard number >= 1, number <= SheetScanner.maxRows else {
                throw failure(Wording("radnummer \(number) er utenfor gyldig område", "row number \(number) is out of range"))
            }
            rowNumber = number
            inRow = true
            cells.removeAll(keepingCapacity: true)
            column = 0
        case .cell:
            if let reference = xml.attribute("r") {
                guard let index = SheetScanner.columnIndex(reference) else {
                    let shown = String(decoding: reference.prefix(20), as: UTF8.self)
                    throw failure(Wording("cellereferansen \"\(shown)\" er ugyldig", "cell reference \"\(shown)\" is not valid"))
                }
                column = index
            }
            guard column < SheetScanner.maxColumns else { throw failure(Wording("for mange kolonner", "too many columns")) }
            inCell = true
            cellType = SheetScanner.cellType(xml.attribute("t"))
            cellStyle = xml.attribute("s").flatMap(SheetScanner.integer) ?? 0
            value.removeAll()
            hasValue = false
            hasFormula = false
        case .value:
            collecting = true
            hasValue = true
        case .inlineString:
            inInlineString = true
            hasValue = true
        case .text:
            collecting = inInlineString && phoneticDepth == 0
        case .phonetic:
            phoneticDepth += 1
        case .formula:
            hasFormula = inCell
        case .other:
            break
        }
    }

    private mutating func end(_ element: Element) throws -> TableRow? {
        switch element {
        case .value, .text:
            collecting = false
        case .inlineString:
            inInlineString = false
        case .phonetic:
            phoneticDepth = max(0, phoneticDepth - 1)
        case .cell:
            if hasFormula && !hasValue { noteFormulaWithoutValue() }
            let cell = try makeCell()
            if column >= cells.count {
                if column > cells.count { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
                cells.append(cell)
            } else {
                cells[column] = cell
            }
            column += 1
            inCell = false
        case .row:
            inRow = false
            let row = TableRow(number: rowNumber, cells: cells)
            if !row.isBlank { return row }
        case .formula, .other:
            break
        }
        return nil
    }

    private mutating func noteFormulaWithoutValue() {
        formulaCellsWithoutValueCount += 1
        guard formulaCellsWithoutValue.count < Self.maxNamedFormulaCells else { return }
        formulaCellsWithoutValue.append("\(sheetName)!\(ColumnName.letter(column))\(rowNumber)")
    }

    private func failure(_ message: Wording, column: Int? = nil) -> SpreadsheetError {
        SpreadsheetError(.damagedWorkbook, file: file, row: rowNumber, column: column, message)
    }

    private func makeCell() throws -> Cell {
        guard hasValue else { return .empty }
        let bytes = value.buffer
        switch cellType {
        case .shared:
            guard let index = sharedStringIndex(bytes), let string = sharedStrings[index] else {
                throw failure(Wording("viser til en delt tekst som ikke finnes", "refers to a shared string that does not exist"), column: column)
            }
            return string.isEmpty ? .empty : .text(string)
        case .text:
            return bytes.isEmpty ? .empty : .text(try text(bytes))
        case .bool:
            return .bool(XMLBytes.equals(bytes, "1") || XMLBytes.equals(bytes, "true", ignoringCase: true))
        case .number:
            guard !bytes.isEmpty else { return .empty }
            guard let number = SheetScanner.number(bytes) else { return .text(try text(bytes)) }
            let isDate = cellStyle >= 0 && cellStyle < dateStyles.count && dateStyles[cellStyle]
            return isDate ? .date(serial: number, uses1904: uses1904) : .number(number)
        }
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard XMLBytes.isValidUTF8(bytes) else { throw failure(Wording("teksten er ikke gyldig UTF-8", "the text is not valid UTF-8"), column: column) }
        return XstringEscape.decode(String(decoding: bytes, as: UTF8.self))
    }

    /// Plain digits are read directly (exactly, up to 15 of them); anything else as Swift reads a `Double`.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if bytes.count <= 15, let whole = digits(bytes) { return Double(whole) }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    private func sharedStringIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.count <= 18, let index = SheetScanner.digits(bytes) { return index }
        return Int(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }

    /// The value of one or more ASCII digits and nothing else.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var result = 0
        for byte in bytes {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            result = result * 10 + Int(digit)
        }
        return result
    }

    private static func element(_ name: UnsafeBufferPointer<UInt8>) -> Element {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "c"): return .cell
            case UInt8(ascii: "v"): return .value
            case UInt8(ascii: "t"): return .text
            case UInt8(ascii: "f"): return .formula
            default: return .other
            }
        case 2:
            return XMLBytes.equals(name, "is") ? .inlineString : .other
        case 3:
            if XMLBytes.equals(name, "row") { return .row }
            return XMLBytes.equals(name, "rPh") ? .phonetic : .other
        default:
            return .other
        }
    }

    private static func cellType(_ type: UnsafeBufferPointer<UInt8>?) -> CellType {
        guard let type else { return .number }
        if XMLBytes.equals(type, "s") { return .shared }
        if XMLBytes.equals(type, "inlineStr") || XMLBytes.equals(type, "str") || XMLBytes.equals(type, "e") {
            return .text
        }
        return XMLBytes.equals(type, "b") ? .bool : .number
    }

    /// An optionally signed decimal integer, as `Int(_:)` reads one; nil on anything else or overflow.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return nil }
        var result = 0
        while index < bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit < 10 else { return nil }
            let (times, overflow) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(negative ? -Int(digit) : Int(digit))
            guard !overflow, !overflowSum else { return nil }
            result = sum
            index += 1
        }
        return result
    }

    /// `C5` → 2: column letters (at most `XFD`) optionally followed by digits; nil for anything else.
    static func columnIndex(_ reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var value = 0
        while index < reference.count, reference[index] &- 0x30 >= 10 {
            let upper = reference[index] & ~0x20
            guard upper >= 65, upper <= 90, index < 3 else { return nil }
            value = value * 26 + Int(upper - 64)
            index += 1
        }
        guard index > 0, value <= maxColumns else { return nil }
        while index < reference.count {
            guard reference[index] &- 0x30 < 10 else { return nil }
            index += 1
        }
        return value - 1
    }
}
