import SQLite

extension Store {
    /// The oldest SQLite the schema works with: it uses STRICT tables and `unixepoch()` (3.38.0).
    public static let minimumSQLite: (number: Int32, text: String) = (3_038_000, "3.38.0")

    /// Refuses a SQLite library older than `minimumSQLite`, before any file is opened with it.
    static func requireSQLite(_ linked: (number: Int32, text: String) = Database.libraryVersion) throws {
        guard linked.number >= minimumSQLite.number else {
            throw StoreError.sqliteTooOld(found: linked.text, needed: minimumSQLite.text)
        }
    }
}
