import Foundation
import SQLite

/// What recording members' consent to be kept changed.
public struct KeepConsentSummary: Sendable, Equatable {
    /// Members whose consent changed.
    public var changed = 0
    /// Members whose consent was already as asked.
    public var unchanged = 0
}

extension Store {
    /// Records that members agreed to be kept after their dues lapse (or, with `kept` false, withdrew it), all or
    /// nothing: a purge leaves a member who agreed in place.
    /// - Throws: `StoreError.notFound` for an unknown member number; nothing is changed then.
    public func setKeepConsent(memberNumbers: [String], kept: Bool) throws -> KeepConsentSummary {
        try write { database in
            var summary = KeepConsentSummary()
            for number in memberNumbers {
                let trimmed = number.trimmingCharacters(in: .whitespaces)
                guard let id: Int64 = try database.fetchOne(
                    "SELECT id FROM members WHERE member_number = ?", [trimmed], { $0[0] }) else {
                    throw StoreError.notFound(kind: "member", name: trimmed)
                }
                let changed = try database.run(
                    "UPDATE members SET keep_consent = ?, updated_at = ? WHERE id = ? AND keep_consent <> ?",
                    [kept, timestamp, id, kept])
                if changed > 0 { summary.changed += 1 } else { summary.unchanged += 1 }
            }
            try audit(database, kept ? "keep_consent_given" : "keep_consent_revoked", counts: [
                "changed": summary.changed, "unchanged": summary.unchanged,
            ])
            return summary
        }
    }
}
