import Foundation
import SQLite

/// Which caller holds an entry, and since when: the proof a call session shows when it records an outcome.
///
/// A claim that timed out, was released, reassigned, restored over or handed to another session gets a new stamp
/// (or none), so a session holding an old stamp can no longer write.
public struct ClaimStamp: Sendable, Equatable {
    public let callerID: Int64
    /// `claimed_at` as stored, compared exactly.
    let claimedAt: Int64
}

extension Store {
    /// Checks, inside the writer's transaction, that an entry is still open and, with `claim`, still held under
    /// exactly that stamp. Without a stamp (a call entered from paper), the entry must not be held by a live call
    /// session of another caller.
    func checkClaim(
        _ database: Database, entryID: Int64, callerID: Int64, claim: ClaimStamp?, timeout: TimeInterval
    ) throws {
        guard let entry = try database.fetchOne("""
            SELECT e.status, e.claimed_by, e.claimed_at, c.name, m.member_number
            FROM call_list_entries e LEFT JOIN callers c ON c.id = e.claimed_by LEFT JOIN members m ON m.id = e.member_id
            WHERE e.id = ?
            """, [entryID], { (status: $0[0] as String, by: $0[1] as Int64?, at: $0[2] as Int64?, name: $0[3] as String?,
                               member: $0[4] as String?) })
        else { throw StoreError.notFound(kind: "call-list entry", name: String(entryID)) }
        if let claim {
            guard claim.callerID == callerID, entry.by == claim.callerID, entry.at == claim.claimedAt,
                  entry.status == "open"
            else { throw StoreError.claimLost(takenBy: entry.status == "open" ? entry.name : nil) }
            return
        }
        guard entry.status == "open" else {
            throw StoreError.entryClosed(member: entry.member ?? String(entryID), status: entry.status)
        }
        if let by = entry.by, by != callerID, let at = entry.at, at >= timestamp - Int64(timeout) {
            throw StoreError.heldByCaller(member: entry.member ?? String(entryID), caller: entry.name ?? String(by))
        }
    }
}
