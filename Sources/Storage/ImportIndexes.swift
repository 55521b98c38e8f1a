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

    /// Builds the dropped indexes again, with the text they had, so the schema ends as it began.
    func rebuild(_ database: Database) throws {
        for index in dropped {
            try database.execute(index.sql)
        }
    }
}
