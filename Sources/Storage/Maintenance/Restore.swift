import Foundation
import Model
import SQLite

/// What `restore` did.
public struct RestoreResult: Sendable, Equatable {
    /// Schema upgrades applied to the backup before it went live.
    public let migrationsApplied: Int
    /// The copy of the database the restore replaced (mode 0600), if there was one.
    public let beforeRestore: String?
    /// Members in the restored database.
    public let members: Int
}

extension Store {
    /// The suffix of the copy kept of a database a restore replaces.
    public static let beforeRestoreSuffix = ".before-restore"

    /// Makes the backup at `source` the database at `path`, after checking it.
    ///
    /// The backup is copied to a private staging file (the backup itself is never opened for writing) and checked
    /// there: `integrity_check`, `foreign_key_check`, a dues database whose applied migrations this binary knows, whose
    /// tables, indexes, triggers and views are exactly what those migrations make (`SchemaCheck`), from the same
    /// database (same `database_id`) unless `allowOtherDatabase`. Older schemas are upgraded there.
    /// When a database is live at `path`, a consistent copy of it is kept as `path.before-restore` (refused if that
    /// exists), and its content is then replaced through SQLite's backup API in one write transaction: the write-ahead
    /// log and connections other processes hold stay valid, and they see the restored data at their next transaction.
    /// Renaming the file over the live one instead would leave them writing to the old, unlinked file.
    public static func restore(
        from source: String, into path: String, allowOtherDatabase: Bool = false,
        now: @escaping () -> Date = SystemClock.now, actor: String = Store.defaultActor
    ) throws -> RestoreResult {
        try requireSQLite()
        try refuseNonFile(source, create: false)
        Leftovers.removeRestoreCopies(of: path)
        let staging = Leftovers.restoreCopy(for: path)
        try PrivateFile.copy(source, to: staging)
        defer { PrivateFile.removeWithSidecars(staging) }
        let applied: Int
        let beforeRestore: String?
        do {
            let staged = try checkedBackup(staging, source: source)
            applied = try Schema.migrator().migrate(staged).count
            if FileManager.default.fileExists(atPath: path) {
                let live = try Database(path: path) { try refuseOther($0, path: path) }
                if !allowOtherDatabase { try refuseOtherDatabase(staged, live: live, source: source, path: path) }
                let copy = path + beforeRestoreSuffix
                try PrivateFile.refuseExisting(copy)
                try PrivateFile.create(at: copy) { temporary in try live.run("VACUUM INTO ?", [temporary]) }
                try live.replaceContents(with: staged)
                _ = try? live.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { $0[0] as Int }
                beforeRestore = copy
            } else {
                try PrivateFile.create(at: path) { temporary in try staged.run("VACUUM INTO ?", [temporary]) }
                beforeRestore = nil
            }
        }
        let store = try Store.open(at: path, now: now, actor: actor)
        return try store.write { database in
            // Claims in a backup belong to call sessions of another moment; a session still running gets a clean
            // "no longer held" at its next write instead of logging over the restored data.
            try database.run("UPDATE call_list_entries SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by IS NOT NULL")
            let members: Int = try database.fetchOne("SELECT count(*) FROM members") { $0[0] } ?? 0
            try store.audit(database, "restore", counts: ["members": members, "migrations_applied": applied])
            return RestoreResult(migrationsApplied: applied, beforeRestore: beforeRestore, members: members)
        }
    }

    /// Opens the staged copy and checks that it is a whole, consistent dues database this binary accepts.
    private static func checkedBackup(_ staging: String, source: String) throws -> Database {
        let staged: Database
        do {
            staged = try Database(path: staging) { try refuseOther($0, path: source) }
            let integrity = try staged.fetchAll("PRAGMA integrity_check") { $0[0] as String }
            guard integrity == ["ok"] else {
                throw StoreError.invalid(Wording("\(source) besto ikke integritetssjekken: \(integrity.prefix(3).joined(separator: "; "))", "\(source) failed the integrity check: \(integrity.prefix(3).joined(separator: "; "))"))
            }
        } catch let error as SQLiteError where error.isCorruption {
            throw StoreError.unreadable(path: source, detail: error.message)
        }
        if try isPack(staged, path: source) { throw StoreError.invalid(Wording("\(source) er en ringepakke, ikke en sikkerhetskopi av en dues-database", "\(source) is a call pack, not a backup of a dues database")) }
        guard try staged.fetchOne("SELECT value FROM settings WHERE key = 'database_id'", [], { $0[0] as String }) != nil
        else { throw StoreError.invalid(Wording("\(source) er en dues-database uten sin database-id", "\(source) is a dues database without its database id")) }
        _ = try Schema.migrator().pending(in: staged)
        // Before the upgrade runs on it: an added trigger would fire in the migrations.
        if let difference = try SchemaCheck.differenceFromApplied(staged) {
            throw StoreError.schemaDiffers(path: source, difference: difference)
        }
        if let table = try staged.fetchOne("PRAGMA foreign_key_check", [], { $0[0] as String }) {
            throw StoreError.invalid(Wording("\(source) har rader i \(table) som peker på poster som mangler", "\(source) has rows in \(table) that point to missing records"))
        }
        return staged
    }

    /// Refuses, before anything is written to it, a file that is not a dues database (by its application id).
    private static func refuseOther(_ database: Database, path: String) throws {
        if try owner(of: database, fresh: false) == .other { throw StoreError.foreignDatabase(path: path) }
    }

    private static func refuseOtherDatabase(_ staged: Database, live: Database, source: String, path: String) throws {
        let query = "SELECT value FROM settings WHERE key = 'database_id'"
        let backupID: String? = try staged.fetchOne(query) { $0[0] }
        let liveID: String? = try? live.fetchOne(query) { $0[0] }
        if let liveID, backupID != liveID {
            throw StoreError.conflict(
                Wording("\(source) er en sikkerhetskopi av en annen database enn \(path); gi --other-database for å erstatte den likevel", "\(source) is a backup of another database than \(path); pass --other-database to replace it anyway"))
        }
    }
}
