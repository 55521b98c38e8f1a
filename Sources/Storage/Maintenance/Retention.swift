import Foundation
import Model
import SQLite

/// What a purge deletes (or, before it runs, what is due).
public struct PurgeCounts: Sendable, Equatable, Codable {
    /// Members who have left the register.
    public let membersLeft: Int
    /// Members unpaid past the retention deadline who have not agreed to be kept (and have not left).
    public let membersLapsed: Int
    /// Calls whose note or confirmed email is blanked: those of deleted members, and those on campaigns closed
    /// longer ago than the note retention setting.
    public let callTexts: Int

    /// Nothing is due.
    public var isEmpty: Bool { membersLeft + membersLapsed + callTexts == 0 }
}

/// What `purge` did.
public struct PurgeResult: Sendable, Equatable {
    public let counts: PurgeCounts
    /// False when `dryRun`, or when another connection kept the write-ahead log from being emptied.
    public let walTruncated: Bool
    /// The copy a restore kept (`DB.before-restore`), which still holds what was purged, deleted too (in a dry run:
    /// that would be deleted); nil when there is none.
    public let beforeRestore: String?
}

extension Store {
    /// The time zone retention dates are counted in.
    static let retentionTimeZone = TimeZone(identifier: "Europe/Oslo") ?? TimeZone(secondsFromGMT: 3600)!

    /// The members a purge deletes, found through indexes (members who left, unpaid dues of lapsed years).
    private static let doomedMembers = """
        SELECT id FROM members WHERE left_register_at IS NOT NULL
        UNION
        \(CampaignMembership.pastRetentionMembers)
        """

    /// Calls whose note or email a purge blanks, found through the index of calls that still hold text; `members`
    /// selects the ids of the members a purge deletes.
    private static func expiredTexts(of members: String) -> String {
        """
        SELECT c.id FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
        WHERE (c.note IS NOT NULL OR c.email IS NOT NULL)
          AND (e.member_id IN (\(members))
               OR e.campaign_id IN (SELECT id FROM campaigns WHERE status = 'closed' AND closed_at < :notes_before))
        """
    }

    /// What a purge would delete now; `dues status` warns when it is not empty.
    public func purgeDue() throws -> PurgeCounts {
        try read { database in try purgeCounts(database) }
    }

    /// Deletes what the law says must go, in one transaction with `secure_delete` on, then truncates the
    /// write-ahead log so the deleted text is gone from the files. Deleted members' list entries and calls stay,
    /// without the member (and without notes), so past reports keep their counts. The audit log gets counts only.
    /// The copy a restore kept of the database it replaced (`DB.before-restore`) holds everything purged since, and
    /// undoing a restore is no reason to keep it: it is deleted, with its journal files. `dryRun` only counts.
    @discardableResult
    public func purge(dryRun: Bool = false) throws -> PurgeResult {
        let copy = path + Self.beforeRestoreSuffix
        let beforeRestore = FileManager.default.fileExists(atPath: copy) ? copy : nil
        if dryRun { return PurgeResult(counts: try purgeDue(), walTruncated: false, beforeRestore: beforeRestore) }
        try database.execute("PRAGMA secure_delete = ON")
        let counts = try write { database in
            let counts = try purgeCounts(database)
            let arguments = try purgeArguments()
            try database.run(
                "UPDATE call_log SET note = NULL, email = NULL WHERE id IN (\(Self.expiredTexts(of: Self.doomedMembers)))",
                .named(arguments))
            try database.run("""
                UPDATE call_list_entries SET status = 'left_register', closed_at = :now, claimed_by = NULL, claimed_at = NULL
                WHERE status = 'open' AND member_id IN (\(Self.doomedMembers))
                """, .named(arguments))
            try database.run("DELETE FROM members WHERE id IN (\(Self.doomedMembers))", .named(arguments))
            try audit(database, "purge", counts: [
                "members_left": counts.membersLeft, "members_lapsed": counts.membersLapsed, "call_texts": counts.callTexts,
            ])
            return counts
        }
        let busy = try database.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { $0[0] as Int } ?? 1
        if let beforeRestore { PrivateFile.removeWithSidecars(beforeRestore) }
        return PurgeResult(counts: counts, walTruncated: busy == 0, beforeRestore: beforeRestore)
    }

    /// Counts in one statement that finds the doomed members once (the texts' count reads them from the same set).
    private func purgeCounts(_ database: Database) throws -> PurgeCounts {
        try database.fetchOne("""
            WITH doomed(id) AS MATERIALIZED (\(Self.doomedMembers))
            SELECT count(*) FILTER (WHERE m.left_register_at IS NOT NULL),
                   count(*) FILTER (WHERE m.left_register_at IS NULL),
                   (SELECT count(*) FROM (\(Self.expiredTexts(of: "SELECT id FROM doomed"))))
            FROM members m WHERE m.id IN doomed
            """, .named(try purgeArguments())) {
            PurgeCounts(membersLeft: $0[0], membersLapsed: $0[1], callTexts: $0[2])
        }!
    }

    private func purgeArguments() throws -> [String: SQLBindable] {
        let setting = try setting(.noteRetentionDays) ?? "365"
        guard let days = Int(setting), days >= 0 else {
            throw StoreError.invalid(Wording("innstillingen note_retention_days må være et helt antall dager, ikke '\(setting)'", "the setting note_retention_days must be a whole number of days, not '\(setting)'"))
        }
        return [
            "today": CalendarDate(now(), in: Self.retentionTimeZone).iso, "now": timestamp,
            "notes_before": timestamp - Int64(days) * 86_400,
        ]
    }
}
