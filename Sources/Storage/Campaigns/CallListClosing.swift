import SQLite

extension Store {
    /// Closes a now-paid member's open entries in the dues campaigns of `year` as `paid_since`, inside the caller's
    /// transaction. Returns how many entries closed and whether the member had said `will_pay` on one of their calls.
    func closeEntriesAsPaid(_ database: Database, memberID: Int64, year: Int) throws -> (closed: Int, promised: Bool) {
        let promised = try database.fetchOne("""
            SELECT EXISTS (
                SELECT 1 FROM call_list_entries e
                JOIN campaigns c ON c.id = e.campaign_id AND c.kind = 'dues' AND c.year = ?2
                JOIN call_log l ON l.entry_id = e.id AND l.outcome = 'will_pay'
                WHERE e.member_id = ?1)
            """, [memberID, year]) { $0[0] as Bool } ?? false
        let closed = try database.run("""
            UPDATE call_list_entries SET status = 'paid_since', closed_at = ?3, claimed_by = NULL, claimed_at = NULL
            WHERE member_id = ?1 AND status = 'open'
              AND campaign_id IN (SELECT id FROM campaigns WHERE kind = 'dues' AND year = ?2)
            """, [memberID, year, timestamp])
        return (closed, promised)
    }

    /// Reopens entries that a paid mark closed, in the open dues campaigns of `year`, when the mark is taken back.
    func reopenEntriesClosedAsPaid(_ database: Database, memberID: Int64, year: Int) throws -> Int {
        try database.run("""
            UPDATE call_list_entries SET status = 'open', closed_at = NULL
            WHERE member_id = ?1 AND status = 'paid_since'
              AND campaign_id IN (SELECT id FROM campaigns WHERE kind = 'dues' AND year = ?2 AND status = 'open')
            """, [memberID, year])
    }

    /// Takes a member who left the register off every open call list. Returns how many entries closed.
    func closeEntriesAsLeft(_ database: Database, memberID: Int64) throws -> Int {
        try database.run("""
            UPDATE call_list_entries SET status = 'left_register', closed_at = ?2, claimed_by = NULL, claimed_at = NULL
            WHERE member_id = ?1 AND status = 'open'
            """, [memberID, timestamp])
    }
}
