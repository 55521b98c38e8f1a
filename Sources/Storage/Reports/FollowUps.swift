import Foundation
import Model
import SQLite

/// One piece of work a call left for the office: the latest call per member whose outcome asks for this follow-up.
public struct FollowUpItem: Sendable, Equatable, Codable {
    public let callID: Int64
    public let memberNumber: String
    public let name: String
    public let branch: String?
    /// The number as the register wrote it.
    public let phone: String?
    /// The address the member confirmed on the call, else the register's.
    public let email: String?
    public let outcome: Outcome
    public let campaign: String
    /// The campaign's dues year.
    public let year: Int
    public let calledAt: Date
    public let caller: String
    public let note: String?
    /// When the item was marked done; nil while it is in the queue.
    public let doneAt: Date?
}

extension Store {
    /// The follow-up queue of one kind, oldest call first: per member, the latest call whose outcome asks for it
    /// (on `campaign`, or on any campaign when nil). Done items are left out unless `includeDone`, and so are items
    /// the register has settled since: a payment recorded for the year (payment-info, already-paid), a member who
    /// left the register (resign-info, register-update), a number no longer marked wrong (wrong-number).
    public func followUps(kind: FollowUpKind, campaign: String? = nil, includeDone: Bool = false) throws -> [FollowUpItem] {
        try read { database in
            try database.fetchAll(
                Self.followUpQuery(kind) + " WHERE (:include_done OR f.done_at IS NULL) ORDER BY f.called_at, f.call_id",
                .named(try followUpArguments(kind, campaign: campaign, includeDone: includeDone))
            ) { row in
                FollowUpItem(
                    callID: row[0], memberNumber: row[1],
                    name: [row[2] as String, row[3] as String].filter { !$0.isEmpty }.joined(separator: " "),
                    branch: row[4], phone: row[5], email: row[6], outcome: Outcome(rawValue: row[7]) ?? .willPay,
                    campaign: row[8], year: row[9], calledAt: row[10], caller: row[11], note: row[12], doneAt: row[13])
            }
        }
    }

    /// Marks the current follow-up item of each member (by register number) done, all or nothing.
    /// Returns how many items were newly marked; members already done are not an error.
    @discardableResult
    public func markFollowUpsDone(kind: FollowUpKind, campaign: String? = nil, memberNumbers: [String]) throws -> Int {
        try write { database in
            let arguments = try followUpArguments(kind, campaign: campaign, includeDone: true)
            var calls: [Int64] = []
            var missing: [String] = []
            for number in memberNumbers {
                var values = arguments
                values["member"] = number
                let call: Int64? = try database.fetchOne(
                    Self.followUpQuery(kind) + " WHERE f.member_number = :member", .named(values)) { $0[0] }
                if let call { calls.append(call) } else { missing.append(number) }
            }
            guard missing.isEmpty else {
                throw StoreError.notFound(kind: "\(kind.rawValue) follow-up for member", name: missing.joined(separator: ", "))
            }
            var marked = 0
            for call in Set(calls).sorted() {
                marked += try database.run(
                    "INSERT INTO followups_done (call_id, done_at) VALUES (?, ?) ON CONFLICT (call_id) DO NOTHING",
                    [call, timestamp])
            }
            try audit(database, "followups_done", subject: kind.rawValue, counts: ["done": marked])
            return marked
        }
    }

    /// Records in the audit log that a follow-up queue was exported, with its size.
    public func recordFollowUpExport(kind: FollowUpKind, rows: Int) throws {
        try write { database in try audit(database, "export_followups", subject: kind.rawValue, counts: ["rows": rows]) }
    }

    private func followUpArguments(_ kind: FollowUpKind, campaign: String?, includeDone: Bool) throws -> [String: SQLBindable] {
        guard kind != .welcomeTasks else {
            throw StoreError.invalid(Wording("velkomstoppgavene leses med welcomeTasks()", "welcome tasks are read with welcomeTasks()"))
        }
        let codes = Outcome.allCases.filter { $0.followUp == kind }.map(\.rawValue)
        let campaignID = try campaign.map { try self.campaign(named: $0).id }
        return ["codes": ReportSQL.jsonArray(codes), "campaign": campaignID, "include_done": includeDone]
    }

    /// Per member, the latest call with one of `:codes`, unless the register settled it; columns as `followUps` reads them.
    private static func followUpQuery(_ kind: FollowUpKind) -> String {
        let settled = switch kind {
        case .paymentInfo, .alreadyPaid:
            "EXISTS (SELECT 1 FROM dues d WHERE d.member_id = m.id AND d.year = p.year AND d.status <> 'unpaid')"
        case .resignInfo, .registerUpdate:
            "m.left_register_at IS NOT NULL"
        case .wrongNumber:
            "m.phone_wrong = 0"
        case .welcomeTasks:
            "1" // refused by followUpArguments: welcome tasks are per member and step, not per call
        }
        return """
            SELECT * FROM (
                SELECT latest.call_id, m.member_number, m.first_name, m.last_name, b.name AS branch, m.phone_raw,
                       coalesce(latest.email, m.email), latest.outcome, p.name AS campaign, p.year, latest.called_at,
                       k.name AS caller, latest.note, done.done_at
                FROM (
                    SELECT c.id AS call_id, e.member_id, e.campaign_id, c.caller_id, c.outcome, c.called_at, c.note, c.email,
                           row_number() OVER (PARTITION BY e.member_id ORDER BY c.called_at DESC, c.id DESC) AS recency
                    FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                    WHERE c.outcome IN (SELECT value FROM json_each(:codes)) AND e.member_id IS NOT NULL
                      AND (:campaign IS NULL OR e.campaign_id = :campaign)
                ) latest
                JOIN members m ON m.id = latest.member_id
                JOIN campaigns p ON p.id = latest.campaign_id
                JOIN callers k ON k.id = latest.caller_id
                LEFT JOIN branches b ON b.id = m.branch_id
                LEFT JOIN followups_done done ON done.call_id = latest.call_id
                WHERE latest.recency = 1 AND NOT \(settled)
            ) f
            """
    }
}
