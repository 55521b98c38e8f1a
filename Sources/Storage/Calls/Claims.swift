import Foundation
import Model
import SQLite

/// A call-list entry held by one caller, with what the call screen shows about the member.
public struct ClaimedEntry: Sendable, Equatable {
    public let entryID: Int64
    public let member: Member
    /// Calls already made on this entry.
    public let attempts: Int
    /// The outcome of the last call on this entry, if any (a `callback` means the member asked for this call).
    public let lastOutcome: Outcome?
    /// When the entry became due, for retries and callbacks.
    public let dueAt: Date?
    /// The caller's hold on the entry, shown again when an outcome is logged.
    public var claim: ClaimStamp
}

/// What `claimNext` found.
public enum ClaimResult: Sendable, Equatable {
    /// The next member to call, now held by the caller.
    case claimed(ClaimedEntry)
    /// Outside the campaign's calling hours; they open again at this time.
    case outsideHours(opensAt: Date)
    /// Nothing is due for this caller; the next retry or callback falls due at this time, if any.
    case nothingDue(nextDueAt: Date?)
}

extension Store {
    /// How many members one claim takes from the pool at a time.
    public static let claimBatchSize = 3

    /// A caller's claims are marked active again at most this often (seconds), so a step rarely rewrites them;
    /// against a 30-minute claim timeout the difference does not matter.
    static let claimRefreshInterval: Int64 = 300

    /// Gives `caller` the next member to call on `campaign`, atomically, so no member is ever handed to two callers.
    ///
    /// The caller's own held entries come first (so a restart resumes where it left off), then entries assigned to
    /// the caller, then the campaign's pool, each with due callbacks and retries before fresh entries.
    /// Claims idle for the campaign's claim timeout return to the pool. Entries in `skipping` are passed over, and so
    /// are entries out on a call pack: their caller works them on their own machine.
    public func claimNext(campaign: Campaign, caller: Caller, skipping: Set<Int64> = []) throws -> ClaimResult {
        try write { database in
            guard campaign.isOpen else { throw StoreError.conflict(Wording("kampanjen \(campaign.name) er avsluttet", "campaign \(campaign.name) is closed")) }
            let moment = now()
            let stamp = timestamp
            let arguments: [String: SQLBindable] = [
                "campaign": campaign.id, "caller": caller.id, "now": stamp, "today": today(campaign).iso,
                "stale": stamp - Int64(campaign.rules.claimTimeout), "fresh": stamp - Self.claimRefreshInterval,
                "skipping": Self.jsonArray(skipping),
                "batch": Self.claimBatchSize,
            ]
            try database.run("""
                UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL
                WHERE claimed_by IS NOT NULL AND claimed_at < :stale AND campaign_id = :campaign
                """, .named(arguments))
            try database.run("""
                UPDATE call_list_entries SET claimed_at = :now
                WHERE claimed_by = :caller AND campaign_id = :campaign AND claimed_at < :fresh
                """, .named(arguments))
            if !campaign.rules.isInsideHours(moment) {
                return .outsideHours(opensAt: campaign.rules.nextOpening(from: moment))
            }
            if let held = try heldEntry(database, arguments) { return .claimed(held) }
            for owner in ["e.caller_id = :caller", "e.caller_id IS NULL"] {
                for due in ["e.next_call_at <= :now ORDER BY e.next_call_at, e.id", "e.next_call_at IS NULL ORDER BY e.id"] {
                    let picked = try database.fetchAll("""
                        SELECT e.id, m.phone_e164 FROM call_list_entries e JOIN members m ON m.id = e.member_id
                        WHERE e.campaign_id = :campaign AND e.status = 'open' AND \(owner) AND e.claimed_by IS NULL
                          AND e.pack_id IS NULL
                          AND e.id NOT IN (SELECT value FROM json_each(:skipping))
                          AND \(CampaignMembership.callable) AND \(due)
                        LIMIT :batch
                        """, .named(arguments)) { (id: $0[0] as Int64, phone: $0[1] as String?) }
                    for entry in picked { try claim(database, entry.id, phone: entry.phone, arguments) }
                    if let held = try heldEntry(database, arguments) { return .claimed(held) }
                }
            }
            let nextDue = try database.fetchOne("""
                SELECT min(due) FROM (
                    SELECT min(next_call_at) AS due FROM call_list_entries
                    WHERE campaign_id = :campaign AND status = 'open' AND caller_id = :caller AND next_call_at > :now
                      AND pack_id IS NULL
                    UNION ALL
                    SELECT min(next_call_at) FROM call_list_entries
                    WHERE campaign_id = :campaign AND status = 'open' AND caller_id IS NULL AND next_call_at > :now
                      AND pack_id IS NULL)
                """, .named(arguments)) { $0[0] as Date? } ?? nil
            return .nothingDue(nextDueAt: nextDue)
        }
    }

    /// Claims an entry and the open, unclaimed entries of the same household (same number) on the campaign.
    private func claim(_ database: Database, _ entryID: Int64, phone: String?, _ arguments: [String: SQLBindable]) throws {
        var values = arguments
        values["entry"] = entryID
        values["phone"] = phone
        try database.run("""
            UPDATE call_list_entries SET claimed_by = :caller, claimed_at = :now
            WHERE id IN (
                SELECT :entry UNION
                SELECT e.id FROM members m CROSS JOIN call_list_entries e ON e.member_id = m.id AND e.campaign_id = :campaign
                WHERE m.phone_e164 = :phone)
              AND claimed_by IS NULL AND status = 'open'
            """, .named(values))
    }

    private func heldEntry(_ database: Database, _ arguments: [String: SQLBindable]) throws -> ClaimedEntry? {
        guard let row = try database.fetchOne("""
            SELECT e.id, e.member_id, e.attempts, e.last_outcome, e.next_call_at
            FROM call_list_entries e
            WHERE e.claimed_by = :caller AND e.campaign_id = :campaign AND e.status = 'open' AND e.pack_id IS NULL
              AND e.id NOT IN (SELECT value FROM json_each(:skipping))
            ORDER BY e.next_call_at IS NULL, e.next_call_at, e.id
            LIMIT 1
            """, .named(arguments), { (entry: $0[0] as Int64, member: $0[1] as Int64, attempts: $0[2] as Int,
                                       outcome: $0[3] as String?, due: $0[4] as Date?) }) else { return nil }
        let member = try database.fetchOne(Self.memberColumns + " WHERE m.id = ?", [row.member], Self.member)!
        // Stamped anew as it is handed out, so that of two sessions of one caller only the newer can log it.
        let stamp = arguments["now"] as! Int64
        try database.run("UPDATE call_list_entries SET claimed_at = ? WHERE id = ?", [stamp, row.entry])
        return ClaimedEntry(
            entryID: row.entry, member: member, attempts: row.attempts,
            lastOutcome: row.outcome.flatMap(Outcome.init(rawValue:)), dueAt: row.due,
            claim: ClaimStamp(callerID: arguments["caller"] as! Int64, claimedAt: stamp))
    }

    /// Lets go of an entry the caller holds, so others may call the member (skip). With `claim`, only that very
    /// hold is let go: a session whose claim was lost does not release the member from the session that has it now.
    public func releaseClaim(entryID: Int64, caller: Caller, claim: ClaimStamp? = nil) throws {
        try write { database in
            try database.run("""
                UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL
                WHERE id = ? AND claimed_by = ? AND (? IS NULL OR claimed_at = ?)
                """, [entryID, caller.id, claim?.claimedAt, claim?.claimedAt])
        }
    }

    static func jsonArray(_ ids: Set<Int64>) -> String {
        "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
    }
}

extension Store {
    /// The entry for a member (by register number) on a campaign's list.
    public func entry(campaign: Campaign, memberNumber: String) throws -> (entryID: Int64, member: Member) {
        guard let member = try member(number: memberNumber) else { throw StoreError.notFound(kind: "member", name: memberNumber) }
        guard let entryID: Int64 = try database.fetchOne(
            "SELECT id FROM call_list_entries WHERE campaign_id = ? AND member_id = ?", [campaign.id, member.id], { $0[0] })
        else {
            throw StoreError.conflict(Wording("medlem \(memberNumber) står ikke på lista til \(campaign.name)", "member \(memberNumber) is not on the list of \(campaign.name)"))
        }
        return (entryID, member)
    }
}
