import Foundation
import Model
import SQLite

/// A member as the register describes them, ready to be stored.
public struct MemberRecord: Sendable, Equatable {
    public var memberNumber: String
    public var firstName: String
    public var lastName: String
    public var phone: PhoneNumber?
    public var email: String?
    public var branch: String?
    public var joinedOn: CalendarDate?

    public init(
        memberNumber: String, firstName: String, lastName: String, phone: PhoneNumber? = nil,
        email: String? = nil, branch: String? = nil, joinedOn: CalendarDate? = nil
    ) {
        self.memberNumber = memberNumber
        self.firstName = firstName
        self.lastName = lastName
        self.phone = phone
        self.email = email
        self.branch = branch
        self.joinedOn = joinedOn
    }
}

/// A stored member.
public struct Member: Sendable, Equatable {
    public let id: Int64
    public let record: MemberRecord
    public let doNotCall: Bool
    public let keepConsent: Bool
    public let phoneWrong: Bool
    public let leftRegisterAt: Date?

    public var memberNumber: String { record.memberNumber }
    public var fullName: String { [record.firstName, record.lastName].filter { !$0.isEmpty }.joined(separator: " ") }
}

extension Store {
    static let memberColumns = """
        SELECT m.id, m.member_number, m.first_name, m.last_name, m.phone_raw, m.email, b.name, m.joined_on,
               m.do_not_call, m.keep_consent, m.phone_wrong, m.left_register_at
        FROM members m LEFT JOIN branches b ON b.id = m.branch_id
        """

    static func member(_ row: Row) -> Member {
        let record = MemberRecord(
            memberNumber: row[1], firstName: row[2], lastName: row[3],
            phone: (row[4] as String?).map(PhoneNumber.init(parsing:)), email: row[5], branch: row[6],
            joinedOn: (row[7] as String?).flatMap(CalendarDate.init(iso:)))
        return Member(
            id: row[0], record: record, doNotCall: row[8], keepConsent: row[9], phoneWrong: row[10],
            leftRegisterAt: row[11])
    }

    /// The member with the register's member number, if stored.
    public func member(number: String) throws -> Member? {
        try read { try $0.fetchOne(Self.memberColumns + " WHERE m.member_number = ?", [number], Self.member) }
    }

    /// Inserts a member: the columns of `memberValues`, then last_seen_at, created_at and updated_at.
    static let insertMemberSQL = insertMembersSQL(rows: 1)

    /// Inserts `rows` members with one statement, each with the values of `insertMemberSQL`.
    static func insertMembersSQL(rows: Int) -> String {
        """
        INSERT INTO members (member_number, first_name, last_name, phone_raw, phone_e164, phone_kind, email,
                             branch_id, joined_on, last_seen_at, created_at, updated_at)
        VALUES \(repeatElement("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
        """
    }

    /// Inserts a new member inside the caller's transaction and returns its id.
    func insertMember(_ database: Database, _ record: MemberRecord, branchID: Int64?, seenAt: Int64?) throws -> Int64 {
        try database.run(
            Self.insertMemberSQL,
            .positional(Self.memberValues(record, branchID: branchID) + [seenAt, timestamp, timestamp]))
        return database.lastInsertRowID
    }

    /// The stored columns of a record, in the order member_number … joined_on.
    static func memberValues(_ record: MemberRecord, branchID: Int64?) -> [SQLBindable] {
        [
            record.memberNumber, record.firstName, record.lastName, record.phone?.raw, record.phone?.e164,
            record.phone?.kind.rawValue, record.email, branchID, record.joinedOn?.iso,
        ]
    }
}
