import SQLite

/// The schema, as embedded from `Migrations/` at build time.
public enum Schema {
    /// The embedded migrations, in order.
    public static var migrations: [Migration] { EmbeddedMigrations.all }

    /// A migrator over the embedded migrations.
    public static func migrator() throws -> Migrator {
        try Migrator(migrations: EmbeddedMigrations.all)
    }
}
