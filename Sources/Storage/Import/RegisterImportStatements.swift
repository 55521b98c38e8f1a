import Model
import SQLite

/// The statements an import runs for each row, prepared once and kept for the whole import, with their values
/// bound one by one: a million rows build no argument arrays and look up no cached statement by its text.
final class RegisterImportStatements {
    private let lookup: Statement
    private let insert: Statement
    private let dues: Statement
    private let newDues: Statement
    private let touch: Statement
    /// The text the single-row statements read, bound afresh for each run.
    private let arena = TextArena()

    init(_ database: Database, lookupSQL: String) throws {
        lookup = try database.prepare(lookupSQL)
        insert = try database.prepare(Store.insertMemberSQL)
        dues = try database.prepare(Store.setDuesSQL)
        newDues = try database.prepare(Store.insertDuesSQL(rows: 1))
        touch = try database.prepare("UPDATE members SET last_seen_at = ?1 WHERE id = ?2")
    }

    /// The first row `lookupSQL` gives for a member number and year, read by `read`.
    func lookUp<T>(_ memberNumber: String, year: Int?, _ read: (Row) -> T) throws -> T? {
        defer { lookup.reset() }
        try lookup.bind(memberNumber, at: 1)
        try lookup.bind(year, at: 2)
        return try lookup.step() ? read(lookup.row) : nil
    }

    /// The values `Store.insertMemberSQL` takes per member.
    static let memberColumns = 12

    /// Inserts a member as `Store.insertMember` does and returns its id.
    func insertMember(
        _ database: Database, _ record: MemberRecord, branchID: Int64?, seenAt: Int64, createdAt: Int64
    ) throws -> Int64 {
        arena.clear()
        defer { insert.clearBindings() }
        try bindMember(insert, record, branchID: branchID, seenAt: seenAt, createdAt: createdAt, offset: 0, arena: arena)
        try insert.run()
        return database.lastInsertRowID
    }

    /// Binds a member's values to `statement`'s parameters `offset + 1` to `offset + memberColumns`, in the order of
    /// `Store.insertMemberSQL`, with the text copied into `arena`.
    func bindMember(
        _ statement: Statement, _ record: MemberRecord, branchID: Int64?, seenAt: Int64, createdAt: Int64, offset: Int,
        arena: TextArena
    ) throws {
        try statement.bind(record.memberNumber, at: offset + 1, in: arena)
        try statement.bind(record.firstName, at: offset + 2, in: arena)
        try statement.bind(record.lastName, at: offset + 3, in: arena)
        try statement.bind(record.phone?.raw, at: offset + 4, in: arena)
        try statement.bind(record.phone?.e164, at: offset + 5, in: arena)
        try statement.bind(record.phone?.kind.rawValue, at: offset + 6, in: arena)
        try statement.bind(record.email, at: offset + 7, in: arena)
        try statement.bind(branchID, at: offset + 8)
        try statement.bind(record.joinedOn?.iso, at: offset + 9, in: arena)
        try statement.bind(seenAt, at: offset + 10)
        try statement.bind(createdAt, at: offset + 11)
        try statement.bind(createdAt, at: offset + 12)
    }

    /// Sets a member's status for a year as `Store.setDues` does; `isNew` says the member has no status stored for
    /// any year yet, so a plain insert does without the upsert's conflict check.
    func setDues(memberID: Int64, year: Int, status: DuesStatus, source: DuesSource, at time: Int64, isNew: Bool) throws {
        let statement = isNew ? newDues : dues
        arena.clear()
        defer { statement.clearBindings() }
        try bindDues(
            statement, memberID: memberID, year: year, status: status, source: source, at: time, offset: 0, arena: arena)
        try statement.run()
    }

    /// Binds a payment status to `statement`'s parameters `offset + 1` to `offset + Store.duesColumns`, in the order
    /// of `Store.insertDuesSQL`, with the text copied into `arena`.
    func bindDues(
        _ statement: Statement, memberID: Int64, year: Int, status: DuesStatus, source: DuesSource, at time: Int64,
        offset: Int, arena: TextArena
    ) throws {
        try statement.bind(memberID, at: offset + 1)
        try statement.bind(year, at: offset + 2)
        try statement.bind(status.rawValue, at: offset + 3, in: arena)
        try statement.bind(source.rawValue, at: offset + 4, in: arena)
        try statement.bind(time, at: offset + 5)
    }

    /// Records that an unchanged member was in the file.
    func touch(memberID: Int64, seenAt: Int64) throws {
        try touch.bind(seenAt, at: 1)
        try touch.bind(memberID, at: 2)
        try touch.run()
    }
}
