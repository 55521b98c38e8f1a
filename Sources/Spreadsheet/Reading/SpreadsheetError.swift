import Model

/// Why a table could not be read or written, with the file and, where it applies, the row and column.
public struct SpreadsheetError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    /// A stable code for what went wrong, for callers that translate or test.
    public enum Kind: String, Sendable {
        case unreadable, empty, binary, encrypted, notWorkbook, damagedWorkbook, unknownSheet
        case unbalancedQuote, tooLong, tooManyColumns, invalidText, fileExists, symbolicLink, writeFailed
    }

    public let kind: Kind
    /// The file name as given to the reader or writer.
    public let file: String
    /// 1-based row, when the problem is in one row.
    public let row: Int?
    /// 0-based column, when the problem is in one cell.
    public let column: Int?
    /// What is wrong, in one line, without the file name.
    public let wording: Wording

    public init(_ kind: Kind, file: String, row: Int? = nil, column: Int? = nil, _ wording: Wording) {
        self.kind = kind
        self.file = file
        self.row = row
        self.column = column
        self.wording = wording
    }

    /// What is wrong in English.
    public var message: String { wording.english }

    /// `FILE:ROW:COLUMN: message` (row and column letter only when known).
    public func message(_ language: Language) -> String {
        var prefix = file
        if let row { prefix += ":\(row)" }
        if let column { prefix += ":\(ColumnName.letter(column))" }
        return "\(prefix): \(wording(language))"
    }

    public var description: String { message(.en) }
}
