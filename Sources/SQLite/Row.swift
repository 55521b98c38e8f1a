import CSQLite

/// The current row of a statement, read by column position or name.
public struct Row {
    @usableFromInline let statement: OpaquePointer

    /// The number of columns.
    public var count: Int { Int(sqlite3_column_count(statement)) }

    /// Whether the column at `index` holds NULL.
    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL
    }

    /// The value at `index`, or `nil` for NULL. Inlinable, like the next, so that a caller reading millions of rows
    /// calls its type's `read` directly instead of through the protocol.
    @inlinable
    public subscript<T: SQLColumnValue>(_ index: Int) -> T? {
        T.read(statement, at: Int32(index))
    }

    /// The value at `index`. The schema guarantees the column is not NULL; reading NULL is a programming error.
    @inlinable
    public subscript<T: SQLColumnValue>(_ index: Int) -> T {
        guard let value = T.read(statement, at: Int32(index)) else {
            preconditionFailure("column \(index) (\(name(at: index))) is NULL or not a \(T.self)")
        }
        return value
    }

    /// The value of the column named `name`, or `nil` for NULL or an unknown name.
    public subscript<T: SQLColumnValue>(_ name: String) -> T? {
        (0..<count).first { self.name(at: $0) == name }.flatMap { T.read(statement, at: Int32($0)) }
    }

    /// The name of the column at `index`.
    public func name(at index: Int) -> String {
        sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? ""
    }
}
