import Model
import SQLite

/// How a database's schema differs from what the migrations produce: one object (table, index, trigger or view)
/// added, changed or missing.
public struct SchemaDifference: Sendable, Equatable, CustomStringConvertible {
    public enum Change: Sendable, Equatable {
        case extra, changed, missing
    }

    public let change: Change
    /// The object's type and name (`trigger spy`), as the file has it, with only printable ASCII kept.
    public let object: String

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let nb = language == .nb
        return switch change {
        case .extra: nb ? "den har en ekstra \(object)" : "it has an extra \(object)"
        case .changed: nb ? "\(object) er endret" : "its \(object) was changed"
        case .missing: nb ? "\(object) mangler" : "its \(object) is missing"
        }
    }
}

/// Compares a database's schema with what the migrations produce on an empty database, so that an object added or
/// changed outside dues (a trigger that deletes every member when a call is logged) is found before the file is used.
/// Shared by `restore`, `doctor` and `pack import`.
enum SchemaCheck {
    /// The first difference between `database`'s schema and the one `migrations` produce, or nil when they match.
    static func difference(_ database: Database, migrations: [Migration] = Schema.migrations) throws -> SchemaDifference? {
        let reference = try Database.inMemory()
        try Migrator(migrations: migrations).migrate(reference)
        let expected = try objects(of: reference)
        let actual = try objects(of: database)
        for (name, sql) in actual.sorted(by: { $0.key < $1.key }) where expected[name] != sql {
            return SchemaDifference(change: expected[name] == nil ? .extra : .changed, object: PackError.inert(name))
        }
        if let name = expected.keys.sorted().first(where: { actual[$0] == nil }) {
            return SchemaDifference(change: .missing, object: PackError.inert(name))
        }
        return nil
    }

    /// The first difference from what the migrations `database` records as applied produce: for a file that may be
    /// waiting for an upgrade.
    static func differenceFromApplied(_ database: Database) throws -> SchemaDifference? {
        let applied = Set(try database.fetchAll("SELECT version FROM schema_migrations") { $0[0] as Int })
        return try difference(database, migrations: Schema.migrations.filter { applied.contains($0.version) })
    }

    /// Every schema object (`type name` → its table and SQL), leaving out the statistics tables ANALYZE may add.
    private static func objects(of database: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        try database.forEach(
            "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"
        ) { row in
            let type: String = row[0] ?? "", name: String = row[1] ?? "", table: String = row[2] ?? ""
            result["\(type) \(name)"] = "\(table)\n\(row[3] as String? ?? "")"
        }
        return result
    }
}
