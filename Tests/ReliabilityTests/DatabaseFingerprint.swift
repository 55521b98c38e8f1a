import Foundation
import SQLite

/// What a database file holds, independent of how SQLite laid it out on disk: every table's rows, canonically
/// written and sorted, and the schema, hashed together.
enum DatabaseFingerprint {
    /// The SHA-256 of the canonical dump of the database at `path` (the WAL is recovered as SQLite would).
    static func contentHash(of path: String) throws -> String {
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
    static func integrity(of path: String) throws -> [String] {
        try Database(path: path).fetchAll("PRAGMA integrity_check") { $0[0] as String }
    }

    /// The number of rows in `table`.
    static func count(_ table: String, in path: String, where condition: String = "1") throws -> Int {
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

/// Plain file facts the tests compare.
enum FileFacts {
    /// The file's bytes, empty when it does not exist.
    static func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }

    /// The file's size, 0 when it does not exist.
    static func size(_ path: String) -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }

    /// Whether `path` exists.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
