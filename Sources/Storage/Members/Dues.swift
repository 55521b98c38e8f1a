import Model
import SQLite

/// A member's payment status for one year.
public enum DuesStatus: String, Sendable, CaseIterable {
    case unpaid, paid, waived
}

/// Where a payment status came from.
public enum DuesSource: String, Sendable {
    /// A whole-register import.
    case register
    /// A "not paid" list import.
    case unpaidList = "unpaid_list"
    /// A coordinator's manual mark.
    case manual
    /// Generated demo data.
    case demo
}

extension DuesStatus {
    /// `betalt`/`paid`, `ubetalt`/`unpaid`, `fritatt`/`waived`.
    public func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .unpaid: nb ? "ubetalt" : "unpaid"
        case .paid: nb ? "betalt" : "paid"
        case .waived: nb ? "fritatt" : "waived"
        }
    }
}

extension DuesSource {
    /// Where the status came from, in lower case.
    public func label(_ language: Language) -> String {
        let nb = language == .nb
        return switch self {
        case .register: nb ? "registeret" : "register"
        case .unpaidList: nb ? "liste over ubetalte" : "unpaid list"
        case .manual: nb ? "manuelt" : "manual"
        case .demo: nb ? "demo" : "demo"
        }
    }
}

extension Store {
    /// Inserts `rows` payment statuses of members that have none for the year: member_id, year, status, source and
    /// changed_at each.
    static func insertDuesSQL(rows: Int) -> String {
        "INSERT INTO dues (member_id, year, status, source, changed_at) VALUES "
            + repeatElement("(?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// The values `insertDuesSQL` takes per row.
    static let duesColumns = 5

    /// Sets a member's status for a year (member, year, status, source, time), changing nothing when it is the same.
    static let setDuesSQL = """
        INSERT INTO dues (member_id, year, status, source, changed_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (member_id, year) DO UPDATE SET
            status = excluded.status, source = excluded.source, changed_at = excluded.changed_at
        WHERE dues.status <> excluded.status
        """

    /// Sets a member's status for a year inside the caller's transaction; returns whether it changed.
    @discardableResult
    func setDues(_ database: Database, memberID: Int64, year: Int, status: DuesStatus, source: DuesSource) throws -> Bool {
        try database.run(Self.setDuesSQL, [memberID, year, status.rawValue, source.rawValue, timestamp]) > 0
    }

    /// A member's status per year, newest year first.
    public func dues(memberID: Int64) throws -> [(year: Int, status: DuesStatus)] {
        try read { database in
            try database.fetchAll("SELECT year, status FROM dues WHERE member_id = ? ORDER BY year DESC", [memberID]) {
                (year: $0[0] as Int, status: DuesStatus(rawValue: $0[1]) ?? .unpaid)
            }
        }
    }
}
