import CSQLite
import Foundation

/// One connection to a SQLite database file, configured for safe concurrent use.
///
/// Every connection runs in WAL mode (verified), with foreign keys on, `synchronous=FULL`,
/// extended result codes and a busy handler, so a writer waits for another instead of failing.
/// A connection is used from one thread at a time.
public final class Database {
    /// How long a connection waits for a lock held by another connection.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    /// The version of the SQLite library linked in, as a number (3.38.0 is 3038000) and as text.
    public static var libraryVersion: (number: Int32, text: String) {
        (sqlite3_libversion_number(), String(cString: sqlite3_libversion()))
    }

    /// The file the connection is open on.
    public let path: String
    let handle: OpaquePointer
    private var statements: [String: Statement] = [:]
    private var savepointDepth = 0
    /// When the current wait for another connection's lock began (`DispatchTime` nanoseconds).
    private var busySince: UInt64 = 0

    /// Opens the database at `path`.
    ///
    /// - Parameters:
    ///   - create: create the file (mode 0600) when it does not exist; otherwise a missing file is an error.
    ///   - inspect: runs on the connection before it switches the file to WAL mode, the first thing that writes to it,
    ///     so that a file the caller will not use can be refused as it was found.
    public convenience init(path: String, create: Bool = false, inspect: ((Database) throws -> Void)? = nil) throws {
        if create {
            try Self.createPrivateFile(at: path)
        } else if !FileManager.default.fileExists(atPath: path) {
            throw SQLiteError(extendedCode: SQLITE_CANTOPEN, message: "no database at \(path)")
        }
        try self.init(opening: path, flags: SQLITE_OPEN_READWRITE, configureFile: true, inspect: inspect)
    }

    /// Opens the database at `path` read-only (`SQLITE_OPEN_READONLY`, and `query_only`): nothing is written to the
    /// file, not even its journal mode, so it is seen exactly as it is. SQLite may still create the empty `-wal` and
    /// `-shm` files a reader of a WAL-mode database needs.
    public convenience init(readingOnly path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SQLiteError(extendedCode: SQLITE_CANTOPEN, message: "no database at \(path)")
        }
        try self.init(opening: path, flags: SQLITE_OPEN_READONLY, configureFile: false, inspect: nil)
        try execute("PRAGMA query_only = ON")
    }

    /// A new, empty database in memory, gone when the connection closes: for comparing with what migrations produce.
    public static func inMemory() throws -> Database {
        try Database(opening: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, configureFile: false, inspect: nil)
    }

    init(opening path: String, flags: Int32, configureFile: Bool, inspect: ((Database) throws -> Void)?) throws {
        _ = Self.processSettings
        self.path = path
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw SQLiteError(extendedCode: code, message: "\(message): \(path)")
        }
        self.handle = handle
        do {
            try configureConnection()
            try inspect?(self)
            if configureFile { try self.configureFile() }
        } catch {
            statements.removeAll()
            sqlite3_close_v2(handle)
            throw error
        }
    }

    /// SQLite's process-wide settings, made once before the first connection opens: no memory statistics, whose
    /// global mutex every allocation would otherwise take.
    private static let processSettings: Void = {
        _ = csqlite_disable_memory_statistics()
    }()

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    private static func createPrivateFile(at path: String) throws {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw SQLiteError(
                extendedCode: SQLITE_CANTOPEN,
                message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }

    /// Sets what concerns only this connection, writing nothing to the file.
    private func configureConnection() throws {
        sqlite3_extended_result_codes(handle, 1)
        waitWhenBusy(true)
        for option in [SQLITE_DBCONFIG_DEFENSIVE, SQLITE_DBCONFIG_ENABLE_FKEY] {
            try check(csqlite_db_config_int(handle, option, 1, nil))
        }
        for option in [SQLITE_DBCONFIG_DQS_DDL, SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_TRUSTED_SCHEMA] {
            try check(csqlite_db_config_int(handle, option, 0, nil))
        }
    }

    /// Waits for a lock another connection holds (or, with false, fails at once with busy): another try every
    /// millisecond, for up to `busyTimeoutMilliseconds`. SQLite's own busy timeout backs off to 100 ms between
    /// tries, so with many writers a waiting one keeps missing the moments the lock is free: 20 volunteers logging
    /// at once saw a p99 next-member step of 1.5 s.
    private func waitWhenBusy(_ waits: Bool) {
        guard waits else {
            sqlite3_busy_handler(handle, nil, nil)
            return
        }
        sqlite3_busy_handler(handle, { context, tries in
            Unmanaged<Database>.fromOpaque(context!).takeUnretainedValue().waitOnce(first: tries == 0) ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// One wait of the busy handler; false once the timeout has passed.
    private func waitOnce(first: Bool) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        if first { busySince = now }
        guard now - busySince < UInt64(Self.busyTimeoutMilliseconds) * 1_000_000 else { return false }
        usleep(1_000)
        return true
    }

    /// Puts the file in WAL mode, and checks the settings that make writes safe.
    private func configureFile() throws {
        let journalMode: String? = try fetchOne("PRAGMA journal_mode = WAL") { $0[0] }
        guard journalMode?.lowercased() == "wal" else {
            throw SQLiteError(
                extendedCode: SQLITE_ERROR,
                message: "could not switch \(path) to WAL mode (got \(journalMode ?? "nothing"))")
        }
        try execute("PRAGMA synchronous = FULL")
        let synchronous: Int? = try fetchOne("PRAGMA synchronous") { $0[0] }
        let foreignKeys: Int? = try fetchOne("PRAGMA foreign_keys") { $0[0] }
        guard synchronous == 2, foreignKeys == 1 else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not configure \(path) safely")
        }
    }

    // MARK: Running SQL

    /// Runs one or more statements that take no parameters (schema scripts, pragmas).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// Runs one statement and returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, _ arguments: SQLArguments = []) throws -> Int {
        try withStatement(sql, arguments) { statement in
            while try statement.step() {}
            return changes
        }
    }

    /// Maps every result row of a query.
    public func fetchAll<T>(_ sql: String, _ arguments: SQLArguments = [], _ transform: (Row) throws -> T) throws -> [T] {
        var results: [T] = []
        try forEach(sql, arguments) { results.append(try transform($0)) }
        return results
    }

    /// Maps the first result row of a query, if there is one.
    public func fetchOne<T>(_ sql: String, _ arguments: SQLArguments = [], _ transform: (Row) throws -> T) throws -> T? {
        try withStatement(sql, arguments) { statement in
            try statement.step() ? try transform(statement.row) : nil
        }
    }

    /// Calls `body` for every result row, without collecting them.
    public func forEach(_ sql: String, _ arguments: SQLArguments = [], _ body: (Row) throws -> Void) throws {
        try withStatement(sql, arguments) { statement in
            while try statement.step() { try body(statement.row) }
        }
    }

    /// Lends the cached prepared statement for `sql`, bound to `arguments`, for repeated or custom stepping.
    public func withStatement<T>(_ sql: String, _ arguments: SQLArguments? = nil, _ body: (Statement) throws -> T) throws -> T {
        let statement = try cachedStatement(sql)
        statement.isInUse = true
        defer {
            statement.reset()
            statement.isInUse = false
        }
        if let arguments { try statement.bind(arguments) }
        return try body(statement)
    }

    /// Prepares `sql` for a caller that keeps the statement and runs it many times, such as a bulk import: each run
    /// then skips finding the cached statement by its text. The statement must not outlive the connection.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: handle, sql: sql)
    }

    private func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statements[sql], !statement.isInUse { return statement }
        let statement = try Statement(database: handle, sql: sql)
        if statements[sql] == nil { statements[sql] = statement }
        return statement
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// The rowid of the last inserted row.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    // MARK: Transactions

    /// Runs `body` in a read transaction, so every query in it sees one consistent snapshot.
    /// Inside another transaction it simply runs.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if isInTransaction { return try body(self) }
        try execute("BEGIN DEFERRED")
        return try finishTransaction(body)
    }

    /// Runs `body` in a write transaction opened with `BEGIN IMMEDIATE`, so the write lock is taken up front
    /// and a busy database is waited for rather than failing halfway.
    /// Inside another transaction it runs in a savepoint. Any error rolls back and is rethrown.
    @discardableResult
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        try execute("BEGIN IMMEDIATE")
        return try finishTransaction(body)
    }

    /// Runs `body` with a rollback journal in place of the WAL when no other connection has the database open, and
    /// in WAL mode otherwise (or inside a transaction); the WAL is back when it returns.
    ///
    /// For a transaction that fills an empty database: with a rollback journal its pages are written to the file
    /// once, where the WAL takes each page twice, once into the WAL and once more at the checkpoint. It is as
    /// crash-safe: a killed transaction leaves a hot journal that the next connection rolls back, and `synchronous`
    /// is EXTRA meanwhile, so that the journal's deletion, which commits, is synced to the folder too. While it runs,
    /// other connections cannot open the database and wait, up to their busy timeout, as they would for a writer.
    public func withRollbackJournalIfAlone<T>(_ body: () throws -> T) throws -> T {
        guard !isInTransaction else { return try body() }
        waitWhenBusy(false)
        let mode: String? = try? fetchOne("PRAGMA journal_mode = DELETE") { $0[0] }
        waitWhenBusy(true)
        guard mode?.lowercased() == "delete" else { return try body() }
        // Every connection asks for WAL mode and FULL when it opens, so if this fails the next one brings them back.
        defer {
            _ = try? fetchOne("PRAGMA journal_mode = WAL") { $0[0] as String }
            try? execute("PRAGMA synchronous = FULL")
        }
        try execute("PRAGMA synchronous = EXTRA")
        return try body()
    }

    /// Runs `body` in a savepoint; an error rolls back to it and is rethrown.
    @discardableResult
    public func savepoint<T>(_ body: (Database) throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "dues_savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body(self)
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    private func finishTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            let result = try body(self)
            try execute("COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw SQLiteError(extendedCode: code, message: String(cString: sqlite3_errmsg(handle)))
    }
}
