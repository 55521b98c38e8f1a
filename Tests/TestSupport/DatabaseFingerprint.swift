import Foundation
import SQLite

/// What a database file holds, independent of how SQLite laid it out on disk: every table's rows, canonically
/// written and sorted, and the schema, hashed together.
public enum DatabaseFingerprint {
    /// The SHA-256 of the canonical dump of the database at `path` (the WAL is recovered as SQLite would).
    public static func contentHash(of path: String) throws -> String {
        let database = try Database(path: path)
        let dump = try database.read { database in
            let schema = try database.fetchAll(
                "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name") { $0[0] as String }
            let tables = try database.fetchAll(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { $0[0] as String }
            var lines = schema
            for table in tables {
                let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                var rows = try database.fetchAll("SELECT * FROM \(quoted)") { row in
                    (0..<row.count).map { canonical(row[$0] as SQLValue?) }.joined(separator: "|")
                }
                rows.sort()
                lines.append("table \(table) \(rows.count)")
                lines += rows
            }
            return lines.joined(separator: "\n")
        }
        return SHA256.hex(dump)
    }

    /// `PRAGMA integrity_check`'s answer, one string per row ("ok" when healthy).
    public static func integrity(of path: String) throws -> [String] {
        try Database(path: path).fetchAll("PRAGMA integrity_check") { $0[0] as String }
    }

    /// The number of rows in `table`.
    public static func count(_ table: String, in path: String, where condition: String = "1") throws -> Int {
        try Database(path: path).fetchOne("SELECT count(*) FROM \(table) WHERE \(condition)") { $0[0] as Int } ?? -1
    }

    private static func canonical(_ value: SQLValue?) -> String {
        switch value ?? .null {
        case .null: "n"
        case .integer(let number): "i\(number)"
        case .real(let number): "r\(number.bitPattern)"
        case .text(let text): "t" + text.unicodeScalars.map { $0 == "|" || $0 == "\\" || $0 == "\n" ? "\\\($0.value)" : String($0) }.joined()
        case .blob(let bytes): "b" + bytes.map { String($0, radix: 16) }.joined(separator: ".")
        }
    }
}
