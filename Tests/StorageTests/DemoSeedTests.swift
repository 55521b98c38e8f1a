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
