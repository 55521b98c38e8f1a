import SQLite

/// Why a caller's entries on a campaign were not moved by `reassign` or `release`: what is left with them, by reason.
public struct UnmovedEntries: Sendable, Equatable {
    /// Open entries out on a call pack (moved only with `force`).
    public let onPack: Int
    /// Open entries with a call logged (left by `onlyUntouched`).
    public let called: Int
    /// Entries of the caller's that are closed: nothing to move.
    public let closed: Int
}

extension Store {
    /// What `caller` still holds on `campaign` after a reassign or release, by the reason it stayed.
    public func unmovedEntries(campaign name: String, caller callerName: String) throws -> UnmovedEntries {
        let campaign = try campaign(named: name)
        let caller = try caller(named: callerName)
        return try read { database in
            try database.fetchOne("""
                SELECT count(*) FILTER (WHERE status = 'open' AND pack_id IS NOT NULL),
                       count(*) FILTER (WHERE status = 'open' AND pack_id IS NULL AND attempts > 0),
                       count(*) FILTER (WHERE status <> 'open')
                FROM call_list_entries WHERE campaign_id = ? AND caller_id = ?
                """, [campaign.id, caller.id]) { UnmovedEntries(onPack: $0[0], called: $0[1], closed: $0[2]) }!
        }
    }
}
