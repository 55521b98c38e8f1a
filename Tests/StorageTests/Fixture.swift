import Foundation
import Model
import TestSupport
@testable import Storage

/// A settable clock for stores under test.
final class TestClock: @unchecked Sendable {
    var now: Date

    init(_ iso: String) {
        now = ISO8601DateFormatter().date(from: iso)!
    }

    func advance(_ seconds: TimeInterval) {
        now += seconds
    }
}

/// A store on a real file with a small register: members in two branches, some unpaid for 2026, two callers.
struct Fixture {
    let folder: TemporaryFolder
    let clock: TestClock
    let store: Store

    /// Thursday 26 November 2026, 15:00 in Oslo.
    static let start = "2026-11-26T14:00:00Z"

    init(members: [Seed.MemberSeed] = Fixture.register(), callers: [CallerDraft] = Fixture.callers) throws {
        folder = try TemporaryFolder()
        clock = TestClock(Fixture.start)
        let clock = clock
        store = try Store.create(at: folder.path("dues.sqlite"), now: { clock.now }).store
        try store.load(Seed(
            settings: [.party: "Testpartiet", .membershipOfficeEmail: "medlem@test.example", .paymentDetails: "Vipps 1234"],
            duesYears: [2025: CalendarDate(year: 2025, month: 6, day: 30)!, 2026: CalendarDate(year: 2026, month: 6, day: 30)!],
            branches: [.init(name: "Tromsø", goals: []), .init(name: "Harstad", goals: [])],
            members: members, callers: callers))
    }

    /// Opens a second store on the same file, as another process would.
    func reopen() throws -> Store {
        let clock = clock
        return try Store.open(at: store.path, now: { clock.now })
    }

    static let callers = [
        CallerDraft(name: "Kari Nordmann", branch: "Tromsø", capacity: 20),
        CallerDraft(name: "Ole Hansen", branch: "Harstad", capacity: 10),
    ]

    /// `count` members numbered 1000…, alternating branches, every third unpaid for 2026 (the rest paid).
    static func register(count: Int = 30) -> [Seed.MemberSeed] {
        (0..<count).map { index in
            member(
                number: String(1000 + index), branch: index.isMultiple(of: 2) ? "Tromsø" : "Harstad",
                phone: "9" + String(1_000_000 + index), unpaid: index % 3 == 0)
        }
    }

    static func member(
        number: String, branch: String? = "Tromsø", phone: String? = "91234567", unpaid: Bool = true,
        joined: CalendarDate = CalendarDate(year: 2015, month: 3, day: 1)!, lapsed: Bool = false
    ) -> Seed.MemberSeed {
        var dues: [Int: DuesStatus] = [2026: unpaid ? .unpaid : .paid]
        if lapsed { dues[2025] = .unpaid }
        return Seed.MemberSeed(
            record: MemberRecord(
                memberNumber: number, firstName: "Kari", lastName: "Nr\(number)", phone: phone.map(PhoneNumber.init(parsing:)),
                email: nil, branch: branch, joinedOn: joined),
            dues: dues)
    }

    func caller(_ name: String = "Kari Nordmann") throws -> Caller { try store.caller(named: name) }
}
