import Foundation
import Model
import SQLite

/// A volunteer who makes calls.
public struct Caller: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let phone: String?
    public let branch: String?
    public let capacity: Int
    public let active: Bool

    /// The first word of the name, for scripts.
    public var firstName: String { String(name.split(separator: " ").first ?? Substring(name)) }
}

/// What is needed to add a caller.
public struct CallerDraft: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var branch: String?
    public var capacity: Int

    public init(name: String, phone: String? = nil, branch: String? = nil, capacity: Int = 30) {
        self.name = name
        self.phone = phone
        self.branch = branch
        self.capacity = capacity
    }
}

extension Store {
    static let callerColumns = """
        SELECT c.id, c.name, c.phone, b.name, c.capacity, c.active
        FROM callers c LEFT JOIN branches b ON b.id = c.branch_id
        """

    static func caller(_ row: Row) -> Caller {
        Caller(id: row[0], name: row[1], phone: row[2], branch: row[3], capacity: row[4], active: row[5])
    }

    /// The active callers by name.
    public func callers() throws -> [Caller] {
        try read { database in
            try database.fetchAll(Self.callerColumns + " WHERE c.active = 1 ORDER BY c.name", [], Self.caller)
        }
    }

    /// The active caller named `name` (compared without regard to case).
    public func caller(named name: String) throws -> Caller {
        guard let caller = try read({ database in
            try database.fetchOne(
                Self.callerColumns + " WHERE c.active = 1 AND c.name_key = ?", [Self.nameKey(name)], Self.caller)
        }) else {
            throw StoreError.notFound(kind: "caller", name: name)
        }
        return caller
    }

    /// Adds a caller. The branch must exist; the name must not belong to another active caller.
    @discardableResult
    public func addCaller(_ draft: CallerDraft) throws -> Caller {
        try write { database in
            let caller = try insertCaller(database, draft)
            try audit(database, "caller_add", counts: ["callers": 1])
            return caller
        }
    }

    func insertCaller(_ database: Database, _ draft: CallerDraft) throws -> Caller {
        let name = try UserText.clean(draft.name, as: .callerName)
        let phone = try draft.phone.map { try UserText.clean($0, as: .phone) }
        guard !name.isEmpty else { throw StoreError.invalid(Wording("en ringer trenger et navn", "a caller needs a name")) }
        guard draft.capacity > 0 else { throw StoreError.invalid(Wording("kapasiteten må være et positivt tall, ikke \(draft.capacity)", "capacity must be a positive number, not \(draft.capacity)")) }
        let exists = try database.fetchOne(
            "SELECT 1 FROM callers WHERE active = 1 AND name_key = ?", [Self.nameKey(name)]) { _ in true } ?? false
        guard !exists else { throw StoreError.conflict(Wording("det finnes allerede en ringer som heter \(name)", "there is already a caller named \(name)")) }
        var branchID: Int64?
        if let branch = try draft.branch.map({ try UserText.clean($0, as: .branch) }) {
            branchID = try database.fetchOne("SELECT id FROM branches WHERE name_key = ?", [Self.nameKey(branch)]) { $0[0] }
            guard branchID != nil else { throw StoreError.notFound(kind: "branch", name: branch) }
        }
        try database.run(
            "INSERT INTO callers (name, name_key, phone, branch_id, capacity, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [name, Self.nameKey(name), phone, branchID, draft.capacity, timestamp])
        let id = database.lastInsertRowID
        return try database.fetchOne(Self.callerColumns + " WHERE c.id = ?", [id], Self.caller)!
    }
}
