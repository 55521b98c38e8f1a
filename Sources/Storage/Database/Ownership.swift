import Foundation
import SQLite

extension Store {
    /// The `application_id` in the header of every dues database (and call pack): the bytes "dues".
    public static let applicationID: Int32 = 0x6475_6573

    /// Whose a SQLite file is, as its header and migration record say.
    enum Owner: Equatable {
        /// It has dues' application id.
        case dues
        /// A dues database from before the application id: its `schema_migrations` holds dues' first migration.
        case duesWithoutID
        /// A new, empty file that `create` makes a database in.
        case nobody
        /// Another program's database, or an empty SQLite database dues did not make.
        case other
    }

    /// Whose the open file is; `fresh` when it was missing or empty before it was opened.
    static func owner(of database: Database, fresh: Bool) throws -> Owner {
        let id: Int = try database.fetchOne("PRAGMA application_id") { $0[0] } ?? 0
        if id == Int(applicationID) { return .dues }
        guard id == 0 else { return .other }
        if fresh { return .nobody }
        return try Schema.migrator().madeThis(database) ? .duesWithoutID : .other
    }

    /// Refuses another program's file before anything is written to it, and marks a dues file as dues' (a new one,
    /// or one made before the application id) as the first thing written. Runs before the connection switches the
    /// file to WAL mode.
    static func claim(_ database: Database, path: String, fresh: Bool, create: Bool) throws {
        switch try owner(of: database, fresh: fresh) {
        case .dues:
            return
        case .duesWithoutID:
            try database.execute("PRAGMA application_id = \(applicationID)")
        case .nobody where create:
            try database.execute("PRAGMA application_id = \(applicationID)")
        case .nobody, .other:
            throw StoreError.foreignDatabase(path: path)
        }
    }

    /// Whether `path` is missing or empty: a file `create` may make a database in.
    static func isFresh(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) != 0 || info.st_size == 0
    }
}
