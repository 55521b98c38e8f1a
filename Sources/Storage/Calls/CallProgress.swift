import Foundation
import Model
import SQLite

/// How far a caller has come on a campaign.
public struct CallProgress: Sendable, Equatable {
    /// Calls the caller logged today (local time).
    public let doneToday: Int
    /// Open entries assigned to the caller.
    public let leftForCaller: Int
    /// Open entries in the campaign's pool, which anyone may take.
    public let leftInPool: Int
}

extension Store {
    /// The caller's progress on a campaign.
    public func progress(campaign: Campaign, caller: Caller) throws -> CallProgress {
        try read { database in
            let startOfDay = today(campaign).date(in: campaign.rules.timeZone)
            let done: Int = try database.fetchOne("""
                SELECT count(*) FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                WHERE c.caller_id = ? AND e.campaign_id = ? AND c.called_at >= ?
                """, [caller.id, campaign.id, startOfDay]) { $0[0] } ?? 0
            let open = "SELECT count(*) FROM call_list_entries WHERE campaign_id = ? AND status = 'open' AND caller_id "
            let mine: Int = try database.fetchOne(open + "= ?", [campaign.id, caller.id]) { $0[0] }!
            let pool: Int = try database.fetchOne(open + "IS NULL", [campaign.id]) { $0[0] }!
            return CallProgress(doneToday: done, leftForCaller: mine, leftInPool: pool)
        }
    }
}
