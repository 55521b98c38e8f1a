import Model

/// Why a filled-in sheet cannot be imported, as `FILE:ROW:COLUMN: what is wrong` (row and column where they apply).
public struct SheetImportError: BilingualError, CustomStringConvertible {
    public let file: String
    /// The row as the spreadsheet numbers it.
    public let row: Int?
    /// The column's letter (`A`, `F`).
    public let column: String?
    let bokmal: String
    let english: String

    init(file: String, row: Int? = nil, column: String? = nil, _ bokmal: String, _ english: String) {
        self.file = file
        self.row = row
        self.column = column
        self.bokmal = bokmal
        self.english = english
    }

    public func message(_ language: Language) -> String {
        let place = [file, row.map(String.init), column].compactMap { $0 }.joined(separator: ":")
        return place + ": " + (language == .nb ? bokmal : english)
    }

    public var description: String { message(.en) }
}

extension SheetImportError {
    /// The whole file is refused.
    public static func refused(_ file: String, _ bokmal: String, _ english: String) -> SheetImportError {
        SheetImportError(file: file, bokmal, english)
    }

    /// A row is refused for `error`, found when logging it.
    public static func atRow(_ file: String, _ row: Int, _ error: Error) -> SheetImportError {
        SheetImportError(file: file, row: row, FilledSheet.message(error, .nb), FilledSheet.message(error, .en))
    }
}
