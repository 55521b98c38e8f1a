import Foundation
import SQLite

/// One line of the audit log: who did what, with counts, never personal details.
public struct AuditEntry: Sendable, Equatable {
    public let at: Date
    public let actor: String
    public let action: String
    public let subject: String?
    public let counts: [String: Int]
}

extension Store {
    /// Records an action in the audit log, inside the caller's transaction.
    func audit(_ database: Database, _ action: String, subject: String? = nil, counts: [String: Int] = [:]) throws {
        let json = String(decoding: try JSONEncoder.sorted.encode(counts), as: UTF8.self)
        try database.run(
            "INSERT INTO audit_log (at, actor, action, subject, counts) VALUES (?, ?, ?, ?, ?)",
            [timestamp, actor, action, subject, json])
    }

    /// The newest audit entries first.
    public func auditLog(limit: Int = 100) throws -> [AuditEntry] {
        try read { database in
            try database.fetchAll(
                "SELECT at, actor, action, subject, counts FROM audit_log ORDER BY id DESC LIMIT ?", [limit]
            ) { row in
                let counts = (try? JSONDecoder().decode([String: Int].self, from: Data((row[4] as String).utf8))) ?? [:]
                return AuditEntry(at: row[0], actor: row[1], action: row[2], subject: row[3], counts: counts)
            }
        }
    }
}

extension JSONEncoder {
    /// An encoder with stable key order.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
