import Foundation
import Model
import SQLite

/// One earlier call to a member, on any campaign.
public struct CallAttempt: Sendable, Equatable {
    public let callID: Int64
    public let uid: String
    public let at: Date
    public let caller: String
    public let campaign: String
    public let outcome: Outcome
    public let note: String?
    public let callbackAt: Date?
    public let email: String?
}

extension Store {
    /// A member's calls on every campaign, newest first.
    public func callHistory(memberID: Int64, limit: Int = 50) throws -> [CallAttempt] {
        try database.fetchAll("""
            SELECT c.id, c.uid, c.called_at, k.name, p.name, c.outcome, c.note, c.callback_at, c.email
            FROM call_list_entries e
            JOIN call_log c ON c.entry_id = e.id
            JOIN callers k ON k.id = c.caller_id
            JOIN campaigns p ON p.id = e.campaign_id
            WHERE e.member_id = ?
            ORDER BY c.called_at DESC, c.id DESC
            LIMIT ?
            """, [memberID, limit]) { row in
            CallAttempt(
                callID: row[0], uid: row[1], at: row[2], caller: row[3], campaign: row[4],
                outcome: Outcome(rawValue: row[5]) ?? .noAnswer, note: row[6], callbackAt: row[7], email: row[8])
        }
    }
}
