/// Why the migrator refused a database.
public enum MigrationError: Error, CustomStringConvertible, Equatable {
    /// Two migrations share a number.
    case duplicateVersion(Int)
    /// A migration recorded as applied has a different checksum from the one this binary holds.
    case edited(fileName: String)
    /// The database has migrations this binary does not know: it was made by a newer version.
    case newerDatabase(databaseVersion: Int, knownVersion: Int)
    /// A migration left rows that break foreign keys.
    case foreignKeyViolation(fileName: String, table: String)

    public var description: String {
        switch self {
        case .duplicateVersion(let version):
            "two migrations are numbered \(version)"
        case .edited(let fileName):
            "migration \(fileName) was changed after it was applied to this database; restore the original file or use the dues version that created the database"
        case .newerDatabase(let databaseVersion, let knownVersion):
            "the database has schema version \(databaseVersion), but this dues only knows up to \(knownVersion): use a newer dues"
        case .foreignKeyViolation(let fileName, let table):
            "migration \(fileName) left rows in \(table) that break a foreign key; nothing was applied"
        }
    }
}
