import SQLite

/// The secondary indexes of the tables an import fills, dropped for an import into a (nearly) empty register and
/// built again before it ends, inside its transaction: sorting a million rows once is much faster than a million
/// random inserts into each index. The member number's unique index stays, so every row is still looked up and a
/// number on two rows is still found at the second.
struct ImportIndexes {
    /// Below this many members an import rebuilds the indexes; above it, the ones there are maintained row by row.
    static let rebuildBelowMembers = 10_000

    /// The dropped indexes' names and their exact `CREATE INDEX` text, as the schema holds it.
    private let dropped: [(name: String, sql: String)]

    /// Drops the indexes when the register is small enough; does nothing otherwise.
    init(_ database: Database) throws {
        let members = try database.fetchOne(
            "SELECT count(*) FROM (SELECT 1 FROM members LIMIT ?)", [Self.rebuildBelowMembers]) { $0[0] as Int } ?? 0
        guard members < Self.rebuildBelowMembers else {
            dropped = []
            return
        }
        dropped = try database.fetchAll("""
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND tbl_name IN ('members', 'dues') AND sql IS NOT NULL AND name <> 'members_number'
            ORDER BY name
            """) { (name: $0[0] as String, sql: $0[1] as String) }
        for index in dropped {
            try database.execute("DROP INDEX \"\(index.name)\"")
        }
    }

    /// The page cache, in KiB, while the indexes are built. SQLite's sorter cuts its input into runs the size of the
    /// cache and sorts each on a helper thread (`PRAGMA threads`) while the scan goes on, so small runs keep both cores
    /// busy: a million members' indexes took 2.1 s instead of 2.7 s with a 16 MiB cache.
    static let sortCacheKiB = 4_096

    /// Builds the dropped indexes again, with the text they had, so the schema ends as it began. Leaves the page cache
    /// at `sortCacheKiB` when there were any; the import sets it back.
    func rebuild(_ database: Database) throws {
        guard !dropped.isEmpty else { return }
        try database.execute("PRAGMA cache_size = -\(Self.sortCacheKiB)")
        for index in dropped {
            try database.execute(index.sql)
        }
    }
}
