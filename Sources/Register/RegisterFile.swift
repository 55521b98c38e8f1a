import Foundation
import Model
import Spreadsheet
import Storage

/// What to import and how.
public struct RegisterImportRequest: Sendable {
    public var url: URL
    /// The file as the user named it, for messages.
    public var displayName: String
    public var mode: ImportMode
    /// The dues year (`--year`); otherwise the paid column's header says it.
    public var year: Int?
    public var overrides: [ColumnOverride]
    public var sheet: String?
    public var dryRun: Bool
    /// The most member rows a file may have: more is refused, not imported in part.
    public var maxRows: Int

    /// The default `maxRows`: twice the members of Norway's largest party.
    public static let defaultMaxRows = 2_000_000

    public init(
        url: URL, displayName: String? = nil, mode: ImportMode = .register, year: Int? = nil,
        overrides: [ColumnOverride] = [], sheet: String? = nil, dryRun: Bool = false, maxRows: Int = defaultMaxRows
    ) {
        self.url = url
        self.displayName = displayName ?? url.lastPathComponent
        self.mode = mode
        self.year = year
        self.overrides = overrides
        self.sheet = sheet
        self.dryRun = dryRun
        self.maxRows = maxRows
    }
}

/// What an import did, with what the reader noticed on the way.
public struct RegisterImportResult: Sendable {
    public let summary: ImportSummary
    public let warnings: ImportWarnings
    public let format: TableFormat
    public let mapping: ColumnMapping
}

/// A register export opened for import: its format detected, its header row recognised and its first member row
/// read, so that a file that cannot be imported is refused before the database is touched. The rest is streamed.
public final class RegisterFile {
    public let request: RegisterImportRequest
    public let mapping: ColumnMapping
    /// How the import is to run, for the storage layer.
    public let plan: ImportPlan
    private let source: TableSource
    private let parser: RowParser
    private var pending: TableRow?
    /// The member rows read so far (by the reading thread only).
    private var rowsRead = 0
    private var warnings = ImportWarnings()

    /// Opens and checks the file.
    /// - Throws: `SpreadsheetError` (empty, binary, encrypted, damaged, unknown sheet, …) or `RegisterError`
    ///   (missing columns, no members, no year), all naming the file as the user gave it.
    public init(_ request: RegisterImportRequest) throws {
        self.request = request
        let file = request.displayName
        let source = try Self.refiled(file) { try TableReader.open(url: request.url, sheet: request.sheet) }
        let mapping = try ColumnMapping(headers: source.headers, overrides: request.overrides, year: request.year, file: file)
        guard let first = try Self.refiled(file, { try source.next() }) else { throw RegisterError.noMembers(file: file) }
        self.source = source
        self.mapping = mapping
        parser = RowParser(mapping: mapping, file: file)
        pending = first
        let year = request.year ?? mapping.paidYear
        switch request.mode {
        case .register where mapping[.paid] != nil && year == nil:
            throw RegisterError.year(
                file: file, message: Wording(
                    "betalt-kolonnen \"\(mapping.headers[mapping[.paid]!])\" sier ikke hvilket år den gjelder; legg til --year",
                    "the paid column \"\(mapping.headers[mapping[.paid]!])\" does not say which year it is for; add --year"))
        case .unpaidList where year == nil:
            throw RegisterError.year(file: file, message: Wording(
                "si hvilket år lista over ubetalte gjelder med --year", "say which year the unpaid list is for with --year"))
        default:
            break
        }
        for warning in mapping.warnings { warnings.append(warning, file: file) }
        if request.mode == .register, mapping[.paid] == nil {
            warnings.append(Wording(
                "ingen betalt-kolonne, så ingen betalingsstatus endres (nevn en med --map KOLONNE=paid)",
                "no paid column, so no payment status is changed (name one with --map COLUMN=paid)"), file: file)
        }
        if mapping[.branch] == nil {
            warnings.append(Wording(
                "ingen lokallag-kolonne, så fila regnes å dekke alle lokallagene i databasen",
                "no branch column, so the file is taken to cover every branch in the database"), file: file)
        }
        plan = ImportPlan(
            mode: request.mode, year: request.mode == .register && mapping[.paid] == nil ? nil : year,
            coversAllBranches: mapping[.branch] == nil, fields: Self.fields(mapping), source: file, dryRun: request.dryRun)
    }

    /// Streams the file's members into `store` in one transaction (see `Store.importRegister`).
    /// - Throws: the first row's `RegisterError` or `SpreadsheetError`; nothing is written then.
    public func importInto(_ store: Store) throws -> RegisterImportResult {
        let file = request.displayName
        let stream = ParsedRowStream(parser: parser) { [unowned self] in try nextRow() }
        defer { stream.close() }
        let summary: ImportSummary
        do {
            summary = try store.importRegister(plan) { session in
                while let batch = try stream.next() {
                    for item in batch {
                        try session.add(item.member.record, dues: item.member.dues, row: item.row)
                    }
                }
            }
        } catch let duplicate as DuplicateMemberNumber {
            let column = mapping[.memberNumber]!
            throw RegisterError.duplicate(
                file: file, memberNumber: duplicate.memberNumber, firstRow: duplicate.firstRow,
                row: duplicate.row, column: column, header: mapping.headers[column])
        }
        warnings.merge(stream.close())
        var all = ImportWarnings()
        for warning in source.warnings { all.append(warning, file: file) }
        all.merge(warnings)
        if summary.mode == .register, let year = summary.year, summary.paidInFile == 0, summary.unpaidInFile > 0 {
            all.append(Wording(
                "ingen i fila har betalt for \(year); er det en liste over ubetalte, importer den med --unpaid-list",
                "nobody in the file has paid for \(year); if it is a list of unpaid members, import it with --unpaid-list"), file: file)
        }
        return RegisterImportResult(summary: summary, warnings: all, format: source.format, mapping: mapping)
    }

    private static func fields(_ mapping: ColumnMapping) -> Set<ImportedField> {
        let columns: [(RegisterField, ImportedField)] = [(.phone, .phone), (.email, .email), (.branch, .branch), (.joined, .joinedOn)]
        return Set(columns.compactMap { mapping[$0.0] == nil ? nil : $0.1 })
    }

    private func nextRow() throws -> TableRow? {
        let row: TableRow?
        if let first = pending {
            pending = nil
            row = first
        } else {
            row = try Self.refiled(request.displayName) { try source.next() }
        }
        guard let row else { return nil }
        rowsRead += 1
        guard rowsRead <= request.maxRows else { throw RegisterError.tooManyRows(file: request.displayName, limit: request.maxRows) }
        return row
    }

    /// Runs `body`, giving a spreadsheet error the file name the user typed rather than the full path.
    private static func refiled<T>(_ file: String, _ body: () throws -> T) rethrows -> T {
        do {
            return try body()
        } catch let error as SpreadsheetError {
            throw SpreadsheetError(error.kind, file: file, row: error.row, column: error.column, error.wording)
        }
    }
}
