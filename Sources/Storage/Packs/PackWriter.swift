import Foundation
import Model
import SQLite

/// Writes a call pack: a new database with the embedded schema, filled from the main database with only what one
/// caller needs on one campaign.
///
/// What goes in: the campaign (script and rules); the caller (name only); the entries out on the pack; their members
/// with only what the call screen shows (number, names, phone, email, branch, join date, dues per year) and the
/// retention consent the calling rules need; those members' entries on other campaigns, with those campaigns' names
/// and rules but not their scripts; every earlier call to those members (all callers, notes included: the call
/// screen shows a member's own history) with the names of the callers who made them; the party, the membership
/// office address, the payment details and the database id. Nothing else: no other members, no follow-up marks, no checklists, no audit
/// log, no callers' phone numbers, no other settings.
enum PackWriter {
    /// Writes the pack at `path` (a new file, mode 0600) from `sourcePath`, and returns how many earlier calls went in.
    ///
    /// The main database is attached and only read, in a deferred transaction (a savepoint), so this works while the
    /// caller's own connection holds the main database's write lock.
    static func write(at path: String, from sourcePath: String, info: PackInfo, entries: [Int64]) throws -> Int {
        let pack = try Database(path: path, create: true)
        try Schema.migrator().migrate(pack)
        try pack.run("ATTACH DATABASE ? AS src", [sourcePath])
        try pack.execute("PRAGMA temp_store = MEMORY")
        let calls = try pack.savepoint { pack -> Int in
            try copy(into: pack, info: info, entries: entries)
        }
        try pack.execute("DETACH DATABASE src")
        // Closing the last connection (on return) moves everything into the file and removes its -wal,
        // so the pack is one self-contained file.
        try pack.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return calls
    }

    private static func copy(into pack: Database, info: PackInfo, entries: [Int64]) throws -> Int {
        let arguments: SQLArguments = [
            "entries": "[" + entries.map(String.init).joined(separator: ",") + "]", "caller": info.callerID,
            "campaign": info.campaignID, "database": info.databaseID, "uid": info.uid, "now": info.createdAt,
        ]
        try pack.execute("""
            CREATE TEMP TABLE pack_entries (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE pack_members (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE history_entries (id INTEGER PRIMARY KEY);
            """)
        try pack.run("INSERT INTO temp.pack_entries SELECT value FROM json_each(:entries)", arguments)
        let statements = [
            """
            INSERT INTO temp.pack_members
            SELECT DISTINCT member_id FROM src.call_list_entries WHERE id IN temp.pack_entries
            """,
            """
            INSERT INTO temp.history_entries
            SELECT id FROM src.call_list_entries WHERE member_id IN temp.pack_members
            """,
            """
            INSERT INTO main.branches (id, name, name_key, created_at)
            SELECT id, name, name_key, created_at FROM src.branches
            WHERE id IN (SELECT branch_id FROM src.members WHERE id IN temp.pack_members)
            """,
            """
            INSERT INTO main.members (id, member_number, first_name, last_name, phone_raw, phone_e164, phone_kind, email,
                                      branch_id, joined_on, keep_consent, created_at, updated_at)
            SELECT id, member_number, first_name, last_name, phone_raw, phone_e164, phone_kind, email,
                   branch_id, joined_on, keep_consent, :now, :now
            FROM src.members WHERE id IN temp.pack_members
            """,
            """
            INSERT INTO main.dues_years (year, payment_deadline)
            SELECT year, payment_deadline FROM src.dues_years
            WHERE year IN (SELECT year FROM src.dues WHERE member_id IN temp.pack_members)
            """,
            """
            INSERT INTO main.dues (member_id, year, status, source, changed_at)
            SELECT member_id, year, status, source, changed_at FROM src.dues WHERE member_id IN temp.pack_members
            """,
            """
            INSERT INTO main.callers (id, name, name_key, capacity, active, created_at)
            SELECT id, name, name_key, capacity, id = :caller, created_at FROM src.callers
            WHERE id = :caller OR id IN (SELECT caller_id FROM src.call_log WHERE entry_id IN temp.history_entries)
            """,
            """
            INSERT INTO main.campaigns (id, name, kind, year, language, script, status, max_attempts,
                calling_start_minute, calling_end_minute, calling_days, time_zone, cool_down_days, claim_timeout_seconds,
                welcome_window_days, created_at, closed_at, meeting_at, meeting_place, keep_in_touch_weeks, keep_in_touch,
                sms_template)
            SELECT id, name, kind, year, language, CASE WHEN id = :campaign THEN script ELSE '' END, status, max_attempts,
                calling_start_minute, calling_end_minute, calling_days, time_zone, cool_down_days, claim_timeout_seconds,
                welcome_window_days, created_at, closed_at, meeting_at, meeting_place, keep_in_touch_weeks, keep_in_touch,
                CASE WHEN id = :campaign THEN sms_template END
            FROM src.campaigns WHERE id = :campaign
               OR id IN (SELECT campaign_id FROM src.call_list_entries WHERE id IN temp.history_entries)
            """,
            """
            INSERT INTO main.call_list_entries (id, campaign_id, member_id, caller_id, status, attempts, last_outcome,
                                                next_call_at, added_at, closed_at)
            SELECT id, campaign_id, member_id, CASE WHEN id IN temp.pack_entries THEN caller_id END, status, attempts,
                   last_outcome, next_call_at, added_at, closed_at
            FROM src.call_list_entries WHERE id IN temp.history_entries
            """,
            """
            INSERT INTO main.call_log (id, uid, entry_id, caller_id, called_at, outcome, note, callback_at, email, logged_at,
                                       sms_sent_at)
            SELECT id, uid, entry_id, caller_id, called_at, outcome, note, callback_at, email, logged_at, sms_sent_at
            FROM src.call_log WHERE entry_id IN temp.history_entries
            """,
            "DELETE FROM main.settings",
            """
            INSERT INTO main.settings (key, value)
            SELECT key, value FROM src.settings WHERE key IN ('party', 'membership_office_email', 'payment_details')
            """,
            "INSERT INTO main.settings (key, value) VALUES ('database_id', :database)",
            """
            INSERT INTO main.pack_info (id, database_id, pack_uid, campaign_id, caller_id, created_at)
            VALUES (1, :database, :uid, :campaign, :caller, :now)
            """,
        ]
        for sql in statements { try pack.run(sql, arguments) }
        return try pack.fetchOne("SELECT count(*) FROM main.call_log") { $0[0] } ?? 0
    }

    /// Moves the finished file into place without ever replacing an existing one.
    static func place(_ partial: String, at path: String) throws {
        if link(partial, path) == 0 {
            unlink(partial)
            return
        }
        let error = errno
        if error == EEXIST { throw PackError.fileExists(path: path) }
        // File systems without hard links (FAT on a memory stick): check, then rename.
        guard !FileManager.default.fileExists(atPath: path) else { throw PackError.fileExists(path: path) }
        guard rename(partial, path) == 0 else {
            let reason = Wording.systemError(errno)
            throw StoreError.invalid(Wording("kan ikke skrive \(path): \(reason.bokmal)", "cannot write \(path): \(reason.english)"))
        }
    }
}
