import SQLite

extension Store {
    /// Lets go of every entry `caller` holds on `campaign` except `entryID`, which stays held so the caller's next
    /// session resumes on it (nil releases them all). Returns how many were released.
    @discardableResult
    public func releaseOtherClaims(campaign: Campaign, caller: Caller, keeping entryID: Int64?) throws -> Int {
        try write { database in
            try database.run("""
                UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL
                WHERE campaign_id = ? AND claimed_by = ? AND id IS NOT ?
                """, [campaign.id, caller.id, entryID])
        }
    }
}
