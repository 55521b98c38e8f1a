import Foundation
import Model
import Spreadsheet

/// Why a register file could not be imported. Messages name the file, and the row and column where one is at fault.
public enum RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field the import needs has no column; `suggestion` is the `--map` that would fix it.
    case missingColumn(file: String, field: Wording, headers: [String], suggestion: String)
    /// One cell cannot be understood.
    case cell(file: String, row: Int, column: Int, header: String, message: Wording)
    /// A member number on two rows.
    case duplicate(file: String, memberNumber: String, firstRow: Int, row: Int, column: Int, header: String)
    /// A header row and nothing else.
    case noMembers(file: String)
    /// A `--map` that cannot be used.
    case invalidMap(Wording)
    /// The year the payment marks are for is missing or does not fit the file.
    case year(file: String, message: Wording)
    /// More member rows than an import takes.
    case tooManyRows(file: String, limit: Int)

    public var description: String { message(.en) }

    /// A column as `Header (C)`.
    static func column(_ index: Int, _ header: String) -> String {
        let name = ImportedText.strip(header).trimmingCharacters(in: .whitespaces)
        let letter = ColumnName.letter(index)
        return name.isEmpty ? letter : "\(name) (\(letter))"
    }
}

extension RegisterError: BilingualError {
    public func message(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .missingColumn(let file, let field, let headers, let suggestion):
            let found = headers.isEmpty ? (nb ? "ingen" : "none") : headers.map { "\"\($0)\"" }.joined(separator: ", ")
            return nb
                ? "\(file): ingen kolonne for \(field.bokmal). Overskrifter i fila: \(found). Står det i en annen kolonne, si det: \(suggestion)"
                : "\(file): no column for \(field.english). Headers found: \(found). If it is in another column, say so: \(suggestion)"
        case .cell(let file, let row, let column, let header, let message):
            return "\(file):\(row):\(Self.column(column, header)): \(message(language))"
        case .duplicate(let file, let number, let firstRow, let row, let column, let header):
            return nb
                ? "\(file):\(row):\(Self.column(column, header)): medlemsnummer \(number) står også på rad \(firstRow)"
                : "\(file):\(row):\(Self.column(column, header)): member number \(number) is on row \(firstRow) too"
        case .noMembers(let file):
            return nb ? "\(file): fila har en overskriftsrad, men ingen medlemmer" : "\(file): the file has a header row but no members"
        case .invalidMap(let message):
            return "--map: \(message(language))"
        case .year(let file, let message):
            return "\(file): \(message(language))"
        case .tooManyRows(let file, let limit):
            return nb
                ? "\(file): fila har flere enn \(limit) medlemsrader, mer enn en import tar; ingenting er importert"
                : "\(file): the file has more than \(limit) member rows, more than an import takes; nothing was imported"
        }
    }
}
