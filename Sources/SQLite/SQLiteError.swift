import CSQLite
import Foundation

/// An error reported by SQLite.
///
/// It carries the extended result code, SQLite's message and the SQL that failed.
/// Bound values are never included: they hold personal data.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (for example `SQLITE_CONSTRAINT_UNIQUE`).
    public let extendedCode: Int32
    /// SQLite's own message.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (for example `SQLITE_CONSTRAINT`).
    public var code: Int32 { extendedCode & 0xFF }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }
    /// A UNIQUE constraint or unique index refused the change (`SQLITE_CONSTRAINT_UNIQUE`).
    public var isUniqueViolation: Bool { extendedCode == SQLITE_CONSTRAINT | (8 << 8) }
    public var isFull: Bool { code == SQLITE_FULL }
    /// Reading or writing the file failed in the operating system.
    public var isIOError: Bool { code == SQLITE_IOERR }
    /// The file is not a database or is damaged.
    public var isCorruption: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }
    /// The file, or its folder, cannot be written.
    public var isReadOnly: Bool { code == SQLITE_READONLY }

    public var description: String {
        var text = "SQLite error \(extendedCode) (\(String(cString: sqlite3_errstr(extendedCode)))): \(message)"
        if let sql {
            let line = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            text += " — in: " + (line.count > 160 ? line.prefix(160) + "…" : line)
        }
        return text
    }
}
