import Foundation
import SQLite

/// The dues database: opened, checked and brought up to date, with typed queries in extensions.
///
/// Every change that touches more than one row runs in one `BEGIN IMMEDIATE` transaction.
public final class Store {
    /// The underlying connection. Only the Storage module writes SQL against it.
    let database: Database
    /// Where the database lives.
    public let path: String
    /// The clock, fixed in tests.
    public let now: () -> Date
    /// Who is acting, for the audit log (the operating-system user unless told otherwise), found when first needed:
    /// a command that writes no audit entry never looks the user up.
    public private(set) lazy var actor: String = findActor()
    private let findActor: () -> String
    /// Runs after every committed write transaction: a pack opened from memory saves itself here, so that each
    /// logged call, undo or claim reaches the disk before the next.
    public var afterWrite: (() throws -> Void)?

    private init(database: Database, path: String, now: @escaping () -> Date, actor: @escaping () -> String) {
        self.database = database
        self.path = path
        self.now = now
        self.findActor = actor
    }

    /// Creates the database if needed and applies pending migrations. Returns the store and the migrations applied.
    public static func create(
        at path: String, now: @escaping () -> Date = SystemClock.now, actor: @autoclosure @escaping () -> String = Store.defaultActor
    ) throws -> (store: Store, applied: [Migration]) {
        try StoreError.translating {
            let database = try connect(path, create: true)
            try refusePack(database, path: path)
            Leftovers.removeRestoreCopies(of: path)
            let applied = try Schema.migrator().migrate(database)
            return (Store(database: database, path: path, now: now, actor: actor), applied)
        }
    }

    /// Opens an existing database whose schema is up to date.
    public static func open(
        at path: String, now: @escaping () -> Date = SystemClock.now, actor: @autoclosure @escaping () -> String = Store.defaultActor
    ) throws -> Store {
        try StoreError.translating {
            let database = try connect(path, create: false)
            try refusePack(database, path: path)
            Leftovers.removeRestoreCopies(of: path)
            let pending = try Schema.migrator().pending(in: database)
            guard pending.isEmpty else { throw StoreError.needsUpgrade(path: path, pending: pending.count) }
            return Store(database: database, path: path, now: now, actor: actor)
        }
    }

    /// The operating-system user name.
    public static var defaultActor: String {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
    }

    private static func connect(_ path: String, create: Bool) throws -> Database {
        try requireSQLite()
        try refuseNonFile(path, create: create)
        let fresh = isFresh(path)
        do {
            return try Database(path: path, create: create) { try claim($0, path: path, fresh: fresh, create: create) }
        } catch let error as SQLiteError where error.isCorruption {
            throw StoreError.unreadable(path: path, detail: error.message)
        }
    }

    /// Refuses what SQLite would misread before it is opened: a folder, and (unless creating) a missing or empty file,
    /// which SQLite would take for a new database and write a header into.
    static func refuseNonFile(_ path: String, create: Bool) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if create { return }
            throw StoreError.noDatabase(path: path)
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw StoreError.isFolder(path: path) }
        if !create, info.st_size == 0 { throw StoreError.emptyFile(path: path) }
    }

    /// Opens a call pack to work it (`dues call --pack`), bringing its schema up to date.
    /// Every other way of opening refuses a pack, and this one refuses anything that is not a pack.
    public static func openPack(
        at path: String, now: @escaping () -> Date = SystemClock.now, actor: @autoclosure @escaping () -> String = Store.defaultActor
    ) throws -> Store {
        try StoreError.translating {
            let database = try connect(path, create: false)
            guard try isPack(database, path: path) else { throw PackError.notAPack(path: path) }
            try Schema.migrator().migrate(database)
            return Store(database: database, path: path, now: now, actor: actor)
        }
    }

    /// Opens a call pack held in memory (`image`, the bytes of a pack file opened from its sealed form) to work it,
    /// as `openPack(at:)` does a file: nothing of it is written to disk; `packImage()` gives its bytes back to save.
    /// `path` only names it in messages.
    public static func openPack(
        image: [UInt8], path: String, now: @escaping () -> Date = SystemClock.now,
        actor: @autoclosure @escaping () -> String = Store.defaultActor
    ) throws -> Store {
        try StoreError.translating {
            let database: Database
            do {
                database = try Database(deserializing: image)
                guard try isPack(database, path: path) else { throw PackError.notAPack(path: path) }
            } catch let error as SQLiteError {
                throw StoreError.unreadable(path: path, detail: error.message)
            }
            try Schema.migrator().migrate(database)
            return Store(database: database, path: path, now: now, actor: actor)
        }
    }

    /// The bytes of a pack opened with `openPack(image:path:)`, as its file would hold them.
    public func packImage() throws -> [UInt8] {
        try StoreError.translating { try database.serialize() }
    }

    private static func refusePack(_ database: Database, path: String) throws {
        if try isPack(database, path: path) { throw StoreError.isPack(path: path) }
    }

    /// Whether the database is a call pack: its `pack_info` table holds a row.
    static func isPack(_ database: Database, path: String) throws -> Bool {
        do {
            let hasTable = try database.fetchOne(
                "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'pack_info'") { _ in true } ?? false
            guard hasTable else { return false }
            return try database.fetchOne("SELECT EXISTS (SELECT 1 FROM pack_info)") { $0[0] as Bool } ?? false
        } catch let error as SQLiteError where error.isCorruption {
            throw StoreError.unreadable(path: path, detail: error.message)
        }
    }

    /// Runs `body` in one write transaction; SQLite's errors leave as `StoreError`.
    @discardableResult
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        let result = try StoreError.translating { try database.write(body) }
        if let afterWrite, !database.isInTransaction { try afterWrite() }
        return result
    }

    /// Runs `body` in one read transaction (a consistent snapshot); SQLite's errors leave as `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.translating { try database.read(body) }
    }

    /// The current time in whole seconds, as stored.
    var timestamp: Int64 { Int64(now().timeIntervalSince1970.rounded(.down)) }
}
