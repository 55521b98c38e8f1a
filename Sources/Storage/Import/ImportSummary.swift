/// A member named in a summary: number and name only.
public struct MemberReference: Sendable, Equatable, Codable {
    public let memberNumber: String
    public let name: String
}

/// What an import changed (or, in a dry run, would change).
///
/// `updated` and `unchanged` are about member details (names, phone, email, branch, join date); payment
/// changes are counted on their own in `newlyPaid` and `newlyUnpaid`.
public struct ImportSummary: Sendable, Equatable, Codable {
    /// How many members named in a summary are listed by name; the counts are always complete.
    public static let listedMembersLimit = 50

    public var mode: ImportMode
    public var year: Int?
    public var dryRun: Bool
    /// Member rows read from the file.
    public var rows = 0
    public var new = 0
    public var updated = 0
    public var unchanged = 0
    /// Members marked as in the register again after having left it (counted in `updated` too).
    public var returned = 0
    /// Members whose status for the year went from unpaid to paid.
    public var newlyPaid = 0
    /// Members whose status for the year went from paid or waived to unpaid.
    public var newlyUnpaid = 0
    /// Paid for the year according to the file, and unpaid according to it (whole-register imports).
    public var paidInFile = 0
    public var unpaidInFile = 0
    /// Members of the covered branches missing from a whole register, now marked as having left it.
    public var leftRegister = 0
    /// Open call-list entries closed because the member left the register.
    public var leftRegisterEntriesClosed = 0
    /// Now-paid members taken off open call lists of the year's dues campaigns, and the entries closed.
    public var paidMembersOffLists = 0
    public var paidEntriesClosed = 0
    /// Now-paid members who had said `will_pay` on a call in one of the year's dues campaigns.
    public var promisedAndPaid = 0
    /// The first of them, by name.
    public var promisedAndPaidMembers: [MemberReference] = []

    public init(mode: ImportMode, year: Int?, dryRun: Bool) {
        self.mode = mode
        self.year = year
        self.dryRun = dryRun
    }

    /// The counts for the audit log.
    var auditCounts: [String: Int] {
        [
            "rows": rows, "new": new, "updated": updated, "unchanged": unchanged, "newly_paid": newlyPaid,
            "newly_unpaid": newlyUnpaid, "left_register": leftRegister, "entries_closed": leftRegisterEntriesClosed + paidEntriesClosed,
        ]
    }
}
