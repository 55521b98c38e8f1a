import Foundation
import SQLite
import Model

/// Everything the database knows about one member: details, dues per year, call lists and call history.
public struct MemberProfile: Sendable, Equatable {
    /// A year's payment status and where it came from.
    public struct DuesYear: Sendable, Equatable {
        public let year: Int
        public let status: DuesStatus
        public let source: DuesSource
        public let changedAt: Date
    }

    /// A call list the member is or was on.
    public struct ListEntry: Sendable, Equatable {
        public let campaign: String
        public let kind: String
        public let year: Int
        public let status: String
        public let caller: String?
        public let attempts: Int
    }

    /// One call attempt.
    public struct Call: Sendable, Equatable {
        public let calledAt: Date
        public let campaign: String
        public let caller: String
        public let outcome: String
        public let note: String?
        public let callbackAt: Date?
        /// The welcome checklist items ticked on the call, in checklist order (empty for other calls).
        public let checklist: [WelcomeChecklistItem]
        /// When the caller confirmed sending the campaign's SMS, for calls that keep it on their row (not `welcomed`).
        public let smsSentAt: Date?
    }

    public let member: Member
    public let lastSeenAt: Date?
    public let createdAt: Date
    public let updatedAt: Date
    /// Newest year first.
    public let dues: [DuesYear]
    /// Newest campaign first.
    public let lists: [ListEntry]
    /// Oldest call first.
    public let calls: [Call]
    /// The board's welcome steps after the member's latest `welcomed` call (done, open, and whether they came to the
    /// meeting); nil when never welcomed.
    public let welcome: WelcomeTaskItem?
}

extension Store {
    /// The card of the member with the register's member number, from one snapshot; nil when unknown.
    public func memberProfile(number: String) throws -> MemberProfile? {
        try read { database in
            guard let member = try database.fetchOne(Self.memberColumns + " WHERE m.member_number = ?", [number], Self.member),
                  let times = try database.fetchOne(
                    "SELECT last_seen_at, created_at, updated_at FROM members WHERE id = ?", [member.id],
                    { (seen: $0[0] as Date?, created: $0[1] as Date, updated: $0[2] as Date) })
            else { return nil }
            let dues = try database.fetchAll(
                "SELECT year, status, source, changed_at FROM dues WHERE member_id = ? ORDER BY year DESC", [member.id]
            ) { row in
                MemberProfile.DuesYear(
                    year: row[0], status: DuesStatus(rawValue: row[1]) ?? .unpaid,
                    source: DuesSource(rawValue: row[2]) ?? .manual, changedAt: row[3])
            }
            let lists = try database.fetchAll("""
                SELECT c.name, c.kind, c.year, e.status, k.name, e.attempts
                FROM call_list_entries e JOIN campaigns c ON c.id = e.campaign_id
                LEFT JOIN callers k ON k.id = e.caller_id
                WHERE e.member_id = ? ORDER BY c.created_at DESC, c.id DESC
                """, [member.id]) { row in
                MemberProfile.ListEntry(
                    campaign: row[0], kind: row[1], year: row[2], status: row[3], caller: row[4], attempts: row[5])
            }
            let calls = try database.fetchAll("""
                SELECT l.called_at, c.name, k.name, l.outcome, l.note, l.callback_at,
                       (SELECT group_concat(item) FROM call_checklist WHERE call_id = l.id), l.sms_sent_at
                FROM call_log l JOIN call_list_entries e ON e.id = l.entry_id
                JOIN campaigns c ON c.id = e.campaign_id JOIN callers k ON k.id = l.caller_id
                WHERE e.member_id = ? ORDER BY l.called_at, l.id
                """, [member.id]) { row in
                MemberProfile.Call(
                    calledAt: row[0], campaign: row[1], caller: row[2], outcome: row[3], note: row[4], callbackAt: row[5],
                    checklist: Self.checklist(row[6]), smsSentAt: row[7])
            }
            return MemberProfile(
                member: member, lastSeenAt: times.seen, createdAt: times.created, updatedAt: times.updated,
                dues: dues, lists: lists, calls: calls,
                welcome: try welcomeTaskRows(database, campaign: nil, member: member.id).first?.item)
        }
    }
}

extension Store {
    /// The checklist items in a `group_concat` of codes, in checklist order; unknown codes are left out.
    static func checklist(_ codes: String?) -> [WelcomeChecklistItem] {
        let ticked = Set((codes ?? "").split(separator: ",").map(String.init))
        return WelcomeChecklistItem.allCases.filter { ticked.contains($0.rawValue) }
    }
}
