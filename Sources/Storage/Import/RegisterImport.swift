import Model
import SQLite

extension Store {
    /// The page cache an import writes its rows with, in KiB: the member-number index and the tables' last pages
    /// stay in memory instead of spilling to the WAL file and being read back. (`ImportIndexes` sorts with less.)
    static let importCacheKiB = 16_384
    /// The helper threads SQLite may sort with when an import builds its indexes again.
    static let importSortThreads = 2

    /// Imports a register export in one `BEGIN IMMEDIATE` transaction: `rows` is called inside it and hands every
    /// member of the file to the session, in file order; then the members missing from the file are reconciled
    /// (whole register: they left it; unpaid list: they have paid) and the import is audited.
    ///
    /// Any error thrown by `rows` or by the session rolls everything back. A dry run computes the same summary and
    /// rolls back too. A file with no members is refused: it would say that everyone left.
    public func importRegister(_ plan: ImportPlan, rows: (RegisterImportSession) throws -> Void) throws -> ImportSummary {
        if plan.mode == .unpaidList, plan.year == nil {
            throw StoreError.invalid(Wording("en liste over ubetalte trenger året den gjelder", "an unpaid list needs the year it is for"))
        }
        let cacheSize: Int = try database.fetchOne("PRAGMA cache_size") { $0[0] } ?? -2000
        let threads: Int = try database.fetchOne("PRAGMA threads") { $0[0] } ?? 0
        try database.execute("PRAGMA cache_size = -\(Self.importCacheKiB)")
        try database.execute("PRAGMA threads = \(Self.importSortThreads)")
        defer {
            try? database.execute("PRAGMA cache_size = \(cacheSize)")
            try? database.execute("PRAGMA threads = \(threads)")
        }
        func importing() throws -> ImportSummary {
            try write { database in
                let indexes = try ImportIndexes(database)
                let session = try RegisterImportSession(store: self, database: database, plan: plan)
                try rows(session)
                try session.endOfRows()
                guard session.summary.rows > 0 else { throw StoreError.invalid(Wording("\(plan.source) har ingen medlemmer", "\(plan.source) holds no members")) }
                try indexes.rebuild(database)
                try session.finish()
                if plan.dryRun { throw DryRunRollback(summary: session.summary) }
                try audit(
                    database, plan.mode == .register ? "import_register" : "import_unpaid_list",
                    subject: plan.source, counts: session.summary.auditCounts)
                return session.summary
            }
        }
        do {
            // Into an empty register every page is new, and a rollback journal writes each once.
            if !plan.dryRun, try RegisterImportSession.registerIsEmpty(database) {
                return try database.withRollbackJournalIfAlone(importing)
            }
            return try importing()
        } catch let rollback as DryRunRollback {
            return rollback.summary
        }
    }
}

/// Carries a dry run's summary out of the transaction it rolls back.
private struct DryRunRollback: Error {
    let summary: ImportSummary
}

/// One running import: takes the file's members one at a time and compares each with the database through one
/// indexed lookup. It holds only the ids of the members seen (with their row numbers, to name duplicates), never
/// the rows themselves.
public final class RegisterImportSession {
    private let store: Store
    private let database: Database
    private let plan: ImportPlan
    private let now: Int64
    private let duesSource: DuesSource
    private let statements: RegisterImportStatements
    private(set) var summary: ImportSummary
    private var seen: [Int64: Int32] = [:]
    /// Set when the register was empty as the import began: every row is new and goes in by batches, and nobody
    /// can be missing from the file.
    private let bulk: RegisterBulkInsert?
    private var branchIDs: [String: Int64] = [:]
    private var coveredBranches: Set<Int64> = []
    private var coversMembersWithoutBranch = false

    init(store: Store, database: Database, plan: ImportPlan) throws {
        statements = try RegisterImportStatements(database, lookupSQL: Self.lookup)
        self.store = store
        self.database = database
        self.plan = plan
        now = store.timestamp
        duesSource = plan.mode == .register ? .register : .unpaidList
        let startsEmpty = try Self.registerIsEmpty(database)
        bulk = startsEmpty
            ? try RegisterBulkInsert(database, statements: statements, year: plan.year, source: duesSource, now: now)
            : nil
        summary = ImportSummary(mode: plan.mode, year: plan.year, dryRun: plan.dryRun)
    }

    /// Whether the register holds no member at all, so an import only adds.
    static func registerIsEmpty(_ database: Database) throws -> Bool {
        try database.fetchOne("SELECT NOT EXISTS (SELECT 1 FROM members)") { $0[0] as Bool } ?? false
    }

    private static let lookup = """
        SELECT m.id, m.first_name, m.last_name, m.phone_raw, m.phone_e164, m.phone_kind, m.email, m.branch_id,
               m.joined_on, m.left_register_at, m.last_seen_at, d.status
        FROM members m LEFT JOIN dues d ON d.member_id = m.id AND d.year = ?2
        WHERE m.member_number = ?1
        """

    /// What the database holds for a member, as far as an import compares it.
    private struct Stored {
        let id: Int64
        let firstName: String, lastName: String
        let phoneRaw: String?, phoneE164: String?, phoneKind: String?
        let email: String?
        let branchID: Int64?
        let joinedOn: String?
        let leftRegister: Bool
        let lastSeenAt: Int64?
        let dues: String?
    }

    /// Adds or compares one member of the file. In an unpaid list `dues` is ignored: everyone in it is unpaid.
    /// - Throws: `DuplicateMemberNumber` when the member number was on an earlier row.
    public func add(_ record: MemberRecord, dues: DuesStatus?, row: Int) throws {
        summary.rows += 1
        let branchID = try branch(record.branch)
        if let bulk { return try addToEmpty(bulk, record, dues: dues, row: row, branchID: branchID) }
        let stored = try statements.lookUp(record.memberNumber, year: plan.year, Self.stored)
        let id: Int64
        if let stored {
            if let first = seen[stored.id] {
                throw DuplicateMemberNumber(memberNumber: record.memberNumber, firstRow: Int(first), row: row)
            }
            id = stored.id
            try update(stored, with: record, branchID: branchID)
        } else {
            id = try statements.insertMember(
                database, record, branchID: branchID, seenAt: now, createdAt: store.timestamp)
            summary.new += 1
        }
        seen[id] = Int32(clamping: row)
        let status = plan.mode == .unpaidList ? .unpaid : dues
        if let year = plan.year, let status {
            try setDues(id, year: year, status: status, previous: stored?.dues)
        }
    }

    private func addToEmpty(
        _ bulk: RegisterBulkInsert, _ record: MemberRecord, dues: DuesStatus?, row: Int, branchID: Int64?
    ) throws {
        let status = plan.mode == .unpaidList ? .unpaid : dues
        try bulk.add(record, branchID: branchID, dues: status, row: row)
        summary.new += 1
        guard plan.year != nil else { return }
        switch status {
        case .paid: summary.paidInFile += 1
        case .unpaid: summary.unpaidInFile += 1
        case .waived, nil: break
        }
    }

    private static func stored(_ row: Row) -> Stored {
        Stored(
            id: row[0], firstName: row[1], lastName: row[2], phoneRaw: row[3], phoneE164: row[4], phoneKind: row[5],
            email: row[6], branchID: row[7], joinedOn: row[8], leftRegister: !row.isNull(9), lastSeenAt: row[10],
            dues: row[11])
    }

    private func branch(_ name: String?) throws -> Int64? {
        guard let name, !name.isEmpty else {
            coversMembersWithoutBranch = true
            return nil
        }
        if let id = branchIDs[name] { return id }
        let id = try store.branchID(database, named: name)
        branchIDs[name] = id
        coveredBranches.insert(id)
        return id
    }

    private func update(_ stored: Stored, with record: MemberRecord, branchID: Int64?) throws {
        let fields = plan.fields
        let hasPhone = fields.contains(.phone)
        let phoneRaw = hasPhone ? record.phone?.raw : stored.phoneRaw
        let phoneE164 = hasPhone ? record.phone?.e164 : stored.phoneE164
        let phoneKind = hasPhone ? record.phone?.kind.rawValue : stored.phoneKind
        let email = fields.contains(.email) ? record.email : stored.email
        let branchID = fields.contains(.branch) ? branchID : stored.branchID
        let joinedOn = fields.contains(.joinedOn) ? record.joinedOn?.iso : stored.joinedOn
        let phoneChanged = (stored.phoneE164 ?? stored.phoneRaw) != (phoneE164 ?? phoneRaw)
        let changed = stored.firstName != record.firstName || stored.lastName != record.lastName
            || stored.phoneRaw != phoneRaw || stored.email != email || stored.branchID != branchID
            || stored.joinedOn != joinedOn || stored.leftRegister
        guard changed else {
            summary.unchanged += 1
            if stored.lastSeenAt != now {
                try statements.touch(memberID: stored.id, seenAt: now)
            }
            return
        }
        summary.updated += 1
        if stored.leftRegister { summary.returned += 1 }
        try database.run("""
            UPDATE members SET first_name = ?1, last_name = ?2, phone_raw = ?3, phone_e164 = ?4, phone_kind = ?5,
                email = ?6, branch_id = ?7, joined_on = ?8, phone_wrong = CASE WHEN ?9 THEN 0 ELSE phone_wrong END,
                branch_changed_at = CASE WHEN branch_id IS NOT ?7 THEN ?10 ELSE branch_changed_at END,
                left_register_at = NULL, last_seen_at = ?10, updated_at = ?10
            WHERE id = ?11
            """, [
                record.firstName, record.lastName, phoneRaw, phoneE164, phoneKind, email, branchID, joinedOn,
                phoneChanged, now, stored.id,
            ])
    }

    private func setDues(_ id: Int64, year: Int, status: DuesStatus, previous: String?) throws {
        switch status {
        case .paid: summary.paidInFile += 1
        case .unpaid: summary.unpaidInFile += 1
        case .waived: break
        }
        guard previous != status.rawValue else { return }
        try statements.setDues(
            memberID: id, year: year, status: status, source: duesSource, at: store.timestamp, isNew: false)
        switch (previous, status) {
        case ("unpaid", .paid):
            try markedPaid(id, year: year)
        case ("unpaid", .waived):
            try database.run(
                """
                UPDATE call_list_entries SET status = 'waived', closed_at = ?3, claimed_by = NULL, claimed_at = NULL
                WHERE member_id = ?1 AND status = 'open'
                  AND campaign_id IN (SELECT id FROM campaigns WHERE kind = 'dues' AND year = ?2)
                """, [id, year, now])
        case (.some, .unpaid):
            summary.newlyUnpaid += 1
        default:
            break
        }
    }

    private func markedPaid(_ id: Int64, year: Int) throws {
        summary.newlyPaid += 1
        let (closed, promised) = try store.closeEntriesAsPaid(database, memberID: id, year: year)
        if closed > 0 {
            summary.paidMembersOffLists += 1
            summary.paidEntriesClosed += closed
        }
        guard promised else { return }
        summary.promisedAndPaid += 1
        if summary.promisedAndPaidMembers.count < ImportSummary.listedMembersLimit,
           let member = try database.fetchOne(
            "SELECT member_number, first_name, last_name FROM members WHERE id = ?", [id], { row in
                MemberReference(
                    memberNumber: row[0],
                    name: [row[1] as String, row[2] as String].filter { !$0.isEmpty }.joined(separator: " "))
            }) {
            summary.promisedAndPaidMembers.append(member)
        }
    }

    /// Writes the members still waiting for a batch, after the file's last row.
    func endOfRows() throws {
        try bulk?.flush()
    }

    /// Reconciles the members missing from the file, after its last row.
    func finish() throws {
        switch plan.mode {
        case .register: try markMissingAsLeft()
        case .unpaidList: try markMissingAsPaid()
        }
    }

    private func isCovered(_ branchID: Int64?) -> Bool {
        if plan.coversAllBranches { return true }
        guard let branchID else { return coversMembersWithoutBranch }
        return coveredBranches.contains(branchID)
    }

    private func markMissingAsLeft() throws {
        guard bulk == nil else { return }
        var missing: [Int64] = []
        try database.forEach("SELECT id, branch_id FROM members WHERE left_register_at IS NULL") { row in
            let id: Int64 = row[0]
            if seen[id] == nil, isCovered(row[1]) { missing.append(id) }
        }
        for id in missing {
            try database.run("UPDATE members SET left_register_at = ?1, updated_at = ?1 WHERE id = ?2", [now, id])
            summary.leftRegisterEntriesClosed += try store.closeEntriesAsLeft(database, memberID: id)
        }
        summary.leftRegister = missing.count
    }

    private func markMissingAsPaid() throws {
        guard bulk == nil, let year = plan.year else { return }
        var missing: [Int64] = []
        try database.forEach("""
            SELECT m.id, m.branch_id FROM dues d JOIN members m ON m.id = d.member_id
            WHERE d.year = ? AND d.status = 'unpaid' AND m.left_register_at IS NULL
            """, [year]) { row in
            let id: Int64 = row[0]
            if seen[id] == nil, isCovered(row[1]) { missing.append(id) }
        }
        for id in missing {
            try store.setDues(database, memberID: id, year: year, status: .paid, source: .unpaidList)
            try markedPaid(id, year: year)
        }
    }
}
