import Foundation
import SQLite

/// Which members a lookup lists. Members who have left the register are never listed.
public struct MemberFilter: Sendable, Equatable {
    /// Only members unpaid for this year.
    public var unpaidIn: Int?
    /// Only members of this branch (the name compared without regard to case).
    public var branch: String?
    /// Only members whose name, member number, email or phone contains this text (case and accents ignored;
    /// a search of digits also matches phone numbers written another way).
    public var search: String?

    public init(unpaidIn: Int? = nil, branch: String? = nil, search: String? = nil) {
        self.unpaidIn = unpaidIn
        self.branch = branch
        self.search = search
    }
}

extension Store {
    /// Calls `body` with every member the filter lets through, by last name, first name and member number,
    /// without collecting them.
    /// - Throws: `StoreError.notFound` when the branch does not exist.
    public func forEachMember(matching filter: MemberFilter, _ body: (Member) throws -> Void) throws {
        try read { database in
            var sql = Self.memberColumns
            var arguments: [SQLBindable] = []
            if let year = filter.unpaidIn {
                sql += " JOIN dues d ON d.member_id = m.id AND d.year = ? AND d.status = 'unpaid'"
                arguments.append(year)
            }
            sql += " WHERE m.left_register_at IS NULL"
            if let name = filter.branch {
                guard let id: Int64 = try database.fetchOne(
                    "SELECT id FROM branches WHERE name_key = ?", [Self.nameKey(name)], { $0[0] }) else {
                    throw StoreError.notFound(kind: "branch", name: name)
                }
                sql += " AND m.branch_id = ?"
                arguments.append(id)
            }
            sql += " ORDER BY m.last_name, m.first_name, m.member_number"
            let matcher = filter.search.flatMap(MemberSearch.init)
            try database.forEach(sql, .positional(arguments)) { row in
                let member = Self.member(row)
                if matcher?.matches(member) ?? true { try body(member) }
            }
        }
    }

    /// The members the filter lets through; see `forEachMember(matching:_:)`.
    public func members(matching filter: MemberFilter) throws -> [Member] {
        var members: [Member] = []
        try forEachMember(matching: filter) { members.append($0) }
        return members
    }
}

/// A free-text member search, folded once.
struct MemberSearch {
    let folded: String
    let digits: String

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        folded = Self.fold(trimmed)
        let isNumberLike = trimmed.allSatisfy { $0.isNumber || " +-.()".contains($0) }
        digits = isNumberLike ? trimmed.filter { $0.isASCII && $0.isNumber } : ""
    }

    func matches(_ member: Member) -> Bool {
        if !digits.isEmpty, let e164 = member.record.phone?.e164, e164.contains(digits) { return true }
        let fields = [member.fullName, member.memberNumber, member.record.email ?? "", member.record.phone?.raw ?? ""]
        return fields.contains { Self.fold($0).contains(folded) }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ø", with: "o")
    }
}
