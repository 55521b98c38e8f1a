/// One cell as read from a CSV file or an XLSX sheet.
public enum Cell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// An XLSX number whose number format is a date or time format.
    case date(serial: Double, uses1904: Bool)

    /// The cell as a display string: numbers without a trailing `.0` and whole numbers never in exponent form
    /// (a phone number stored as 41234567 reads "41234567"), dates as ISO `yyyy-mm-dd` (with `hh:mm[:ss]` when
    /// the serial has a time part), booleans as `TRUE`/`FALSE`.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let string): return string
        case .number(let value): return Cell.format(value)
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .date(let serial, let uses1904):
            return ExcelDate(serial: serial, uses1904: uses1904)?.description ?? Cell.format(serial)
        }
    }

    /// True for `.empty` and for text that is empty or only whitespace.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let string):
            if let first = string.utf8.first, first > 0x20, first < 0x7F { return false }
            return string.allSatisfy(\.isWhitespace)
        default: return false
        }
    }

    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}

/// A non-blank row of a table, numbered as the user sees it (the row number in Excel, the record number in a CSV
/// file, both counting from 1 and counting blank rows).
public struct TableRow: Sendable, Hashable {
    public let number: Int
    public let cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a 0-based column, `.empty` past the end of the row.
    public subscript(column: Int) -> Cell {
        column >= 0 && column < cells.count ? cells[column] : .empty
    }

    var isBlank: Bool { cells.allSatisfy(\.isBlank) }
}

/// Spreadsheet column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
public enum ColumnName {
    /// The letters of a 0-based column index.
    public static func letter(_ index: Int) -> String {
        var n = max(index, 0) + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The 0-based index of column letters (`"C"` → 2), nil when they are not letters A–Z or exceed `XFD`.
    public static func index(_ letters: some StringProtocol) -> Int? {
        var value = 0
        var count = 0
        for byte in letters.utf8 {
            let upper = byte & ~0x20
            guard upper >= 65, upper <= 90 else { return nil }
            value = value * 26 + Int(upper - 64)
            count += 1
            if count > 3 { return nil }
        }
        guard count > 0, value <= 16_384 else { return nil }
        return value - 1
    }
}
