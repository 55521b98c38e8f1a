import CSQLite
import Foundation

/// A Swift value that can be read from a result column.
public protocol SQLColumnValue {
    /// Reads the value at `index`; `nil` when the column holds NULL or a value of another kind.
    static func read(_ statement: OpaquePointer, at index: Int32) -> Self?
}

extension Int64: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> Int64? {
        sqlite3_column_type(statement, index) == SQLITE_INTEGER ? sqlite3_column_int64(statement, index) : nil
    }
}

extension Int: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> Int? {
        Int64.read(statement, at: index).map(Int.init)
    }
}

extension Bool: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> Bool? {
        Int64.read(statement, at: index).map { $0 != 0 }
    }
}

extension Double: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> Double? {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_FLOAT, SQLITE_INTEGER: sqlite3_column_double(statement, index)
        default: nil
        }
    }
}

extension String: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> String? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL,
              let bytes = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}

extension Array: SQLColumnValue where Element == UInt8 {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> [UInt8]? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        guard count > 0, let bytes = sqlite3_column_blob(statement, index) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: bytes, count: count))
    }
}

extension Date: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> Date? {
        Int64.read(statement, at: index).map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

extension SQLValue: SQLColumnValue {
    public static func read(_ statement: OpaquePointer, at index: Int32) -> SQLValue? {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT: .text(String.read(statement, at: index) ?? "")
        case SQLITE_BLOB: .blob([UInt8].read(statement, at: index) ?? [])
        default: .null
        }
    }
}
