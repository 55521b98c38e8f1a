import Foundation
import Model

/// A `--map COLUMN=FIELD` override: the column named by its header (compared as headers are recognised) or by
/// its letter, and the field it holds.
public struct ColumnOverride: Sendable, Equatable {
    public let column: String
    public let field: RegisterField

    public init(column: String, field: RegisterField) {
        self.column = column
        self.field = field
    }

    /// Reads `COLUMN=FIELD`, splitting at the last `=`.
    public init(parsing text: String) throws {
        guard let equals = text.lastIndex(of: "=") else {
            throw RegisterError.invalidMap(Wording("'\(text)' er ikke KOLONNE=FELT", "'\(text)' is not COLUMN=FIELD"))
        }
        let column = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let name = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty else { throw RegisterError.invalidMap(Wording("'\(text)' nevner ingen kolonne", "'\(text)' names no column")) }
        guard let field = RegisterField(mapName: name) else {
            let fields = RegisterField.allCases.map(\.rawValue).joined(separator: ", ")
            throw RegisterError.invalidMap(Wording("'\(name)' er ikke et felt; feltene er \(fields)", "'\(name)' is not a field; the fields are \(fields)"))
        }
        self.init(column: column, field: field)
    }
}
