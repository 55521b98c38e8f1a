import CSQLite

/// A prepared statement. Bind values by position or by name, then step through its rows.
///
/// A statement belongs to the ``Database`` that prepared it and must not outlive it.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL text the statement was prepared from.
    public let sql: String
    private let database: OpaquePointer
    var isInUse = false

    init(database: OpaquePointer, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(database, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw SQLiteError(
                extendedCode: sqlite3_extended_errcode(database),
                message: String(cString: sqlite3_errmsg(database)),
                sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// The number of parameters the statement takes.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The number of columns in each result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// Resets the statement and binds `values` to its parameters by position.
    public func bind(_ values: [SQLBindable]) throws {
        reset()
        guard values.count == parameterCount else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE,
                message: "expected \(parameterCount) arguments, got \(values.count)",
                sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value.sqlValue, at: Int32(offset + 1))
        }
    }

    /// Resets the statement and binds values to its named parameters (`:name`, `@name` or `$name`; keys may omit the
    /// prefix). Every parameter must get a value; keys the statement does not use are ignored, so one set of values
    /// can serve several statements.
    public func bind(named values: [String: SQLBindable]) throws {
        reset()
        for index in stride(from: Int32(1), through: Int32(parameterCount), by: 1) {
            guard let cName = sqlite3_bind_parameter_name(handle, index) else {
                throw SQLiteError(extendedCode: SQLITE_RANGE, message: "parameter \(index) has no name", sql: sql)
            }
            let name = String(cString: cName)
            guard let value = values[name] ?? values[String(name.dropFirst())] else {
                throw SQLiteError(extendedCode: SQLITE_RANGE, message: "no value for parameter \(name)", sql: sql)
            }
            try bind(value.sqlValue, at: index)
        }
    }

    /// Resets the statement and binds `arguments`.
    public func bind(_ arguments: SQLArguments) throws {
        switch arguments {
        case .positional(let values): try bind(values)
        case .named(let values): try bind(named: values)
        }
    }

    /// Binds one value to the parameter at `index` (counting from 1), leaving the others as they are: a statement a
    /// caller keeps (see ``Database/prepare(_:)``) runs many times without an argument array built for each run.
    /// Bind only between runs, when the statement has been reset.
    public func bind<Value: SQLBindable>(_ value: Value, at index: Int) throws {
        try bind(value.sqlValue, at: Int32(index))
    }

    /// Binds text, or NULL for nil, as the generic `bind(_:at:)` does but without building an `SQLValue`: an import
    /// binds millions of values, and the generic path costs several times the binding itself.
    public func bind(_ text: String?, at index: Int) throws {
        guard let text else { return try check(sqlite3_bind_null(handle, Int32(index))) }
        try check(bindText(text, at: Int32(index)))
    }

    /// Binds text, or NULL for nil, copied into `arena`, where SQLite reads it when the statement runs: the statement
    /// must run before the arena is cleared (see ``TextArena``).
    public func bind(_ text: String?, at index: Int, in arena: TextArena) throws {
        guard var text else { return try check(sqlite3_bind_null(handle, Int32(index))) }
        let index = Int32(index)
        let code = text.withUTF8 { bytes in
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return csqlite_bind_text(handle, index, "", 0) }
            guard let copy = arena.reserve(bytes.count) else {
                return source.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    csqlite_bind_text(handle, index, $0, Int32(bytes.count))
                }
            }
            copy.copyMemory(from: source, byteCount: bytes.count)
            return csqlite_bind_text_in_place(handle, index, copy.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
        try check(code)
    }

    /// Binds an integer, or NULL for nil, without building an `SQLValue`.
    public func bind(_ number: Int64?, at index: Int) throws {
        guard let number else { return try check(sqlite3_bind_null(handle, Int32(index))) }
        try check(sqlite3_bind_int64(handle, Int32(index), number))
    }

    /// Binds an integer, or NULL for nil, without building an `SQLValue`.
    public func bind(_ number: Int?, at index: Int) throws {
        try bind(number.map(Int64.init), at: index)
    }

    /// Binds text without building an `SQLValue`.
    public func bind(_ text: String, at index: Int) throws {
        try check(bindText(text, at: Int32(index)))
    }

    /// Binds an integer without building an `SQLValue`.
    public func bind(_ number: Int64, at index: Int) throws {
        try check(sqlite3_bind_int64(handle, Int32(index), number))
    }

    /// Binds an integer without building an `SQLValue`.
    public func bind(_ number: Int, at index: Int) throws {
        try check(sqlite3_bind_int64(handle, Int32(index), Int64(number)))
    }

    /// Sets every parameter to NULL, so that the statement holds no pointer to text bound in place (see ``TextArena``).
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Steps the statement to its end, resets it and returns the rows it changed.
    @discardableResult
    public func run() throws -> Int {
        defer { reset() }
        while try step() {}
        return Int(sqlite3_changes64(database))
    }

    private func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, index, number)
        case .text(let text):
            code = bindText(text, at: index)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress, !buffer.isEmpty else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return csqlite_bind_blob(handle, index, base, Int32(buffer.count))
            }
        }
        try check(code)
    }

    /// Binds text that SQLite copies at once.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                return csqlite_bind_text(handle, index, "", 0)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                csqlite_bind_text(handle, index, $0, Int32(bytes.count))
            }
        }
    }

    /// Advances to the next row. Returns `false` when the statement is done.
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: try check(code); return false
        }
    }

    /// The current row; valid until the next `step()`.
    public var row: Row { Row(statement: handle) }

    /// Clears the statement so it can run again; bound values stay until the next bind.
    public func reset() {
        sqlite3_reset(handle)
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        let extended = sqlite3_extended_errcode(database)
        throw SQLiteError(
            extendedCode: extended != SQLITE_OK ? extended : code,
            message: String(cString: sqlite3_errmsg(database)),
            sql: sql)
    }
}
