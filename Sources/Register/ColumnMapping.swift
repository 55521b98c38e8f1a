import Foundation
import Model
import Spreadsheet

/// Which column of a register export holds which field, recognised from the header row and `--map` overrides.
public struct ColumnMapping: Sendable, Equatable {
    /// The header row as read.
    public let headers: [String]
    /// The 0-based column of each recognised field.
    public private(set) var columns: [RegisterField: Int] = [:]
    /// The year in the paid column's header (`Betalt 2018`), if it has one.
    public private(set) var paidYear: Int?
    /// Columns that looked like a field already taken, and other things worth knowing.
    public private(set) var warnings: [Wording] = []

    /// Recognises the columns of `headers`.
    ///
    /// Overrides come first; each other field goes to the column whose header is its most preferred synonym (the
    /// leftmost on a tie). Of several paid columns the one for `year` is taken, or without a year the latest.
    /// - Throws: `RegisterError.missingColumn` when there is no member number or no name column,
    ///   `.invalidMap` for an override naming no column, `.year` when no paid column is for `year`.
    public init(headers: [String], overrides: [ColumnOverride] = [], year: Int? = nil, file: String) throws {
        self.headers = headers
        var overridden: [Int: RegisterField] = [:]
        for override in overrides {
            let index = try Self.column(override.column, in: headers)
            overridden[index] = override.field
        }
        var candidates: [RegisterField: [(column: Int, rank: Int, year: Int?)]] = [:]
        for (index, header) in headers.enumerated() {
            if let field = overridden[index] {
                let year = field == .paid ? RegisterField.recognise(header: header)?.year : nil
                candidates[field, default: []].append((index, -1, year))
            } else if let (field, rank, year) = RegisterField.recognise(header: header) {
                candidates[field, default: []].append((index, rank, year))
            }
        }
        for (field, found) in candidates where field != .ignore && field != .paid {
            let ordered = found.sorted { ($0.rank, $0.column) < ($1.rank, $1.column) }
            columns[field] = ordered[0].column
            for other in ordered.dropFirst() {
                let column = RegisterError.column(other.column, headers[other.column])
                warnings.append(Wording(
                    "kolonnen \(column) ser også ut som \(field.label(.nb)); den er hoppet over (velg en annen med --map)",
                    "column \(column) also looks like \(field.label(.en)); ignored (use --map to choose another)"))
            }
        }
        if let paid = candidates[.paid] { try choosePaid(paid, year: year, file: file) }
        try requireIdentity(file: file)
    }

    /// The column of a field, if the file has one.
    public subscript(field: RegisterField) -> Int? { columns[field] }

    private static func column(_ name: String, in headers: [String]) throws -> Int {
        let key = HeaderKey.fold(name)
        if let index = headers.firstIndex(where: { HeaderKey.fold($0) == key && !key.isEmpty }) { return index }
        if name.allSatisfy({ $0.isASCII && $0.isUppercase }), let index = ColumnName.index(name), index < headers.count {
            return index
        }
        let found = headers.map { "\"\($0)\"" }.joined(separator: ", ")
        throw RegisterError.invalidMap(Wording("ingen kolonne \"\(name)\"; overskriftene er \(found)", "no column \"\(name)\"; the headers are \(found)"))
    }

    private mutating func choosePaid(_ found: [(column: Int, rank: Int, year: Int?)], year: Int?, file: String) throws {
        let chosen: (column: Int, rank: Int, year: Int?)
        if let year {
            guard let match = found.first(where: { $0.year == year }) ?? found.first(where: { $0.year == nil }) else {
                let names = found.map { "\"\(headers[$0.column])\"" }.joined(separator: ", ")
                throw RegisterError.year(
                    file: file, message: Wording(
                        "ingen betalt-kolonne for \(year): fila har \(names); sjekk --year, eller nevn kolonnen med --map KOLONNE=paid",
                        "no paid column for \(year): the file has \(names); check --year, or name the column with --map COLUMN=paid"))
            }
            chosen = match
        } else {
            chosen = found.max { ($0.year ?? 0, -$0.column) < ($1.year ?? 0, -$1.column) }!
        }
        columns[.paid] = chosen.column
        paidYear = chosen.year
    }

    private func requireIdentity(file: String) throws {
        let assigned = Set(columns.values)
        let named = headers.indices.filter { !headers[$0].trimmingCharacters(in: .whitespaces).isEmpty }
        let column = named.first { !assigned.contains($0) && RegisterField.recognise(header: headers[$0]) == nil }
            ?? named.first { !assigned.contains($0) }
        let suggestion = column.map { headers[$0].replacingOccurrences(of: "'", with: "'\\''") } ?? "COLUMN"
        if columns[.memberNumber] == nil {
            throw RegisterError.missingColumn(
                file: file, field: Wording(
                    "medlemsnummeret (\"Medlemsnummer\", \"Medlemsnr\", \"Member number\" eller \"ID\")",
                    "the member number (\"Medlemsnummer\", \"Medlemsnr\", \"Member number\" or \"ID\")"), headers: headers,
                suggestion: "--map '\(suggestion)=member_number'")
        }
        if columns[.firstName] == nil, columns[.lastName] == nil, columns[.fullName] == nil {
            throw RegisterError.missingColumn(
                file: file, field: Wording("navnet (Fornavn og Etternavn, eller Navn)", "the name (Fornavn and Etternavn, or Navn)"), headers: headers,
                suggestion: "--map '\(suggestion)=name'")
        }
    }
}
