import Foundation
import Model
import SQLite

/// What a split did.
public struct SplitSummary: Sendable, Equatable {
    public struct Share: Sendable, Equatable {
        public let caller: String
        /// Open entries the caller now has.
        public let entries: Int
        /// How many members the caller said they can take.
        public let capacity: Int

        /// The caller has more open entries than their capacity.
        public var isOverCapacity: Bool { entries > capacity }
    }

    public let shares: [Share]
    /// Entries that changed hands.
    public let moved: Int
    /// Entries newly put on the list before splitting.
    public let added: Int
}

extension Store {
    /// Splits a campaign's open entries among callers by a strategy, in one transaction.
    /// Households stay together; entries with a call logged stay with their caller unless `rebalance`;
    /// entries out on a call pack always stay with theirs.
    @discardableResult
    public func split(campaign name: String, callers names: [String], strategy: SplitStrategy, rebalance: Bool = false) throws -> SplitSummary {
        guard !names.isEmpty else { throw StoreError.invalid(Wording("nevn minst én ringer å fordele på", "name at least one caller to split among")) }
        return try write { database in
            let campaign = try campaign(named: name)
            guard campaign.isOpen else { throw StoreError.conflict(Wording("kampanjen \(name) er avsluttet", "campaign \(name) is closed")) }
            let callers = try names.map { try caller(named: $0) }
            guard Set(callers.map(\.id)).count == callers.count else { throw StoreError.invalid(Wording("en ringer er nevnt to ganger", "a caller is named twice")) }
            let added = try addEligibleMembers(database, campaign)
            var entryOfMember: [Int64: (entry: Int64, caller: Int64?)] = [:]
            var entries: [SplitEntry] = []
            try database.forEach("""
                SELECT e.id, e.member_id, coalesce(m.phone_e164, 'member:' || m.id), b.name, e.caller_id, e.attempts > 0
                FROM call_list_entries e JOIN members m ON m.id = e.member_id LEFT JOIN branches b ON b.id = m.branch_id
                WHERE e.campaign_id = ? AND e.status = 'open' AND e.pack_id IS NULL
                """, [campaign.id]) { row in
                let member: Int64 = row[1]
                entryOfMember[member] = (row[0], row[4])
                entries.append(SplitEntry(memberID: member, household: row[2], branch: row[3], currentCaller: row[4], hasCalls: row[5]))
            }
            let plan = SplitPlanner.plan(
                entries: entries, callers: callers.map { SplitCaller(id: $0.id, branch: $0.branch, capacity: $0.capacity) },
                strategy: strategy, rebalance: rebalance)
            let moved = try moveEntries(database, plan: plan, entryOfMember: entryOfMember)
            let shares = try callers.map { caller in
                SplitSummary.Share(caller: caller.name, entries: try database.fetchOne(
                    "SELECT count(*) FROM call_list_entries WHERE campaign_id = ? AND caller_id = ? AND status = 'open'",
                    [campaign.id, caller.id]) { $0[0] } ?? 0, capacity: caller.capacity)
            }
            try audit(database, "split", subject: name, counts: ["moved": moved, "added": added, "callers": callers.count])
            return SplitSummary(shares: shares, moved: moved, added: added)
        }
    }

    /// Gives each planned entry its caller: the entries that change hands go into a temporary table, and one
    /// UPDATE, driven by that table's ids (not a scan of every entry), moves them all, instead of one UPDATE
    /// statement per entry. Returns how many moved.
    private func moveEntries(
        _ database: Database, plan: [Int64: Int64], entryOfMember: [Int64: (entry: Int64, caller: Int64?)]
    ) throws -> Int {
        var moves: [(entry: Int64, caller: Int64)] = []
        for (member, callerID) in plan {
            guard let entry = entryOfMember[member], entry.caller != callerID else { continue }
            moves.append((entry.entry, callerID))
        }
        guard !moves.isEmpty else { return 0 }
        moves.sort { $0.entry < $1.entry }
        try database.execute("""
            DROP TABLE IF EXISTS temp.split_moves;
            CREATE TEMP TABLE split_moves (entry_id INTEGER PRIMARY KEY, caller_id INTEGER NOT NULL)
            """)
        defer { try? database.execute("DROP TABLE temp.split_moves") }
        let insert = try database.prepare("INSERT INTO temp.split_moves (entry_id, caller_id) VALUES (?, ?)")
        for move in moves {
            try insert.bind(move.entry, at: 1)
            try insert.bind(move.caller, at: 2)
            try insert.run()
        }
        try database.run("""
            UPDATE call_list_entries SET caller_id = moves.caller_id
            FROM temp.split_moves AS moves WHERE call_list_entries.id = moves.entry_id
            """)
        return moves.count
    }

    /// Moves a caller's open entries on a campaign to another caller; returns how many moved.
    /// Entries out on a call pack stay unless `force` takes them back from the pack (its calls still merge later).
    @discardableResult
    public func reassign(
        campaign name: String, from source: String, to target: String, onlyUntouched: Bool = false, force: Bool = false
    ) throws -> Int {
        try write { database in
            let campaign = try campaign(named: name)
            let from = try caller(named: source), to = try caller(named: target)
            guard from.id != to.id else { throw StoreError.invalid(Wording("reassign trenger to forskjellige ringere", "reassign needs two different callers")) }
            let moved = try database.run("""
                UPDATE call_list_entries SET caller_id = :to, claimed_by = NULL, claimed_at = NULL, pack_id = NULL
                WHERE campaign_id = :campaign AND caller_id = :from AND status = 'open' AND (:untouched = 0 OR attempts = 0)
                  AND (pack_id IS NULL OR :force)
                """, ["to": to.id, "from": from.id, "campaign": campaign.id, "untouched": onlyUntouched, "force": force])
            try releaseClaims(database, callerID: from.id, campaignID: campaign.id)
            try audit(database, "reassign", subject: name, counts: ["moved": moved])
            return moved
        }
    }

    /// Puts a caller's open entries on a campaign back in its pool; returns how many.
    /// Entries out on a call pack stay unless `force` takes them back from the pack.
    @discardableResult
    public func release(campaign name: String, caller callerName: String, force: Bool = false) throws -> Int {
        try write { database in
            let campaign = try campaign(named: name)
            let caller = try caller(named: callerName)
            let released = try database.run("""
                UPDATE call_list_entries SET caller_id = NULL, claimed_by = NULL, claimed_at = NULL, pack_id = NULL
                WHERE campaign_id = :campaign AND caller_id = :caller AND status = 'open' AND (pack_id IS NULL OR :force)
                """, ["campaign": campaign.id, "caller": caller.id, "force": force])
            try releaseClaims(database, callerID: caller.id, campaignID: campaign.id)
            try audit(database, "release", subject: name, counts: ["released": released])
            return released
        }
    }

    /// Removes a caller: their open entries on every campaign go back to the pools, taken back from any call pack
    /// they hold (its calls still merge later). History keeps their name.
    @discardableResult
    public func removeCaller(named name: String) throws -> Int {
        try write { database in
            let caller = try caller(named: name)
            let released = try database.run("""
                UPDATE call_list_entries SET caller_id = NULL, claimed_by = NULL, claimed_at = NULL, pack_id = NULL
                WHERE caller_id = ? AND status = 'open'
                """, [caller.id])
            try releaseClaims(database, callerID: caller.id, campaignID: nil)
            try database.run("UPDATE callers SET active = 0 WHERE id = ?", [caller.id])
            _ = try deactivateKeys(database, callerID: caller.id)
            try audit(database, "caller_remove", counts: ["released": released])
            return released
        }
    }

    private func releaseClaims(_ database: Database, callerID: Int64, campaignID: Int64?) throws {
        try database.run("""
            UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL
            WHERE claimed_by = :caller AND (:campaign IS NULL OR campaign_id = :campaign)
            """, ["caller": callerID, "campaign": campaignID])
    }
}
