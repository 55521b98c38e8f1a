import Foundation
import Model
import SQLite

/// What a key may do over SSH: open the call screen for its caller, or the coordinator's live view.
public enum CallerKeyRole: String, Sendable, CaseIterable {
    case call, watch
}

/// An active SSH key of an active caller.
public struct CallerKey: Sendable, Equatable {
    public let id: Int64
    public let callerID: Int64
    public let callerName: String
    public let role: CallerKeyRole
    public let key: SSHPublicKey
    public let fingerprint: String
}

extension Store {
    static let callerKeyColumns = """
        SELECT k.id, k.caller_id, c.name, k.role, k.key_type, k.key_data, k.comment, k.fingerprint
        FROM caller_keys k JOIN callers c ON c.id = k.caller_id
        WHERE k.active = 1 AND c.active = 1
        """

    static func callerKey(_ row: Row) -> CallerKey {
        CallerKey(
            id: row[0], callerID: row[1], callerName: row[2], role: CallerKeyRole(rawValue: row[3]) ?? .call,
            key: SSHPublicKey(type: row[4], data: row[5], comment: row[6]), fingerprint: row[7])
    }

    /// The active keys of active callers, by caller name and then the order they were added.
    public func callerKeys() throws -> [CallerKey] {
        try read { database in
            try database.fetchAll(Self.callerKeyColumns + " ORDER BY c.name_key, k.id", [], Self.callerKey)
        }
    }

    /// Gives the active caller named `callerName` the SSH key `key`. A key can belong to one caller only.
    @discardableResult
    public func addCallerKey(callerName: String, key: SSHPublicKey, role: CallerKeyRole = .call) throws -> CallerKey {
        try write { database in
            let caller = try caller(named: callerName)
            if let owner = try database.fetchOne(Self.callerKeyColumns + " AND k.key_data = ?", [key.data], Self.callerKey) {
                throw StoreError.conflict(Wording(
                    "nøkkelen \(owner.fingerprint) hører allerede til \(owner.callerName)",
                    "the key \(owner.fingerprint) already belongs to \(owner.callerName)"))
            }
            try database.run("""
                INSERT INTO caller_keys (caller_id, role, key_type, key_data, comment, fingerprint, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [caller.id, role.rawValue, key.type, key.data, key.comment, key.fingerprint, timestamp])
            let added = try database.fetchOne(
                Self.callerKeyColumns + " AND k.id = ?", [database.lastInsertRowID], Self.callerKey)!
            try audit(database, "caller_key_add", counts: ["keys": 1])
            return added
        }
    }

    /// Deactivates the keys of the caller named `callerName`: the one whose fingerprint is `fingerprint`, or all.
    /// Returns how many were deactivated; the keys file needs generating again for it to take effect.
    @discardableResult
    public func removeCallerKeys(callerName: String, fingerprint: String? = nil) throws -> Int {
        try write { database in
            let caller = try caller(named: callerName)
            let removed = try deactivateKeys(database, callerID: caller.id, fingerprint: fingerprint)
            if removed == 0, let fingerprint {
                throw StoreError.notFound(kind: "key", name: fingerprint)
            }
            try audit(database, "caller_key_remove", counts: ["keys": removed])
            return removed
        }
    }

    func deactivateKeys(_ database: Database, callerID: Int64, fingerprint: String? = nil) throws -> Int {
        try database.run("""
            UPDATE caller_keys SET active = 0, removed_at = :now
            WHERE caller_id = :caller AND active = 1 AND (:fingerprint IS NULL OR fingerprint = :fingerprint)
            """, ["now": timestamp, "caller": callerID, "fingerprint": fingerprint])
    }

    /// The active caller with the row id `id` (the id a forced SSH command names).
    public func activeCaller(id: Int64) throws -> Caller {
        guard let caller = try read({ database in
            try database.fetchOne(Self.callerColumns + " WHERE c.active = 1 AND c.id = ?", [id], Self.caller)
        }) else {
            throw StoreError.notFound(kind: "caller", name: "#\(id)")
        }
        return caller
    }
}
