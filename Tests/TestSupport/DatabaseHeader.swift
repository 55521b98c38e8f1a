import Foundation

/// Facts a database file's 100-byte header states, read from the file itself rather than through SQLite.
public enum DatabaseHeader {
    /// Whether the file at `path` is in WAL mode: header bytes 18 and 19 are 2 (1 with a rollback journal).
    public static func saysWAL(_ path: String) -> Bool {
        let header = [UInt8](FileManager.default.contents(atPath: path)?.prefix(20) ?? Data())
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }

    /// The file's bytes with the header's change counter and the version it is valid for (bytes 24–27 and 92–95)
    /// zeroed: SQLite counts each change of journal mode there, as a first import's switch to a rollback journal and
    /// back, even one that fails and changes nothing else.
    public static func bytesBesidesChangeCounter(_ path: String) -> Data {
        var data = FileManager.default.contents(atPath: path) ?? Data()
        for range in [24..<28, 92..<96] where data.count >= range.upperBound {
            data.replaceSubrange(range, with: Data(count: range.count))
        }
        return data
    }
}
