/// One numbered schema change, as read from `Migrations/NNNN_name.sql`.
public struct Migration: Sendable, Equatable {
    /// The number that orders migrations.
    public let version: Int
    /// The name after the number, for messages.
    public let name: String
    /// The SQL script.
    public let sql: String
    /// A fingerprint of the script (its SHA-256 in hex), recorded when it is applied so later edits are noticed.
    public let checksum: String

    public init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name, sql: sql, checksum: SHA256.hex(sql))
    }

    /// A migration whose checksum was computed ahead of time, as the build embeds them, so that opening a database
    /// hashes nothing. `checksum` must be `SHA256.hex(sql)`.
    public init(version: Int, name: String, sql: String, checksum: String) {
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = checksum
    }

    /// The file name it came from, `NNNN_name.sql`.
    public var fileName: String {
        let number = String(version)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "_" + name + ".sql"
    }
}
