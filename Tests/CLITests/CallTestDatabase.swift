import Foundation
import Model
import SQLite
import Storage
import TestSupport

/// A small database for `dues call` tests: unpaid members with their own mobile numbers, callers `Caller 1`…, and a
/// dues campaign `K` open around the clock, so the tests can run at any hour.
enum CallTestDatabase {
    @discardableResult
    static func create(at path: String, members: Int, callers: Int) throws -> Campaign {
        let store = try Store.create(at: path, now: { TestClock.now }).store
        let year = TestClock.year
        try store.load(Seed(
            settings: [.party: "Testpartiet", .membershipOfficeEmail: "medlem@test.example"],
            duesYears: [year: CalendarDate(year: year, month: 12, day: 31)!],
            branches: [.init(name: "Tromsø", goals: [])],
            members: (0..<members).map { index in
                Seed.MemberSeed(
                    record: MemberRecord(
                        memberNumber: String(1000 + index), firstName: "Medlem\(index)", lastName: "Hansen",
                        phone: PhoneNumber(parsing: String(91_000_000 + index)), branch: "Tromsø"),
                    dues: [year: .unpaid])
            },
            callers: (1...callers).map { CallerDraft(name: "Caller \($0)") }))
        let rules = CallingRules(startMinute: 0, endMinute: 24 * 60, callingDays: Set(Weekday.allCases))
        return try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: year, rules: rules)).campaign
    }

    /// The calls on the database, oldest first.
    static func calls(at path: String) throws -> [(number: String, outcome: String, caller: String, note: String?)] {
        try Database(path: path).fetchAll("""
            SELECT m.member_number, c.outcome, k.name, c.note FROM call_log c
            JOIN call_list_entries e ON e.id = c.entry_id JOIN members m ON m.id = e.member_id
            JOIN callers k ON k.id = c.caller_id ORDER BY c.id
            """) { ($0[0], $0[1], $0[2], $0[3]) }
    }

    /// The member numbers and names held by `caller`.
    static func held(at path: String, by caller: String) throws -> [(number: String, name: String)] {
        try Database(path: path).fetchAll("""
            SELECT m.member_number, m.first_name || ' ' || m.last_name FROM call_list_entries e
            JOIN members m ON m.id = e.member_id JOIN callers k ON k.id = e.claimed_by WHERE k.name = ?
            """, [caller]) { ($0[0], $0[1]) }
    }
}
