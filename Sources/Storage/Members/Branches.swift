import Foundation
import SQLite

/// A municipal branch and its member count.
public struct Branch: Sendable, Equatable {
    public let id: Int64
    public let name: String
    /// Members on the register now (not counting those who left).
    public let members: Int
}

extension Store {
    /// All branches by name, with their current member counts (each a range of the branch index).
    public func branches() throws -> [Branch] {
        try read { database in
            try database.fetchAll("""
                SELECT b.id, b.name,
                       (SELECT count(*) FROM members m WHERE m.branch_id = b.id AND m.left_register_at IS NULL)
                FROM branches b ORDER BY b.name
                """) { Branch(id: $0[0], name: $0[1], members: $0[2]) }
        }
    }

    /// The branch with `name` (compared without regard to case), if it exists.
    public func branch(named name: String) throws -> Branch? {
        try branches().first { Self.nameKey($0.name) == Self.nameKey(name) }
    }

    /// The key names are compared by: trimmed and lower-cased, for every alphabet.
    static func nameKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The id of the branch named `name`, creating it when new. Runs inside the caller's transaction.
    func branchID(_ database: Database, named name: String) throws -> Int64 {
        if let id: Int64 = try database.fetchOne("SELECT id FROM branches WHERE name_key = ?", [Self.nameKey(name)], { $0[0] }) {
            return id
        }
        try database.run(
            "INSERT INTO branches (name, name_key, created_at) VALUES (?, ?, ?)", [name, Self.nameKey(name), timestamp])
        return database.lastInsertRowID
    }
}
