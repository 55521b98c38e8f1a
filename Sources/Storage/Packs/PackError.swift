/// Why a call pack could not be written, worked or merged.
public enum PackError: Error, CustomStringConvertible, Equatable {
    /// There is no file at the path.
    case noFile(path: String)
    /// `pack export` will not replace an existing file.
    case fileExists(path: String)
    /// The file is a dues database or something else, not a call pack.
    case notAPack(path: String)
    /// The file cannot be read as a database, or SQLite's integrity check fails.
    case damaged(path: String, detail: String)
    /// The file was changed outside dues: its schema differs, or rows break the schema's rules.
    case tampered(path: String, detail: String)
    /// The pack was made from another dues database.
    case otherDatabase(path: String)
    /// The database has no record of the pack (restored from a backup older than the pack?).
    case unknownPack(path: String)
    /// The caller has nothing to take out on a pack.
    case nothingToExport(campaign: String, caller: String)

    public var description: String {
        switch self {
        case .noFile(let path):
            "no file at \(path)"
        case .fileExists(let path):
            "\(path) already exists; choose another name with -o (a pack is never written over a file)"
        case .notAPack(let path):
            "\(path) is not a call pack (make one with `dues pack export`)"
        case .damaged(let path, let detail):
            "\(path) is damaged and was not merged (\(Self.inert(detail))); ask the caller for a fresh copy"
        case .tampered(let path, let detail):
            "\(path) was changed outside dues and was not merged (\(Self.inert(detail)))"
        case .otherDatabase(let path):
            "\(path) was made from another dues database and was not merged"
        case .unknownPack(let path):
            "\(path) is not recorded in this database (was it restored from an older backup?) and was not merged"
        case .nothingToExport(let campaign, let caller):
            "\(caller) has no open members on \(campaign) to take out on a pack (members already out on a pack are not exported twice)"
        }
    }

    /// Details quote names and values from the pack, which anyone may have written: only printable ASCII is kept
    /// (anything else becomes `?`), and at most 200 characters, so nothing in them can act on a terminal.
    static func inert(_ detail: String) -> String {
        let scalars = detail.unicodeScalars.prefix(200).map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" }
        return String(scalars) + (detail.unicodeScalars.count > 200 ? "…" : "")
    }
}
