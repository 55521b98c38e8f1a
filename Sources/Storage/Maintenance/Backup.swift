import Foundation
import SQLite

extension Store {
    /// Writes a consistent copy of the live database to a new file (`VACUUM INTO`, which reads one snapshot while
    /// others go on writing), fsynced, mode 0600. Refuses a path that exists.
    public func backup(to path: String) throws {
        try PrivateFile.create(at: path) { temporary in
            try database.run("VACUUM INTO ?", [temporary])
        }
        try write { database in try audit(database, "backup") }
    }
}
