import CSQLite
import Foundation

extension Database {
    /// A database in memory holding `image`, the bytes of an SQLite file, which never touches the disk: for a sealed
    /// call pack opened with its passphrase. The image is checked like any file SQLite opens, page by page as it is
    /// read. A WAL-mode image is marked rollback-mode in its header first (bytes 18 and 19), as memory has no WAL.
    public convenience init(deserializing image: [UInt8]) throws {
        try self.init(opening: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, configureFile: false, inspect: nil)
        var image = image
        if image.count >= 20, image[18] == 2, image[19] == 2 { image[18] = 1; image[19] = 1 }
        guard let buffer = sqlite3_malloc64(UInt64(max(image.count, 1)))?.assumingMemoryBound(to: UInt8.self) else {
            throw SQLiteError(extendedCode: SQLITE_NOMEM, message: "not enough memory for a database of \(image.count) bytes")
        }
        image.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: image.count) }
        // SQLite owns the buffer from here, also when this fails, and frees it when the connection closes.
        try check(sqlite3_deserialize(
            handle, "main", buffer, sqlite3_int64(image.count), sqlite3_int64(image.count),
            UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)))
        try execute("PRAGMA foreign_keys = ON")
    }

    /// The bytes of the main database as a file would hold them, for a database made by `init(deserializing:)`.
    public func serialize() throws -> [UInt8] {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(handle, "main", &size, 0) else {
            throw SQLiteError(extendedCode: SQLITE_NOMEM, message: "cannot serialize the database")
        }
        defer { sqlite3_free(bytes) }
        return [UInt8](UnsafeBufferPointer(start: bytes, count: Int(size)))
    }
}
