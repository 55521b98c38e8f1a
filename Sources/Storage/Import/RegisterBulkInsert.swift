import Model
import SQLite

/// Inserts the members of an import into an empty register, `batchSize` members per statement run: run one row at
/// a time, the statement's own work (opening cursors, binding, resetting) cost more instructions than inserting the
/// row. Every member is new, so none is looked up; a member number on two rows is caught by its unique index.
final class RegisterBulkInsert {
    static let batchSize = 64

    /// A member waiting for the next batch.
    private struct Pending {
        let record: MemberRecord
        let branchID: Int64?
        let dues: DuesStatus?
        let row: Int32
    }

    private let database: Database
    private let statements: RegisterImportStatements
    private let year: Int?
    private let source: DuesSource
    private let now: Int64
    private let memberBatch: Statement
    private let duesBatch: Statement
    /// The text of the batch being bound; cleared before each batch, once the one before has run.
    private let arena = TextArena()
    private var pending: [Pending] = []
    private var pendingDues: [(memberID: Int64, status: DuesStatus)] = []
    /// The row of each member inserted, in insertion order: the ids of an empty table are given one after another,
    /// so a member's row is `insertedRows[id - firstInsertedID]`.
    private var insertedRows: [Int32] = []
    private var firstInsertedID: Int64 = 0

    /// - Parameter year: the year `dues` marks are for; nil when the import sets no payment status.
    init(_ database: Database, statements: RegisterImportStatements, year: Int?, source: DuesSource, now: Int64) throws {
        self.database = database
        self.statements = statements
        self.year = year
        self.source = source
        self.now = now
        memberBatch = try database.prepare(Store.insertMembersSQL(rows: Self.batchSize))
        duesBatch = try database.prepare(Store.insertDuesSQL(rows: Self.batchSize))
        pending.reserveCapacity(Self.batchSize)
    }

    /// Takes one member of the file; it is written with the next full batch, or by `flush()`.
    /// - Throws: `DuplicateMemberNumber` when the member number was on an earlier row.
    func add(_ record: MemberRecord, branchID: Int64?, dues: DuesStatus?, row: Int) throws {
        pending.append(Pending(record: record, branchID: branchID, dues: year == nil ? nil : dues, row: Int32(clamping: row)))
        guard pending.count == Self.batchSize else { return }
        do {
            arena.clear()
            defer { memberBatch.clearBindings() }
            for (index, member) in pending.enumerated() {
                try statements.bindMember(
                    memberBatch, member.record, branchID: member.branchID, seenAt: now, createdAt: now,
                    offset: index * RegisterImportStatements.memberColumns, arena: arena)
            }
            try memberBatch.run()
        } catch let error as SQLiteError where error.isUniqueViolation {
            try insertOneByOne()
            return
        }
        inserted(lastID: database.lastInsertRowID)
        if pendingDues.count >= Self.batchSize { try writeDuesBatch() }
    }

    /// Writes every member and payment status still waiting, one row per statement run.
    func flush() throws {
        try insertOneByOne()
        guard let year else { return }
        for dues in pendingDues {
            try statements.setDues(memberID: dues.memberID, year: year, status: dues.status, source: source, at: now, isNew: true)
        }
        pendingDues.removeAll()
    }

    /// Inserts the pending members one at a time, which also names the row of a repeated member number.
    private func insertOneByOne() throws {
        for member in pending {
            let id: Int64
            do {
                id = try statements.insertMember(
                    database, member.record, branchID: member.branchID, seenAt: now, createdAt: now)
            } catch let error as SQLiteError where error.isUniqueViolation {
                let first = try statements.lookUp(member.record.memberNumber, year: nil) { $0[0] as Int64 }
                guard let first else { throw error }
                throw DuplicateMemberNumber(
                    memberNumber: member.record.memberNumber, firstRow: Int(insertedRows[Int(first - firstInsertedID)]),
                    row: Int(member.row))
            }
            record(id: id, member)
        }
        pending.removeAll(keepingCapacity: true)
    }

    private func inserted(lastID: Int64) {
        let first = lastID - Int64(pending.count) + 1
        for (index, member) in pending.enumerated() {
            record(id: first + Int64(index), member)
        }
        pending.removeAll(keepingCapacity: true)
    }

    private func record(id: Int64, _ member: Pending) {
        if insertedRows.isEmpty { firstInsertedID = id }
        insertedRows.append(member.row)
        if let status = member.dues { pendingDues.append((id, status)) }
    }

    private func writeDuesBatch() throws {
        guard let year else { return }
        let batch = pendingDues.prefix(Self.batchSize)
        arena.clear()
        defer { duesBatch.clearBindings() }
        for (index, dues) in batch.enumerated() {
            try statements.bindDues(
                duesBatch, memberID: dues.memberID, year: year, status: dues.status, source: source, at: now,
                offset: index * Store.duesColumns, arena: arena)
        }
        try duesBatch.run()
        pendingDues.removeFirst(batch.count)
    }
}
