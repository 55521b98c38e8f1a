import Foundation
import Model
import SQLite
@testable import Storage

/// A store with a fixed clock, and SQL helpers for the rows other features create (campaigns, calls).
struct ImportFixture {
    let path: String
    let store: Store
    var clock: Date

    init(path: String, at time: Date = Date(timeIntervalSince1970: 1_540_000_000)) throws {
        self.path = path
        clock = time
        store = try Store.create(at: path, now: { time }).store
    }

    /// A second store on the same file at a later time.
    func later(by seconds: TimeInterval) throws -> Store {
        let time = clock.addingTimeInterval(seconds)
        return try Store.open(at: path, now: { time })
    }

    static func member(
        _ number: String, _ first: String, _ last: String, phone: String? = nil, email: String? = nil,
        branch: String? = "Tromsø", joined: String? = nil
    ) -> MemberRecord {
        MemberRecord(
            memberNumber: number, firstName: first, lastName: last, phone: phone.map(PhoneNumber.init(parsing:)),
            email: email, branch: branch, joinedOn: joined.flatMap(CalendarDate.init(iso:)))
    }

    /// Imports `members` as the rows of a file, numbered from 2.
    @discardableResult
    static func run(
        _ store: Store, _ members: [(MemberRecord, DuesStatus?)], mode: ImportMode = .register, year: Int? = 2018,
        allBranches: Bool = false, dryRun: Bool = false
    ) throws -> ImportSummary {
        let plan = ImportPlan(mode: mode, year: year, coversAllBranches: allBranches, source: "register.csv", dryRun: dryRun)
        return try store.importRegister(plan) { session in
            for (offset, member) in members.enumerated() {
                try session.add(member.0, dues: member.1, row: offset + 2)
            }
        }
    }

    /// Adds a dues campaign for `year` with the given members on its list, returning the campaign id.
    @discardableResult
    func campaign(_ name: String, year: Int, members: [String], kind: String = "dues") throws -> Int64 {
        let database = try Database(path: path)
        try database.run(
            "INSERT INTO campaigns (name, kind, year, script, created_at) VALUES (?, ?, ?, 'Hei', 0)", [name, kind, year])
        let campaign = database.lastInsertRowID
        for number in members {
            try database.run("""
                INSERT INTO call_list_entries (campaign_id, member_id, added_at)
                SELECT ?, id, 0 FROM members WHERE member_number = ?
                """, [campaign, number])
        }
        return campaign
    }

    /// Logs a call with `outcome` on the member's entry in `campaign`.
    func logCall(campaign: Int64, member: String, outcome: String, note: String? = nil) throws {
        let database = try Database(path: path)
        var caller: Int64? = try database.fetchOne("SELECT id FROM callers WHERE name = 'Kari'") { $0[0] }
        if caller == nil {
            try database.run("INSERT INTO callers (name, name_key, created_at) VALUES ('Kari', 'kari', 0)")
            caller = database.lastInsertRowID
        }
        try database.run("""
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, note, logged_at)
            SELECT lower(hex(randomblob(16))), e.id, ?, 1540000100, ?, ?, 1540000100
            FROM call_list_entries e JOIN members m ON m.id = e.member_id
            WHERE e.campaign_id = ? AND m.member_number = ?
            """, [caller, outcome, note, campaign, member])
    }

    /// The status of the member's entry on the campaign's list.
    func entryStatus(campaign: Int64, member: String) throws -> String? {
        try Database(path: path).fetchOne("""
            SELECT e.status FROM call_list_entries e JOIN members m ON m.id = e.member_id
            WHERE e.campaign_id = ? AND m.member_number = ?
            """, [campaign, member]) { $0[0] }
    }

    /// Every row of every table except the audit log, as text, to compare database contents.
    func dump(excluding columns: Set<String> = []) throws -> [String] {
        let database = try Database(path: path)
        let tables: [String] = try database.fetchAll(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log' ORDER BY name"
        ) { $0[0] }
        var lines: [String] = []
        for table in tables {
            try database.forEach("SELECT * FROM \(table)") { row in
                let cells = (0..<row.count).filter { !columns.contains(row.name(at: $0)) }.map { index in
                    "\(row.name(at: index))=\(String(describing: row[index] as SQLValue?))"
                }
                lines.append(table + ": " + cells.joined(separator: ", "))
            }
        }
        return lines.sorted()
    }

    func auditActions() throws -> [String] {
        try store.auditLog().map(\.action)
    }
}
