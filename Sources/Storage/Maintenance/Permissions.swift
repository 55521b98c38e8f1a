import Foundation
import Model
import SQLite

/// The files that hold a database's member data, and whether others than their owner can read them.
extension Store {
    /// The database file and the files beside it that hold its data: the write-ahead log and its index, a rollback
    /// journal, and the copy a restore kept (with its own).
    public static func dataFiles(of path: String) -> [String] {
        [path, path + beforeRestoreSuffix].flatMap { file in ["", "-wal", "-shm", "-journal"].map { file + $0 } }
    }

    /// Those of `dataFiles(of:)` that exist and that the group or others can read or write, with their modes.
    public static func exposedFiles(of path: String) -> [(path: String, mode: mode_t)] {
        dataFiles(of: path).compactMap { file in
            var info = stat()
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 != 0 else { return nil }
            return (file, info.st_mode & 0o777)
        }
    }

    /// Makes every exposed data file of the database at `path` readable by its owner only (0600); returns those
    /// changed. A link is never followed.
    public static func fixPermissions(of path: String) throws -> [String] {
        try refuseNonFile(path, create: false)
        try StoreError.translating {
            let database = try Database(readingOnly: path)
            if try owner(of: database, fresh: false) == .other { throw StoreError.foreignDatabase(path: path) }
        }
        return try exposedFiles(of: path).map { file in
            let descriptor = openWithoutFollowing(file.path)
            guard descriptor >= 0 else { throw StoreError.invalid(Wording(
                "kan ikke åpne \(file.path): \(String(cString: strerror(errno)))", "cannot open \(file.path): \(String(cString: strerror(errno)))")) }
            defer { close(descriptor) }
            guard fchmod(descriptor, 0o600) == 0 else {
                throw StoreError.invalid(Wording(
                    "kan ikke endre tilgangene til \(file.path): \(String(cString: strerror(errno)))",
                    "cannot change the mode of \(file.path): \(String(cString: strerror(errno)))"))
            }
            return file.path
        }
    }
}

/// Opens `path` for reading, refusing a link (so a mode change never reaches the file a link points at).
private func openWithoutFollowing(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
}
