import Demo
import Foundation
import Model
import TestSupport
import Testing
@testable import Storage

@Suite struct DemoSeedTests {
    let today = CalendarDate(year: 2026, month: 11, day: 26)!

    @Test func followsTheReferenceCountyAndIsDeterministic() throws {
        let seed = DemoData.seed(today: today)
        #expect(seed.members.count == 2_082)
        #expect(seed.branches.count == 21)
        #expect(seed.members.filter { $0.record.branch == "Tromsø" }.count == 574)
        #expect(seed.members.filter { $0.record.branch == nil }.count == 11)
        #expect(Set(seed.members.map(\.record.memberNumber)).count == 2_082)
        let again = DemoData.seed(today: today)
        #expect(again.members.map(\.record) == seed.members.map(\.record))
        #expect(DemoData.seed(today: today, seed: 7).members.map(\.record) != seed.members.map(\.record))
    }

    /// A walkthrough can name a member: the same people, numbers and unpaid members on every date, dates aside.
    @Test(arguments: [
        CalendarDate(year: 2026, month: 12, day: 3)!, CalendarDate(year: 2027, month: 1, day: 1)!,
        CalendarDate(year: 2028, month: 2, day: 29)!, CalendarDate(year: 2031, month: 7, day: 14)!,
    ])
    func hasTheSameMembersOnEveryDate(_ other: CalendarDate) {
        let base = DemoData.seed(today: today).members
        let moved = DemoData.seed(today: other).members
        #expect(moved.map(\.record.memberNumber) == base.map(\.record.memberNumber))
        #expect(moved.map { $0.record.firstName + " " + $0.record.lastName } == base.map { $0.record.firstName + " " + $0.record.lastName })
        #expect(moved.map(\.record.phone) == base.map(\.record.phone))
        #expect(moved.map(\.record.branch) == base.map(\.record.branch))
        #expect(moved.map { $0.dues[other.year] } == base.map { $0.dues[today.year] })
        let shift = other.daysSinceEpoch - today.daysSinceEpoch
        #expect(zip(base, moved).allSatisfy { $0.record.joinedOn!.adding(days: shift) == $1.record.joinedOn })
    }

    @Test func leavesAboutAQuarterUnpaidAndHasRecentJoinersForWelcomeCalls() {
        let seed = DemoData.seed(today: today)
        let unpaid = seed.members.filter { $0.dues[2026] == .unpaid }.count
        #expect((450...600).contains(unpaid))
        let recent = seed.members.filter { ($0.record.joinedOn ?? today) >= today.adding(days: -60) }.count
        #expect(recent >= 30)
        #expect(seed.members.allSatisfy { member in member.dues.keys.allSatisfy { $0 >= member.record.joinedOn!.year } })
    }

    @Test func loadsIntoAnEmptyDatabaseOnlyAndAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("demo.sqlite")).store
        try store.load(DemoData.seed(today: today))
        let summary = try store.statusSummary()
        #expect(summary.demo)
        #expect(summary.members == 2_082 && summary.callers == 5 && summary.branches.count == 21)
        #expect(summary.branches.first { $0.branch == "Tromsø" }?.members == 574)
        #expect(summary.years.map(\.year) == [2026, 2025, 2024])
        #expect(throws: StoreError.self) { try store.load(DemoData.seed(today: today)) }
        #expect(try store.statusSummary() == summary)
    }

    @Test func aFailingSeedWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("demo.sqlite")).store
        var seed = DemoData.seed(today: today)
        seed.callers.append(seed.callers[0])
        #expect(throws: StoreError.self) { try store.load(seed) }
        #expect(try store.statusSummary().members == 0)
        #expect(try store.statusSummary().branches.isEmpty)
    }
}
