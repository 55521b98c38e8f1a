/// One numbered schema change, as read from `Migrations/NNNN_name.sql`.
public struct Migration: Sendable, Equatable {
    /// The number that orders migrations.
    public let version: Int
    /// The name after the number, for messages.
    public let name: String
    /// The SQL script.
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// A fingerprint of the script, recorded when it is applied so later edits are noticed.
    public var checksum: String { SHA256.hex(sql) }

    /// The file name it came from, `NNNN_name.sql`.
    public var fileName: String {
        let number = String(version)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "_" + name + ".sql"
    }
}
