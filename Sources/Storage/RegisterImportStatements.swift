import Model
import SQLite

/// The statements an import runs for each row, prepared once and kept for the whole import, with their values
/// bound one by one: a million rows build no argument arrays and look up no cached statement by its text.
final class RegisterImportStatements {
    private let lookup: Statement
    private let insert: Statement
    private let dues: Statement
    private let touch: Statement

    init(_ database: Database, lookupSQL: String) throws {
        lookup = try database.prepare(lookupSQL)
        insert = try database.prepare(Store.insertMemberSQL)
        dues = try database.prepare(Store.setDuesSQL)
        touch = try database.prepare("UPDATE members SET last_seen_at = ?1 WHERE id = ?2")
    }

    /// The first row `lookupSQL` gives for a member number and year, read by `read`.
    func lookUp<T>(_ memberNumber: String, year: Int?, _ read: (Row) -> T) throws -> T? {
        defer { lookup.reset() }
        try lookup.bind(memberNumber, at: 1)
        try lookup.bind(year, at: 2)
        return try lookup.step() ? read(lookup.row) : nil
    }

    /// Inserts a member as `Store.insertMember` does and returns its id.
    func insertMember(
        _ database: Database, _ record: MemberRecord, branchID: Int64?, seenAt: Int64, createdAt: Int64
    ) throws -> Int64 {
        try insert.bind(record.memberNumber, at: 1)
        try insert.bind(record.firstName, at: 2)
        try insert.bind(record.lastName, at: 3)
        try insert.bind(record.phone?.raw, at: 4)
        try insert.bind(record.phone?.e164, at: 5)
        try insert.bind(record.phone?.kind.rawValue, at: 6)
        try insert.bind(record.email, at: 7)
        try insert.bind(branchID, at: 8)
        try insert.bind(record.joinedOn?.iso, at: 9)
        try insert.bind(seenAt, at: 10)
        try insert.bind(createdAt, at: 11)
        try insert.bind(createdAt, at: 12)
        try insert.run()
        return database.lastInsertRowID
    }

    /// Sets a member's status for a year as `Store.setDues` does.
    func setDues(memberID: Int64, year: Int, status: DuesStatus, source: DuesSource, at time: Int64) throws {
        try dues.bind(memberID, at: 1)
        try dues.bind(year, at: 2)
        try dues.bind(status.rawValue, at: 3)
        try dues.bind(source.rawValue, at: 4)
        try dues.bind(time, at: 5)
        try dues.run()
    }

    /// Records that an unchanged member was in the file.
    func touch(memberID: Int64, seenAt: Int64) throws {
        try touch.bind(seenAt, at: 1)
        try touch.bind(memberID, at: 2)
        try touch.run()
    }
}
