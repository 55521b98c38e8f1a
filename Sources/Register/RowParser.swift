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
/// - join dates are read as `d.m.yyyy`, `dd.mm.yyyy`, ISO or Excel serials, and a bare year (`2018`) as 1 January
///   of that year; a two-digit year is an error.
public struct RowParser: Sendable {
    public let mapping: ColumnMapping
    public let file: String
    /// The longest member number the database holds.
    static let maxMemberNumberLength = 32

    /// The mapping's columns, looked up once rather than for every row.
    private let columns: Columns

    private struct Columns: Sendable {
        let memberNumber: Int
        let firstName, lastName, fullName, phone, email, branch, joined, paid: Int?
    }

    public init(mapping: ColumnMapping, file: String) {
        self.mapping = mapping
        self.file = file
        columns = Columns(
            memberNumber: mapping[.memberNumber]!, firstName: mapping[.firstName], lastName: mapping[.lastName],
            fullName: mapping[.fullName], phone: mapping[.phone], email: mapping[.email], branch: mapping[.branch],
            joined: mapping[.joined], paid: mapping[.paid])
    }

    /// Parses one row; warnings go to `warnings`.
    /// - Throws: `RegisterError.cell` naming the row and column of what cannot be understood.
    public func parse(_ row: TableRow, warnings: inout ImportWarnings) throws -> ParsedMember {
        let number = try memberNumber(row)
        let (first, last) = try name(row)
        var record = MemberRecord(memberNumber: number, firstName: first, lastName: last)
        if let column = columns.phone {
            let raw = FastText.field(row[column].text)
            if !raw.isEmpty {
                let phone = PhoneNumber(parsing: raw)
                if phone.kind == .invalid {
                    warnings.append(message(row.number, column, Wording(
                        "'\(raw)' er ikke et telefonnummer; beholdt som skrevet og merket ugyldig",
                        "'\(raw)' is not a phone number; kept as entered and marked invalid")))
                }
                record.phone = phone
            }
        }
        if let column = columns.email {
            let text = FastText.field(row[column].text)
            if !text.isEmpty {
                record.email = FastText.email(text)
                if record.email == nil {
                    warnings.append(message(row.number, column, Wording(
                        "'\(text)' er ikke en e-postadresse; utelatt", "'\(text)' is not an email address; left out")))
                }
            }
        }
        if let column = columns.branch {
            let branch = FastText.name(row[column].text)
            record.branch = branch.isEmpty ? nil : branch
        }
        if let column = columns.joined {
            record.joinedOn = try date(row[column], row: row.number, column: column)
        }
        var dues: DuesStatus?
        if let column = columns.paid {
            guard let status = PaidMark.status(row[column]) else {
                let mark = ImportedText.strip(row[column].text)
                throw error(row.number, column, Wording(
                    "'\(mark)' er ikke et betalt-merke; bruk Ja eller Nei (Yes/No, x, 1/0, betalt/ikke betalt)",
                    "'\(mark)' is not a paid mark; use Ja or Nei (Yes/No, x, 1/0, betalt/ikke betalt)"))
            }
            dues = status
        }
        return ParsedMember(record: record, dues: dues)
    }

    private func memberNumber(_ row: TableRow) throws -> String {
        let column = columns.memberNumber
        let number = FastText.field(row[column].text)
        guard !number.isEmpty else { throw error(row.number, column, Wording("medlemsnummeret mangler", "the member number is missing")) }
        guard number.count <= Self.maxMemberNumberLength else {
            throw error(row.number, column, Wording(
                "medlemsnummeret er lengre enn \(Self.maxMemberNumberLength) tegn",
                "the member number is longer than \(Self.maxMemberNumberLength) characters"))
        }
        return number
    }

    private func name(_ row: TableRow) throws -> (String, String) {
        let first = columns.firstName.map { FastText.name(row[$0].text) } ?? ""
        let last = columns.lastName.map { FastText.name(row[$0].text) } ?? ""
        if !first.isEmpty || !last.isEmpty { return (first, last) }
        if let column = columns.fullName {
            let split = PersonName.split(fullName: ImportedText.strip(row[column].text))
            if !split.first.isEmpty || !split.last.isEmpty { return split }
        }
        let column = columns.firstName ?? columns.lastName ?? columns.fullName!
        throw error(row.number, column, Wording("medlemmet har ikke noe navn", "the member has no name"))
    }

    private func date(_ cell: Cell, row: Int, column: Int) throws -> CalendarDate? {
        switch cell {
        case .empty:
            return nil
        case .date(let serial, let uses1904):
            guard let date = Self.day(serial: serial, uses1904: uses1904) else {
                throw error(row, column, Wording("\(cell.text) er ikke en dato", "\(cell.text) is not a date"))
            }
            return date
        case .number(let value):
            if let year = Self.bareYear(value) { return CalendarDate(year: year, month: 1, day: 1) }
            guard let date = Self.day(serial: value, uses1904: false) else {
                throw error(row, column, Wording("\(cell.text) er ikke en dato", "\(cell.text) is not a date"))
            }
            return date
        case .bool:
            throw error(row, column, Wording("\(cell.text) er ikke en dato", "\(cell.text) is not a date"))
        case .text(let text):
            let trimmed = FastText.field(text)
            if trimmed.isEmpty { return nil }
            if let date = Self.numericDate(trimmed) { return date }
            if trimmed.count <= 6, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let serial = Double(trimmed) {
                if trimmed.count == 4, let year = Self.bareYear(serial) { return CalendarDate(year: year, month: 1, day: 1) }
                guard let date = Self.day(serial: serial, uses1904: false) else {
                    throw error(row, column, Wording("'\(trimmed)' er ikke en dato", "'\(trimmed)' is not a date"))
                }
                return date
            }
            do {
                return try CalendarDate.parse(trimmed)
            } catch let problem as CalendarDateError {
                throw error(row, column, Wording(problem.message(.nb), problem.message(.en)))
            }
        }
    }

    /// The day an Excel serial stands for, decoded by the one decoder the reader uses too (`ExcelDate`); nil when
    /// it is not a day that existed (Excel's 29 February 1900).
    static func day(serial: Double, uses1904: Bool) -> CalendarDate? {
        ExcelDate(serial: serial, uses1904: uses1904).flatMap { CalendarDate(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year a whole number from 1900 to 2100 in a date column stands for: a year, not an Excel serial (which
    /// would be a day in 1905).
    static func bareYear(_ value: Double) -> Int? {
        value == value.rounded() && (1900...2100).contains(value) ? Int(value) : nil
    }

    /// `d.m.yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd` of a day that exists, read without allocating; nil for anything
    /// else, which `CalendarDate.parse` then reads or explains.
    static func numericDate(_ text: String) -> CalendarDate? {
        var numbers = (0, 0, 0), digits = (0, 0, 0), part = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                let value = Int(byte - 0x30)
                switch part {
                case 0: numbers.0 = numbers.0 * 10 + value; digits.0 += 1
                case 1: numbers.1 = numbers.1 * 10 + value; digits.1 += 1
                default: numbers.2 = numbers.2 * 10 + value; digits.2 += 1
                }
                if digits.0 > 4 || digits.1 > 2 || digits.2 > 4 { return nil }
            } else if (byte == 0x2E || byte == 0x2D) && part < 2 && (separator == 0 || separator == byte) {
                separator = byte
                part += 1
            } else {
                return nil
            }
        }
        guard part == 2, digits.1 >= 1 else { return nil }
        if separator == 0x2E, (1...2).contains(digits.0), digits.2 == 4 {
            return CalendarDate(year: numbers.2, month: numbers.1, day: numbers.0)
        }
        if separator == 0x2D, digits.0 == 4, digits.1 == 2, digits.2 == 2 {
            return CalendarDate(year: numbers.0, month: numbers.1, day: numbers.2)
        }
        return nil
    }

    private func message(_ row: Int, _ column: Int, _ text: Wording) -> Wording {
        let place = "\(file):\(row):\(RegisterError.column(column, mapping.headers[column])): "
        return Wording(place + text.bokmal, place + text.english)
    }

    private func error(_ row: Int, _ column: Int, _ message: Wording) -> RegisterError {
        .cell(file: file, row: row, column: column, header: mapping.headers[column], message: message)
    }
}
