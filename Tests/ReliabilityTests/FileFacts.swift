import Foundation
import TestSupport

/// Plain file facts the tests compare.
enum FileFacts {
    /// The file's bytes, empty when it does not exist.
    static func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }

    /// The file's size, 0 when it does not exist.
    static func size(_ path: String) -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }

    /// Waits until `condition` holds while `process` runs; false when it ended first or after `timeout` seconds.
    static func wait(while process: DuesBinary.Running, timeout: TimeInterval = 60, until condition: () -> Bool) -> Bool {
        let deadline = Date() + timeout
        while process.isRunning, Date() < deadline {
            if condition() { return true }
            usleep(200)
        }
        return false
    }

    /// Whether `path` is a rollback journal that SQLite would roll back: it starts with the journal magic, which
    /// SQLite writes only once the journal is synced, before it changes the database file.
    static func isHotJournal(_ path: String) -> Bool {
        bytes(path).starts(with: [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7])
    }

    /// Whether `path` exists.
    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
