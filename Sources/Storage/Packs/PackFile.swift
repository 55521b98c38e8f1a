import Foundation
import SQLite

/// A call pack that came back from a caller's machine, opened for merging as untrusted input.
///
/// The file is copied into a private temporary folder first, so merging never changes it and works from read-only
/// media. The copy is then checked before a single row is read: SQLite's integrity check (which also finds rows that
/// break NOT NULL, CHECK and STRICT type rules), the schema brought up to this binary's migrations, the schema's SQL
/// compared with what the migrations produce (so a trigger or view added by hand is refused), and the foreign keys.
/// A sealed pack comes as `contents`, its bytes already opened in memory, and is checked the same way in memory
/// (`sqlite3_deserialize`): its plain bytes are never written to disk.
/// The connection is defensive and does not trust the schema (set by the SQLite layer), and is read-only once checked.
final class PackFile {
    let path: String
    let database: Database
    let info: PackInfo
    private let folder: URL

    init(checking path: String, contents: [UInt8]? = nil) throws {
        Leftovers.removePackCopies()
        guard contents != nil || FileManager.default.fileExists(atPath: path) else { throw PackError.noFile(path: path) }
        self.path = path
        folder = Leftovers.packFolder()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        do {
            (database, info) = try Self.open(path, contents: contents, in: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private static func open(_ path: String, contents: [UInt8]?, in folder: URL) throws -> (Database, PackInfo) {
        let copy = folder.appending(path: "pack.sqlite").path
        // A -wal beside the pack holds calls not yet written into it (the call screen is open, or was killed).
        for suffix in ["", "-wal"] where contents == nil && FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: copy + suffix)
        }
        let database: Database
        do {
            database = try contents.map { try Database(deserializing: $0) } ?? Database(path: copy)
            try database.execute("PRAGMA cell_size_check = ON")
            let problems = try database.fetchAll("PRAGMA integrity_check(20)") { $0[0] as String? ?? "" }
            if problems != ["ok"] {
                let detail = problems.prefix(3).joined(separator: "; ")
                throw problems.allSatisfy({ $0.contains("constraint") || $0.contains("NULL value") })
                    ? PackError.tampered(path: path, detail: detail) : PackError.damaged(path: path, detail: detail)
            }
        } catch let error as SQLiteError {
            throw PackError.damaged(path: path, detail: error.message)
        }
        do {
            try Schema.migrator().migrate(database)
        } catch let error as MigrationError {
            throw PackError.tampered(path: path, detail: error.description)
        } catch let error as SQLiteError {
            throw PackError.tampered(path: path, detail: error.message)
        }
        if let difference = try SchemaCheck.difference(database) {
            throw PackError.tampered(path: path, detail: difference.description)
        }
        if let dangling = try database.fetchOne("PRAGMA foreign_key_check", [], {
            (table: $0[0] as String? ?? "?", row: $0[1] as Int64? ?? 0, parent: $0[2] as String? ?? "?")
        }) {
            throw PackError.tampered(
                path: path, detail: "row \(dangling.row) of \(dangling.table) points at a \(dangling.parent) row that does not exist")
        }
        guard try Store.isPack(database, path: path) else { throw PackError.notAPack(path: path) }
        guard let info = try Store.packInfo(database) else {
            throw PackError.tampered(path: path, detail: "its pack_info row is incomplete")
        }
        try database.execute("PRAGMA query_only = ON")
        return (database, info)
    }
}
