/// Why a database could not be used.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// There is no database file at the path.
    case noDatabase(path: String)
    /// The file is not a SQLite database, or is damaged.
    case unreadable(path: String, detail: String)
    /// The path names a folder.
    case isFolder(path: String)
    /// The file is empty: nothing to open (only `dues init` makes a database in it).
    case emptyFile(path: String)
    /// The database's schema is older than this binary's; `dues init` upgrades it.
    case needsUpgrade(path: String, pending: Int)
    /// The file is a call pack, which only `dues call --pack` and `dues pack import` take.
    case isPack(path: String)
    /// The file is another program's SQLite database, left as it was.
    case foreignDatabase(path: String)
    /// A named record does not exist.
    case notFound(kind: String, name: String)
    /// A request that conflicts with what the database holds.
    case conflict(String)
    /// A value that the database would not hold.
    case invalid(String)

    public var description: String {
        switch self {
        case .noDatabase(let path):
            "no database at \(path): run `dues init` (or `dues demo`) first, or pass --db"
        case .unreadable(let path, let detail):
            "\(path) is not a usable dues database (\(detail)); run `dues doctor --db \(path)` for details"
        case .isFolder(let path):
            "\(path) is a folder, not a database file: pass the database file with --db"
        case .emptyFile(let path):
            "\(path) is empty, not a dues database: `dues init --db \(path)` makes one there"
        case .needsUpgrade(let path, let pending):
            "\(path) needs \(pending) schema upgrade\(pending == 1 ? "" : "s"): run `dues init --db \(path)`"
        case .isPack(let path):
            "\(path) is a call pack: use `dues call --pack \(path)` to work it, or `dues pack import \(path)` to merge it"
        case .foreignDatabase(let path):
            "\(path) is another program's SQLite database, not a dues database; dues leaves it as it is: pass a dues database with --db, or a new file name to `dues init`"
        case .notFound(let kind, let name):
            "no \(kind) named \(name)"
        case .conflict(let message), .invalid(let message):
            message
        }
    }
}
