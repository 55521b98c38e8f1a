import Foundation

/// Copies of member data that a killed dues leaves behind (a restore's staging copy beside the database, a merged
/// pack's private copy in the temporary folder), found by their names and removed at the next run.
///
/// A copy is removed only when it is this user's, and the process that made it (its id is in the name) is gone, or,
/// for the names older versions used without a process id, when it is more than a day old: no restore or merge takes
/// that long, so nothing in use is ever removed.
enum Leftovers {
    /// How old a copy without a process id must be to be removed.
    static let unclaimedAge: TimeInterval = 86_400

    /// The staging copy `restore` makes of a backup, beside the database at `path`, for this process.
    static func restoreCopy(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/" + restorePrefix(url) + "\(getpid())-\(UUID().uuidString).sqlite"
    }

    /// The private folder `pack import` copies a pack into, for this process.
    static func packFolder() -> URL {
        FileManager.default.temporaryDirectory.appending(path: "\(packPrefix)\(getpid())-\(Store.newUID())")
    }

    /// Removes the staging copies of killed restores of the database at `path` (and their journal files).
    static func removeRestoreCopies(of path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = restorePrefix(url)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".sqlite") {
            let file = folder + "/" + name
            if name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) {
                if isGone(pid), isMine(file) { PrivateFile.removeWithSidecars(file) }
            } else if name.hasPrefix(".dues-restore-"), isMine(file), isOld(file) {
                PrivateFile.removeWithSidecars(file)
            }
        }
    }

    /// Removes the pack copies of killed `pack import`s.
    static func removePackCopies() {
        let folder = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(packPrefix) {
            let copy = folder.appending(path: name)
            guard isMine(copy.path) else { continue }
            let rest = name.dropFirst(packPrefix.count)
            let leftover = if rest.contains("-"), let pid = Int32(rest.prefix { $0 != "-" }) { isGone(pid) } else { isOld(copy.path) }
            if leftover { try? FileManager.default.removeItem(at: copy) }
        }
    }

    private static let packPrefix = "dues-pack-"

    private static func restorePrefix(_ database: URL) -> String {
        "." + database.lastPathComponent + ".dues-restore-"
    }

    private static func isGone(_ pid: Int32) -> Bool {
        pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }

    /// This user's, and a file or folder rather than a link.
    private static func isMine(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_uid == getuid() && (info.st_mode & S_IFMT == S_IFREG || info.st_mode & S_IFMT == S_IFDIR)
    }

    private static func isOld(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return Date().timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec) > unclaimedAge
    }
}
