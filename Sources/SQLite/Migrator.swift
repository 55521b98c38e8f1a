/// Applies numbered migrations in order, each in its own `BEGIN IMMEDIATE` transaction,
/// and refuses databases whose history does not match the migrations it holds.
///
/// Migrations run with foreign keys off, so that one can rebuild a table the way SQLite documents (create the new
/// table, copy, drop the old one, rename) without the drop cascading into the tables that refer to it; each
/// migration's foreign keys are checked before it commits.
public struct Migrator: Sendable {
    /// The migrations, in version order.
    public let migrations: [Migration]

    public init(migrations: [Migration]) throws {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.version == next.version {
            throw MigrationError.duplicateVersion(next.version)
        }
        self.migrations = sorted
    }

    /// The newest version this migrator knows.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings the database up to date and returns the migrations applied now.
    @discardableResult
    public func migrate(_ database: Database) throws -> [Migration] {
        let foreignKeys: Int = try database.fetchOne("PRAGMA foreign_keys") { $0[0] } ?? 0
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { try? database.execute("PRAGMA foreign_keys = \(foreignKeys)") }
        try database.write { database in
            try database.execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    checksum TEXT NOT NULL,
                    applied_at INTEGER NOT NULL
                ) STRICT
                """)
        }
        var applied: [Migration] = []
        for migration in migrations {
            let didApply = try database.write { database -> Bool in
                let recorded = try verify(database)
                guard !recorded.contains(migration.version) else { return false }
                try database.execute(migration.sql)
                if let table = try database.fetchOne("PRAGMA foreign_key_check", [], { row -> String in row[0] }) {
                    throw MigrationError.foreignKeyViolation(fileName: migration.fileName, table: table)
                }
                try database.run(
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, unixepoch())",
                    [migration.version, migration.name, migration.checksum])
                return true
            }
            if didApply { applied.append(migration) }
        }
        return applied
    }

    /// The migrations not yet applied to `database`, after checking that what was applied is unchanged.
    public func pending(in database: Database) throws -> [Migration] {
        try database.read { database in
            guard try Self.recordsMigrations(database) else { return migrations }
            let recorded = try verify(database)
            return migrations.filter { !recorded.contains($0.version) }
        }
    }

    /// Whether `database` records this migrator's first migration as applied, with its checksum: a database these
    /// migrations made. A table of the same name made by another tool (Rails, golang-migrate) does not count.
    public func madeThis(_ database: Database) throws -> Bool {
        guard let first = migrations.first, try Self.recordsMigrations(database) else { return false }
        let columns = Set(try database.fetchAll("SELECT name FROM pragma_table_info('schema_migrations')") { $0[0] as String })
        guard columns == ["version", "name", "checksum", "applied_at"] else { return false }
        return try database.fetchOne(
            "SELECT checksum = ? FROM schema_migrations WHERE version = ?", [first.checksum, first.version]) { $0[0] as Bool } ?? false
    }

    private static func recordsMigrations(_ database: Database) throws -> Bool {
        try database.fetchOne("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'") { _ in true } ?? false
    }

    private func verify(_ database: Database) throws -> Set<Int> {
        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.version, $0) })
        let rows = try database.fetchAll("SELECT version, checksum FROM schema_migrations ORDER BY version") { row in
            (version: row[0] as Int, checksum: row[1] as String)
        }
        for row in rows {
            guard let migration = known[row.version] else {
                throw MigrationError.newerDatabase(databaseVersion: rows.last?.version ?? row.version, knownVersion: latestVersion)
            }
            guard migration.checksum == row.checksum else { throw MigrationError.edited(fileName: migration.fileName) }
        }
        return Set(rows.map(\.version))
    }
}
