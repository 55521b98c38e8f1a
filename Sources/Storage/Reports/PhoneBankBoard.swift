import Foundation
import Model
import SQLite

/// What the coordinator's live view shows of one campaign: each caller's day, each branch's list, and the latest
/// outcomes. It holds no member names, notes or phone numbers.
public struct PhoneBankBoard: Sendable, Equatable, Codable {
    public struct CallerLine: Sendable, Equatable, Codable {
        public let name: String
        public let callsToday: Int
        public let reachedToday: Int
        public let willPayToday: Int
        public let lastCall: Date?
        /// Members the caller holds on the call screen right now.
        public let claimed: Int
    }

    public struct BranchLine: Sendable, Equatable, Codable {
        public let name: String
        public let onList: Int
        public let called: Int
        public let reached: Int
        public let paidSince: Int
    }

    public struct FeedLine: Sendable, Equatable, Codable {
        public let at: Date
        public let caller: String
        public let branch: String?
        public let outcome: Outcome?
    }

    /// The campaign's name.
    public let campaign: String
    public let callers: [CallerLine]
    public let branches: [BranchLine]
    public let feed: [FeedLine]
}

extension Store {
    static let reachedCodes = Outcome.allCases.filter(\.isReached).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The live view of `campaign` now, with the `feedLength` latest calls.
    public func phoneBankBoard(campaign: Campaign, feedLength: Int = 8) throws -> PhoneBankBoard {
        try read { database in
            let arguments: [String: SQLBindable] = [
                "campaign": campaign.id, "day": today(campaign).date(in: campaign.rules.timeZone), "feed": feedLength,
            ]
            let callers = try database.fetchAll("""
                WITH today AS (
                    SELECT c.caller_id, c.outcome FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                    WHERE e.campaign_id = :campaign AND c.called_at >= :day)
                SELECT k.name,
                    (SELECT count(*) FROM today t WHERE t.caller_id = k.id),
                    (SELECT count(*) FROM today t WHERE t.caller_id = k.id AND t.outcome IN (\(Self.reachedCodes))),
                    (SELECT count(*) FROM today t WHERE t.caller_id = k.id AND t.outcome = 'will_pay'),
                    (SELECT max(c.called_at) FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                     WHERE c.caller_id = k.id AND e.campaign_id = :campaign),
                    (SELECT count(*) FROM call_list_entries e WHERE e.claimed_by = k.id AND e.campaign_id = :campaign)
                FROM callers k
                WHERE k.active = 1 AND (
                    EXISTS (SELECT 1 FROM call_list_entries e WHERE e.campaign_id = :campaign
                            AND (e.caller_id = k.id OR e.claimed_by = k.id))
                    OR EXISTS (SELECT 1 FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                               WHERE c.caller_id = k.id AND e.campaign_id = :campaign)
                    OR EXISTS (SELECT 1 FROM caller_keys s WHERE s.caller_id = k.id AND s.active = 1 AND s.role = 'call'))
                ORDER BY k.name_key
                """, .named(arguments)) { row in
                PhoneBankBoard.CallerLine(
                    name: row[0], callsToday: row[1], reachedToday: row[2], willPayToday: row[3], lastCall: row[4], claimed: row[5])
            }
            let branches = try database.fetchAll("""
                SELECT coalesce(b.name, ''), count(*),
                    sum(e.attempts > 0),
                    sum(EXISTS (SELECT 1 FROM call_log c WHERE c.entry_id = e.id AND c.outcome IN (\(Self.reachedCodes)))),
                    sum(e.status = 'paid_since')
                FROM call_list_entries e LEFT JOIN members m ON m.id = e.member_id LEFT JOIN branches b ON b.id = m.branch_id
                WHERE e.campaign_id = :campaign
                GROUP BY b.id ORDER BY b.name_key
                """, .named(arguments)) { row in
                PhoneBankBoard.BranchLine(name: row[0], onList: row[1], called: row[2], reached: row[3], paidSince: row[4])
            }
            let feed = try database.fetchAll("""
                SELECT c.called_at, k.name, b.name, c.outcome
                FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id JOIN callers k ON k.id = c.caller_id
                LEFT JOIN members m ON m.id = e.member_id LEFT JOIN branches b ON b.id = m.branch_id
                WHERE e.campaign_id = :campaign ORDER BY c.called_at DESC, c.id DESC LIMIT :feed
                """, .named(arguments)) { row in
                PhoneBankBoard.FeedLine(at: row[0], caller: row[1], branch: row[2], outcome: Outcome(rawValue: row[3]))
            }
            return PhoneBankBoard(campaign: campaign.name, callers: callers, branches: branches, feed: feed)
        }
    }
}
