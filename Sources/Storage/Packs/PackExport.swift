import Foundation
import Model
import SQLite

/// A call pack written by `exportPack`.
public struct PackExport: Sendable, Equatable {
    public let path: String
    public let uid: String
    public let campaign: String
    public let caller: String
    /// Members on the pack (one open entry each).
    public let entries: Int
    /// Earlier calls to those members that travel with them.
    public let earlierCalls: Int
    /// Whether the file on disk is sealed.
    public let sealed: Bool
}

extension Store {
    /// Writes a call pack with `caller`'s open, callable entries on `campaign` that are not out on another pack
    /// nor on a live call screen (a claim younger than the claim timeout), and marks them out on it, in one
    /// transaction of the main database, which records them in `pack_entries`: the list `importPack` trusts, not the
    /// pack's own.
    ///
    /// The pack is written beside `path` under a temporary name and moved into place only when complete, so a
    /// half-written pack never exists; an existing file is never replaced. Should the main database's commit fail
    /// after that, the pack is removed again.
    ///
    /// With `seal`, the plain pack is only an intermediate: a 0600 temporary file beside `path`, removed on every way
    /// out; `seal` turns its bytes into what lands at `path` (the Storage module knows no cryptography).
    @discardableResult
    public func exportPack(
        campaign name: String, caller callerName: String, to path: String, seal: (([UInt8]) throws -> [UInt8])? = nil
    ) throws -> PackExport {
        guard !FileManager.default.fileExists(atPath: path) else { throw PackError.fileExists(path: path) }
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent()
            .appending(path: ".\(target.lastPathComponent).\(Self.newUID()).partial").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        }
        var placed = false
        do {
            return try write { database in
                let campaign = try campaign(named: name)
                guard campaign.isOpen else { throw StoreError.conflict(Wording("kampanjen \(name) er avsluttet", "campaign \(name) is closed")) }
                let caller = try caller(named: callerName)
                let arguments: SQLArguments = [
                    "campaign": campaign.id, "caller": caller.id, "today": today(campaign).iso,
                    "stale": timestamp - Int64(campaign.rules.claimTimeout),
                ]
                let entries: [Int64] = try database.fetchAll("""
                    SELECT e.id FROM call_list_entries e JOIN members m ON m.id = e.member_id
                    WHERE e.campaign_id = :campaign AND e.caller_id = :caller AND e.status = 'open' AND e.pack_id IS NULL
                      AND (e.claimed_by IS NULL OR e.claimed_at < :stale)
                      AND \(CampaignMembership.callable)
                    ORDER BY e.id
                    """, arguments) { $0[0] }
                guard !entries.isEmpty else { throw PackError.nothingToExport(campaign: campaign.name, caller: caller.name) }
                guard let databaseID = try setting(.databaseID) else {
                    throw StoreError.invalid(Wording("\(self.path) har ingen database-id; kjør `dues doctor`", "\(self.path) has no database id; run `dues doctor`"))
                }
                let info = PackInfo(
                    databaseID: databaseID, uid: Self.newUID(), campaignID: campaign.id, callerID: caller.id,
                    createdAt: Date(timeIntervalSince1970: TimeInterval(timestamp)))
                try database.run(
                    "INSERT INTO packs (uid, campaign_id, caller_id, created_at, entries, sealed) VALUES (?, ?, ?, ?, ?, ?)",
                    [info.uid, campaign.id, caller.id, info.createdAt, entries.count, seal != nil])
                let packID = database.lastInsertRowID
                let list = Self.jsonArray(Set(entries))
                try database.run("""
                    UPDATE call_list_entries SET pack_id = ?, claimed_by = NULL, claimed_at = NULL
                    WHERE id IN (SELECT value FROM json_each(?))
                    """, [packID, list])
                try database.run(
                    "INSERT INTO pack_entries (pack_id, entry_id) SELECT ?, value FROM json_each(?)", [packID, list])
                try audit(database, "pack_export", subject: campaign.name, counts: ["entries": entries.count])
                let calls = try PackWriter.write(at: partial, from: self.path, info: info, entries: entries)
                if let seal {
                    guard let plain = FileManager.default.contents(atPath: partial) else {
                        throw StoreError.invalid(Wording("kan ikke lese \(partial)", "cannot read \(partial)"))
                    }
                    let sealed = try seal([UInt8](plain))
                    try PrivateFile.create(at: path) { temporary in
                        try PrivateFile.write(sealed, to: temporary)
                    }
                } else {
                    try PackWriter.place(partial, at: path)
                }
                placed = true
                return PackExport(
                    path: path, uid: info.uid, campaign: campaign.name, caller: caller.name, entries: entries.count,
                    earlierCalls: calls, sealed: seal != nil)
            }
        } catch {
            if placed { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
    }
}
