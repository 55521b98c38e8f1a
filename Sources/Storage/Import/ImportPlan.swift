/// How a register export is to be read against the database.
public enum ImportMode: String, Sendable, Codable {
    /// The whole register of the branches it covers: members missing from it have left the register.
    case register
    /// A list already filtered to "not paid <year>": members missing from it have paid since.
    case unpaidList = "unpaid_list"
}

/// The member details a file can leave out. A detail whose column is missing from the file is kept as stored:
/// a list of numbers and names does not erase phone numbers.
public enum ImportedField: String, Sendable, CaseIterable {
    case phone, email, branch, joinedOn
}

/// What an import does, decided before the first row is read.
public struct ImportPlan: Sendable, Equatable {
    public var mode: ImportMode
    /// The dues year the file's payment marks are for. Required for an unpaid list; nil for a register
    /// without a paid column, which then changes no payment status.
    public var year: Int?
    /// The file has no branch column, so it stands for every member in the database.
    public var coversAllBranches: Bool
    /// The details the file has columns for.
    public var fields: Set<ImportedField>
    /// The file's name, for the audit log.
    public var source: String
    /// Compute the summary inside the transaction, then roll everything back.
    public var dryRun: Bool

    public init(
        mode: ImportMode, year: Int?, coversAllBranches: Bool, fields: Set<ImportedField> = Set(ImportedField.allCases),
        source: String, dryRun: Bool = false
    ) {
        self.mode = mode
        self.fields = fields
        self.year = year
        self.coversAllBranches = coversAllBranches
        self.source = source
        self.dryRun = dryRun
    }
}

/// The same member number on two rows of one file.
public struct DuplicateMemberNumber: Error, Sendable, Equatable {
    public let memberNumber: String
    public let firstRow: Int
    public let row: Int
}
