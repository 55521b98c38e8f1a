import Foundation
import Model
import SQLite

/// What a manual payment mark changed.
public struct DuesMarkSummary: Sendable, Equatable {
    /// Members whose status for the year changed.
    public var changed = 0
    /// Members who already had that status.
    public var unchanged = 0
    /// Open call-list entries closed because the member has paid.
    public var entriesClosed = 0
    /// Entries closed by an earlier paid mark and opened again because the mark was taken back.
    public var entriesReopened = 0
    /// Now-paid members who had said `will_pay` on a call in one of the year's dues campaigns.
    public var promisedAndPaid = 0
}

extension Store {
    /// Marks members paid (or unpaid again) for a year by hand, all or nothing, with source `manual`.
    ///
    /// Paid closes the members' open entries in the year's dues campaigns as `paid_since`; unpaid reopens entries
    /// that were closed that way in the year's open dues campaigns.
    /// - Throws: `StoreError.notFound` for an unknown member number; nothing is changed then.
    public func markDues(memberNumbers: [String], year: Int, status: DuesStatus) throws -> DuesMarkSummary {
        guard (1900...2999).contains(year) else { throw StoreError.invalid(Wording("\(year) er ikke et kontingentår", "\(year) is not a dues year")) }
        return try write { database in
            var summary = DuesMarkSummary()
            for number in memberNumbers {
                let trimmed = number.trimmingCharacters(in: .whitespaces)
                guard let id: Int64 = try database.fetchOne(
                    "SELECT id FROM members WHERE member_number = ?", [trimmed], { $0[0] }) else {
                    throw StoreError.notFound(kind: "member", name: trimmed)
                }
                guard try setDues(database, memberID: id, year: year, status: status, source: .manual) else {
                    summary.unchanged += 1
                    continue
                }
                summary.changed += 1
                switch status {
                case .paid:
                    let (closed, promised) = try closeEntriesAsPaid(database, memberID: id, year: year)
                    summary.entriesClosed += closed
                    if promised { summary.promisedAndPaid += 1 }
                case .unpaid:
                    summary.entriesReopened += try reopenEntriesClosedAsPaid(database, memberID: id, year: year)
                case .waived:
                    break
                }
            }
            try audit(database, "dues_manual", subject: "\(year) \(status.rawValue)", counts: [
                "changed": summary.changed, "unchanged": summary.unchanged,
                "entries_closed": summary.entriesClosed, "entries_reopened": summary.entriesReopened,
            ])
            return summary
        }
    }
}
