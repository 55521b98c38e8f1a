import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct BranchGoalTests {
    /// Joined in 2026: Tromsø 3 in spring and 1 in autumn, Harstad 1 and 2, Bodø 2 and 2; plus members who joined
    /// in 2025 or 2027 or left the register, who do not count as recruits (the 2027 member is a member now).
    static func members() -> [Seed.MemberSeed] {
        let joins: [(String, String)] = [
            ("Tromsø", "2026-01-01"), ("Tromsø", "2026-03-15"), ("Tromsø", "2026-06-30"), ("Tromsø", "2026-07-01"),
            ("Harstad", "2026-05-05"), ("Harstad", "2026-08-08"), ("Harstad", "2026-12-31"),
            ("Bodø", "2026-02-02"), ("Bodø", "2026-04-04"), ("Bodø", "2026-09-09"), ("Bodø", "2026-10-10"),
            ("Tromsø", "2025-12-31"), ("Harstad", "2027-01-01"), ("Harstad", "2026-03-03"),
        ]
        return joins.enumerated().map { index, join in
            Fixture.member(number: String(2000 + index), branch: join.0, joined: CalendarDate(iso: join.1)!)
        }
    }

    @Test func rankingsForSpringAutumnAndTheYear() throws {
        let fixture = try Fixture(members: Self.members())
        try fixture.store.database.run(
            "UPDATE members SET left_register_at = 1 WHERE member_number = '2013'")
        let report = try fixture.store.goals(year: 2026)
        let byName = Dictionary(uniqueKeysWithValues: report.branches.map { ($0.branch, $0) })
        let tromso = try #require(byName["Tromsø"]), harstad = try #require(byName["Harstad"]), bodo = try #require(byName["Bodø"])
        #expect((tromso.recruitedSpring, tromso.recruitedAutumn, tromso.recruited) == (3, 1, 4))
        #expect((harstad.recruitedSpring, harstad.recruitedAutumn, harstad.recruited) == (1, 2, 3))
        #expect((bodo.recruitedSpring, bodo.recruitedAutumn, bodo.recruited) == (2, 2, 4))
        #expect((tromso.springRank, bodo.springRank, harstad.springRank) == (1, 2, 3))
        #expect((harstad.autumnRank, bodo.autumnRank, tromso.autumnRank) == (1, 1, 3))
        #expect((tromso.yearRank, bodo.yearRank, harstad.yearRank) == (1, 1, 3))
        #expect(harstad.members == 4)
    }

    @Test func goalsAreUpsertedAndTheNearestTotalGoalCounts() throws {
        let fixture = try Fixture(members: Self.members())
        let store = fixture.store
        try store.setGoal(branch: "tromsø", total: (count: 10, year: 2028))
        try store.setGoal(branch: "Tromsø", total: (count: 6, year: 2027), recruit: (count: 5, year: 2026))
        try store.setGoal(branch: "Tromsø", recruit: (count: 7, year: 2026))
        let tromso = try #require(try store.goals(year: 2026).branches.first { $0.branch == "Tromsø" })
        #expect(tromso.members == 5)
        #expect(tromso.totalGoal == 6)
        #expect(tromso.totalGoalYear == 2027)
        #expect(tromso.toGo == 1)
        #expect(tromso.recruitGoal == 7)
        let later = try #require(try store.goals(year: 2028).branches.first { $0.branch == "Tromsø" })
        #expect(later.totalGoal == 10)
        #expect(later.recruitGoal == nil)
        #expect(throws: StoreError.self) { try store.setGoal(branch: "Atlantis", total: (count: 1, year: 2026)) }
        #expect(throws: StoreError.self) { try store.setGoal(branch: "Tromsø", total: (count: -1, year: 2026)) }
    }

    @Test func competitionRanksShareEqualCounts() {
        #expect(Store.ranks([10, 7, 7, 3]) == [1, 2, 2, 4])
        #expect(Store.ranks([0, 0]) == [1, 1])
    }
}
