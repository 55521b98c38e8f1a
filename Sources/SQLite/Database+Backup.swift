import CSQLite
import Foundation

extension Database {
    /// Replaces this connection's main database with `source`'s, page by page, in one write transaction
    /// (SQLite's online backup API). The write lock is waited for like any writer's; other connections to this file
    /// keep their snapshot until their transaction ends and then see the new content. Both must use the same page size
    /// when this one is in WAL mode.
    public func replaceContents(with source: Database) throws {
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
        }
        let deadline = Date().addingTimeInterval(Double(Self.busyTimeoutMilliseconds) / 1000)
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, -1)
            let isBusy = code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED
            guard isBusy, Date() < deadline else { break }
            usleep(20_000)
        } while true
        let finished = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finished == SQLITE_OK else {
            let failure = code == SQLITE_DONE ? finished : code
            throw SQLiteError(
                extendedCode: failure, message: "could not copy \(source.path) into \(path): \(String(cString: sqlite3_errstr(failure)))")
        }
    }
}
