import Foundation
import Model

/// Creates database copies (backups, the copy kept before a restore) that hold member data: mode 0600 from the first
/// byte, fsynced, and in place completely or not at all. SQLite writes these files itself (`VACUUM INTO`), so this
/// is the same pattern as the Spreadsheet module's `SecureFile`, for a file filled by a path rather than by bytes.
enum PrivateFile {
    /// Fills a new, empty 0600 temporary file in `path`'s folder through `fill`, fsyncs it and links it to `path`.
    /// Refuses when `path` exists (a file appearing meanwhile is never clobbered).
    static func create(at path: String, _ fill: (String) throws -> Void) throws {
        try refuseExisting(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + "." + UUID().uuidString + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, "cannot create a file in \(folder)") }
        close(descriptor)
        defer { removeWithSidecars(temporary) }
        try fill(temporary)
        try sync(temporary)
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { throw StoreError.conflict(Wording("\(path) finnes allerede: velg et nytt filnavn", "\(path) already exists: choose a new file name")) }
            throw failure(path, "cannot move the file into place")
        }
        syncFolder(folder)
    }

    /// Copies `source` byte for byte into a new 0600 file at `path`, which must not exist.
    static func copy(_ source: String, to path: String) throws {
        guard let input = FileHandle(forReadingAtPath: source) else { throw failure(source, "cannot read the file") }
        defer { try? input.close() }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, "cannot create the file") }
        let output = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty { try output.write(contentsOf: chunk) }
            try output.synchronize()
            try output.close()
        } catch {
            try? output.close()
            unlink(path)
            throw StoreError.invalid(Wording("kan ikke kopiere \(source) til \(path): \(error.localizedDescription)", "cannot copy \(source) to \(path): \(error.localizedDescription)"))
        }
    }

    /// Writes `bytes` into the existing file at `path` (made by `create`), replacing what it held.
    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let output = FileHandle(forWritingAtPath: path) else { throw failure(path, "cannot open the file") }
        do {
            try output.truncate(atOffset: 0)
            try output.write(contentsOf: Data(bytes))
            try output.close()
        } catch {
            try? output.close()
            throw StoreError.invalid(Wording("kan ikke skrive \(path): \(error.localizedDescription)", "cannot write \(path): \(error.localizedDescription)"))
        }
    }

    /// Throws when anything (a file, a link, a folder) is at `path`.
    static func refuseExisting(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 { throw StoreError.conflict(Wording("\(path) finnes allerede: velg et nytt filnavn", "\(path) already exists: choose a new file name")) }
    }

    /// Removes a database file and the journal files SQLite may have left beside it.
    static func removeWithSidecars(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// fsyncs a file, making sure its mode is 0600.
    static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open the file") }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else { throw failure(path, "cannot flush the file to disk") }
    }

    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ path: String, _ what: String) -> StoreError {
        let reason = Wording.systemError(errno)
        return StoreError.invalid(Wording("\(path): \(what): \(reason.bokmal)", "\(path): \(what): \(reason.english)"))
    }
}
