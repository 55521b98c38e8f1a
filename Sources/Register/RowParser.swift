import Foundation
import Model
import Spreadsheet
import Storage

/// One member as a row of the file describes them.
public struct ParsedMember: Sendable, Equatable {
    public var record: MemberRecord
    /// The paid column's mark; nil when the file has no paid column.
    public var dues: DuesStatus?
}

/// Turns rows into members, normalising every field:
/// - every text has its control characters stripped (`ImportedText`);
/// - names are trimmed with inner whitespace collapsed, and a full name is split when there are no name columns;
/// - emails are lower-cased and checked (an invalid one is left out, with a warning);
/// - phones are normalised to E.164 (one that cannot be is kept as entered and marked invalid, with a warning);
/// - join dates are read as `d.m.yyyy`, `dd.mm.yyyy`, ISO or Excel serials; a two-digit year is an error.
public struct RowParser: Sendable {
    public let mapping: ColumnMapping
    public let file: String
    /// The longest member number the database holds.
    static let maxMemberNumberLength = 32

    public init(mapping: ColumnMapping, file: String) {
        self.mapping = mapping
        self.file = file
    }

    /// Parses one row; warnings go to `warnings`.
    /// - Throws: `RegisterError.cell` naming the row and column of what cannot be understood.
    public func parse(_ row: TableRow, warnings: inout ImportWarnings) throws -> ParsedMember {
        let number = try memberNumber(row)
        let (first, last) = try name(row)
        var record = MemberRecord(memberNumber: number, firstName: first, lastName: last)
        if let column = mapping[.phone] {
            let raw = ImportedText.strip(row[column].text).trimmingCharacters(in: .whitespaces)
            if !raw.isEmpty {
                let phone = PhoneNumber(parsing: raw)
                if phone.kind == .invalid {
                    warnings.append(message(row.number, column, "'\(raw)' is not a phone number; kept as entered and marked invalid"))
                }
                record.phone = phone
            }
        }
        if let column = mapping[.email] {
            let text = ImportedText.strip(row[column].text).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty {
                record.email = Email.normalize(text)
                if record.email == nil {
                    warnings.append(message(row.number, column, "'\(text)' is not an email address; left out"))
                }
            }
        }
        if let column = mapping[.branch] {
            let branch = PersonName.clean(ImportedText.strip(row[column].text))
            record.branch = branch.isEmpty ? nil : branch
        }
        if let column = mapping[.joined] {
            record.joinedOn = try date(row[column], row: row.number, column: column)
        }
        var dues: DuesStatus?
        if let column = mapping[.paid] {
            guard let status = PaidMark.status(row[column]) else {
                throw error(row.number, column, "'\(ImportedText.strip(row[column].text))' is not a paid mark; use Ja or Nei (Yes/No, x, 1/0, betalt/ikke betalt)")
            }
            dues = status
        }
        return ParsedMember(record: record, dues: dues)
    }

    private func memberNumber(_ row: TableRow) throws -> String {
        let column = mapping[.memberNumber]!
        let number = ImportedText.strip(row[column].text).trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else { throw error(row.number, column, "the member number is missing") }
        guard number.count <= Self.maxMemberNumberLength else {
            throw error(row.number, column, "the member number is longer than \(Self.maxMemberNumberLength) characters")
        }
        return number
    }

    private func name(_ row: TableRow) throws -> (String, String) {
        let first = mapping[.firstName].map { PersonName.clean(ImportedText.strip(row[$0].text)) } ?? ""
        let last = mapping[.lastName].map { PersonName.clean(ImportedText.strip(row[$0].text)) } ?? ""
        if !first.isEmpty || !last.isEmpty { return (first, last) }
        if let column = mapping[.fullName] {
            let split = PersonName.split(fullName: ImportedText.strip(row[column].text))
            if !split.first.isEmpty || !split.last.isEmpty { return split }
        }
        let column = mapping[.firstName] ?? mapping[.lastName] ?? mapping[.fullName]!
        throw error(row.number, column, "the member has no name")
    }

    private func date(_ cell: Cell, row: Int, column: Int) throws -> CalendarDate? {
        switch cell {
        case .empty:
            return nil
        case .date(let serial, let uses1904):
            guard let date = CalendarDate.fromExcelSerial(serial, uses1904: uses1904) else {
                throw error(row, column, "\(cell.text) is not a date")
            }
            return date
        case .number(let serial):
            guard let date = CalendarDate.fromExcelSerial(serial, uses1904: false) else {
                throw error(row, column, "\(cell.text) is not a date")
            }
            return date
        case .bool:
            throw error(row, column, "\(cell.text) is not a date")
        case .text(let text):
            let trimmed = ImportedText.strip(text).trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            if trimmed.count <= 6, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let serial = Double(trimmed) {
                guard let date = CalendarDate.fromExcelSerial(serial, uses1904: false) else {
                    throw error(row, column, "'\(trimmed)' is not a date")
                }
                return date
            }
            do {
                return try CalendarDate.parse(trimmed)
            } catch let problem as CalendarDateError {
                throw error(row, column, problem.description)
            }
        }
    }

    private func message(_ row: Int, _ column: Int, _ text: String) -> String {
        "\(file):\(row):\(RegisterError.column(column, mapping.headers[column])): \(text)"
    }

    private func error(_ row: Int, _ column: Int, _ message: String) -> RegisterError {
        .cell(file: file, row: row, column: column, header: mapping.headers[column], message: message)
    }
}
