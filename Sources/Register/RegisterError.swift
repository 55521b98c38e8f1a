import Foundation
import Model
import Spreadsheet

/// Why a register file could not be imported. Messages name the file, and the row and column where one is at fault.
public enum RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field the import needs has no column; `suggestion` is the `--map` that would fix it.
    case missingColumn(file: String, field: String, headers: [String], suggestion: String)
    /// One cell cannot be understood.
    case cell(file: String, row: Int, column: Int, header: String, message: String)
    /// A member number on two rows.
    case duplicate(file: String, memberNumber: String, firstRow: Int, row: Int, column: Int, header: String)
    /// A header row and nothing else.
    case noMembers(file: String)
    /// A `--map` that cannot be used.
    case invalidMap(String)
    /// The year the payment marks are for is missing or does not fit the file.
    case year(file: String, message: String)
    /// More member rows than an import takes.
    case tooManyRows(file: String, limit: Int)

    public var description: String {
        switch self {
        case .missingColumn(let file, let field, let headers, let suggestion):
            let found = headers.isEmpty ? "none" : headers.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(file): no column for \(field). Headers found: \(found). If it is in another column, say so: \(suggestion)"
        case .cell(let file, let row, let column, let header, let message):
            return "\(file):\(row):\(Self.column(column, header)): \(message)"
        case .duplicate(let file, let number, let firstRow, let row, let column, let header):
            return "\(file):\(row):\(Self.column(column, header)): member number \(number) is on row \(firstRow) too"
        case .noMembers(let file):
            return "\(file): the file has a header row but no members"
        case .invalidMap(let message):
            return "--map: \(message)"
        case .year(let file, let message):
            return "\(file): \(message)"
        case .tooManyRows:
            return message(.en)
        }
    }

    /// A column as `Header (C)`.
    static func column(_ index: Int, _ header: String) -> String {
        let name = ImportedText.strip(header).trimmingCharacters(in: .whitespaces)
        let letter = ColumnName.letter(index)
        return name.isEmpty ? letter : "\(name) (\(letter))"
    }
}

extension RegisterError: BilingualError {
    public func message(_ language: Language) -> String {
        guard case .tooManyRows(let file, let limit) = self else { return description }
        return language == .nb
            ? "\(file): fila har flere enn \(limit) medlemsrader, mer enn en import tar; ingenting er importert"
            : "\(file): the file has more than \(limit) member rows, more than an import takes; nothing was imported"
    }
}
