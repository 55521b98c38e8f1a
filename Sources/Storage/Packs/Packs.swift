import Foundation
import SQLite

/// What a call pack is, from its `pack_info` row.
public struct PackInfo: Sendable, Equatable {
    /// The `database_id` of the database the pack was made from.
    public let databaseID: String
    /// The pack's own id.
    public let uid: String
    /// The campaign and caller, by their ids in both the pack and the database it came from.
    public let campaignID: Int64
    public let callerID: Int64
    public let createdAt: Date
}

/// A pack made from this database, for `dues pack status`.
public struct PackSummary: Sendable, Equatable {
    public let uid: String
    public let campaign: String
    public let caller: String
    public let createdAt: Date
    public let lastMergedAt: Date?
    /// Entries that went out on the pack.
    public let entries: Int
    /// Of those, entries still open and out on the pack.
    public let stillOut: Int
    /// Whether the pack was sealed with a passphrase (false: written plain with `--plain`, or before sealing existed).
    public let sealed: Bool
}

extension Store {
    /// The pack this store is, or nil for a dues database.
    public func packInfo() throws -> PackInfo? {
        try Self.packInfo(database)
    }

    /// The campaign and caller this pack is for, or nil for a dues database.
    public func packAssignment() throws -> (campaign: Campaign, caller: Caller)? {
        guard let info = try packInfo() else { return nil }
        guard let campaign = try database.fetchOne(Self.campaignColumns + " WHERE id = ?", [info.campaignID], Self.campaign),
              let caller = try database.fetchOne(Self.callerColumns + " WHERE c.id = ?", [info.callerID], Self.caller)
        else { throw PackError.tampered(path: path, detail: "its campaign or caller is missing") }
        return (campaign, caller)
    }

    static func packInfo(_ database: Database) throws -> PackInfo? {
        try database.fetchOne(
            "SELECT database_id, pack_uid, campaign_id, caller_id, created_at FROM pack_info WHERE id = 1"
        ) { row -> PackInfo? in
            guard let databaseID: String = row[0], let uid: String = row[1], let campaign: Int64 = row[2],
                  let caller: Int64 = row[3], let created: Date = row[4] else { return nil }
            return PackInfo(databaseID: databaseID, uid: uid, campaignID: campaign, callerID: caller, createdAt: created)
        } ?? nil
    }

    /// The packs made from this database, by caller and then newest first; only those with entries still out
    /// unless `all`.
    public func packs(all: Bool = false) throws -> [PackSummary] {
        try database.fetchAll("""
            SELECT p.uid, c.name, k.name, p.created_at, p.last_merged_at, p.entries,
                   (SELECT count(*) FROM call_list_entries e WHERE e.pack_id = p.id AND e.status = 'open') AS out, p.sealed
            FROM packs p JOIN campaigns c ON c.id = p.campaign_id JOIN callers k ON k.id = p.caller_id
            WHERE ? OR out > 0
            ORDER BY k.name, p.created_at DESC, p.id DESC
            """, [all]) { row in
            PackSummary(
                uid: row[0], campaign: row[1], caller: row[2], createdAt: row[3], lastMergedAt: row[4], entries: row[5],
                stillOut: row[6], sealed: row[7])
        }
    }
}
