import Foundation
import TestSupport
import Testing
@testable import Model

func makeEntries(_ count: Int, households: Int = 0, branches: [String?] = [nil], seed: UInt64) -> [SplitEntry] {
    var random = SeededGenerator(state: seed)
    return (0..<count).map { index in
        let shared = households > 0 && Int.random(in: 0..<4, using: &random) == 0
        let household = shared ? "+47\(40_000_000 + Int.random(in: 0..<households, using: &random))" : ""
        return SplitEntry(memberID: Int64(index * 7 + 3), household: household,
                          branch: branches.randomElement(using: &random)!, currentCaller: nil, hasCalls: false)
    }
}

func callers(_ count: Int, branch: (Int) -> String? = { _ in nil }, capacity: (Int) -> Int = { _ in 1 })
    -> [SplitCaller] {
    (0..<count).map { SplitCaller(id: Int64(100 + $0), branch: branch($0), capacity: capacity($0)) }
}

func counts(_ plan: [Int64: Int64]) -> [Int64: Int] {
    plan.values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
}

/// Entries as they look after a plan was saved.
func applying(_ plan: [Int64: Int64], to entries: [SplitEntry]) -> [SplitEntry] {
    entries.map { entry in
        var copy = entry
        copy.currentCaller = plan[entry.memberID]
        return copy
    }
}

/// No single household could move to another caller and make the two fairer.
func isStable(_ plan: [Int64: Int64], _ entries: [SplitEntry], _ callers: [SplitCaller], weighted: Bool) -> Bool {
    var loads = counts(plan)
    for caller in callers where loads[caller.id] == nil { loads[caller.id] = 0 }
    let weight = { (id: Int64) -> Int in weighted ? callers.first { $0.id == id }!.capacity : 1 }
    var households: [String: Int] = [:]
    for entry in entries { households[entry.household.isEmpty ? "m\(entry.memberID)" : entry.household, default: 0] += 1 }
    for entry in entries {
        let key = entry.household.isEmpty ? "m\(entry.memberID)" : entry.household
        let size = households[key]!, from = plan[entry.memberID]!
        for caller in callers where caller.id != from && weight(caller.id) > 0 {
            if (loads[caller.id]! + size) * weight(from) < loads[from]! * weight(caller.id) { return false }
        }
    }
    return true
}

func householdsIntact(_ plan: [Int64: Int64], _ entries: [SplitEntry]) -> Bool {
    var callerOf: [String: Int64] = [:]
    for entry in entries where !entry.household.isEmpty {
        let caller = plan[entry.memberID]!
        if let seen = callerOf[entry.household], seen != caller { return false }
        callerOf[entry.household] = caller
    }
    return true
}

struct SplitPlannerTests {
    @Test(arguments: [(10, 3), (100, 7), (1, 5), (0, 3), (999, 50), (12, 12), (5, 1)])
    func evenCountsDifferByAtMostOne(members: Int, callerCount: Int) {
        let entries = makeEntries(members, seed: UInt64(members))
        let team = callers(callerCount)
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false)
        #expect(plan.count == members)
        var loads = counts(plan)
        for caller in team where loads[caller.id] == nil { loads[caller.id] = 0 }
        #expect(loads.values.max()! - loads.values.min()! <= 1)
        #expect(Set(plan.values).isSubset(of: Set(team.map(\.id))))
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4, 5, 6, 7, 8])
    func householdsStayTogetherAndTheSplitIsStable(seed: UInt64) {
        let entries = makeEntries(400, households: 60, seed: seed)
        let team = callers(Int(seed % 5) + 2)
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false)
        #expect(plan.count == entries.count)
        #expect(householdsIntact(plan, entries))
        #expect(isStable(plan, entries, team, weighted: false))
        let loads = counts(plan).values
        let largestHousehold = Dictionary(grouping: entries.filter { !$0.household.isEmpty }, by: \.household)
            .values.map(\.count).max() ?? 1
        #expect(loads.max()! - loads.min()! <= largestHousehold)
    }

    @Test func householdExample() {
        let entries = [
            SplitEntry(memberID: 1, household: "+4741111111", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 2, household: "+4741111111", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 3, household: "+4741111111", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 4, household: "", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 5, household: "", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 6, household: "", branch: nil, currentCaller: nil, hasCalls: false),
        ]
        let plan = SplitPlanner.plan(entries: entries, callers: callers(2), strategy: .even, rebalance: false)
        #expect(plan == [1: 100, 2: 100, 3: 100, 4: 101, 5: 101, 6: 101])
    }

    @Test(arguments: [(SplitStrategy.even, 11 as UInt64), (.branch, 12), (.capacity, 13), (.even, 14), (.branch, 15)])
    func deterministicUnderShuffledInput(strategy: SplitStrategy, seed: UInt64) {
        var random = SeededGenerator(state: seed)
        var entries = makeEntries(600, households: 80, branches: ["Tromsø", "Alta", nil, "Bodø"], seed: seed)
        for index in entries.indices where Int.random(in: 0..<5, using: &random) == 0 {
            entries[index].currentCaller = Int64(100 + Int.random(in: 0..<6, using: &random))
            entries[index].hasCalls = Bool.random(using: &random)
        }
        let team = callers(5, branch: { ["Tromsø", "alta ", nil][$0 % 3] }, capacity: { $0 + 1 })
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: strategy, rebalance: false)
        for _ in 0..<4 {
            let shuffled = SplitPlanner.plan(entries: entries.shuffled(using: &random),
                                             callers: team.shuffled(using: &random), strategy: strategy,
                                             rebalance: false)
            #expect(shuffled == plan)
        }
    }

    @Test(arguments: [(SplitStrategy.even, 21 as UInt64), (.branch, 22), (.capacity, 23), (.even, 24), (.capacity, 25)])
    func planningAPlanAgainChangesNothing(strategy: SplitStrategy, seed: UInt64) {
        var random = SeededGenerator(state: seed)
        var entries = makeEntries(500, households: 70, branches: ["Tromsø", "Alta", nil], seed: seed)
        for index in entries.indices where Int.random(in: 0..<4, using: &random) == 0 {
            entries[index].currentCaller = Int64(100 + Int.random(in: 0..<8, using: &random))
            entries[index].hasCalls = Int.random(in: 0..<3, using: &random) == 0
        }
        let team = callers(6, branch: { ["Tromsø", nil, "Alta"][$0 % 3] }, capacity: { [1, 3, 2][$0 % 3] })
        for rebalance in [false, true] {
            let first = SplitPlanner.plan(entries: entries, callers: team, strategy: strategy, rebalance: rebalance)
            let second = SplitPlanner.plan(entries: applying(first, to: entries), callers: team, strategy: strategy,
                                           rebalance: rebalance)
            #expect(second == first)
        }
    }

    @Test func calledEntriesStayUnlessRebalancing() {
        var entries = makeEntries(40, seed: 9)
        for index in 0..<20 {
            entries[index].currentCaller = 100
            entries[index].hasCalls = true
        }
        let team = callers(2)
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false)
        for entry in entries.prefix(20) { #expect(plan[entry.memberID] == 100) }
        #expect(counts(plan) == [100: 20, 101: 20])

        entries[20].currentCaller = 100
        entries[20].hasCalls = true
        let lopsided = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false)
        #expect(counts(lopsided) == [100: 21, 101: 19])
        let rebalanced = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: true)
        #expect(counts(rebalanced) == [100: 20, 101: 20])
        #expect(entries.prefix(21).filter { rebalanced[$0.memberID] == 100 }.count == 20)
    }

    @Test func pinnedHouseholdPullsItsOtherMembersAlong() {
        let entries = [
            SplitEntry(memberID: 1, household: "h", branch: nil, currentCaller: 101, hasCalls: true),
            SplitEntry(memberID: 2, household: "h", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 3, household: "", branch: nil, currentCaller: 999, hasCalls: true),
            SplitEntry(memberID: 4, household: "", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 5, household: "", branch: nil, currentCaller: nil, hasCalls: false),
        ]
        let plan = SplitPlanner.plan(entries: entries, callers: callers(2), strategy: .even, rebalance: false)
        #expect(plan[1] == 101 && plan[2] == 101)
        #expect(plan[3] == 999)
        #expect(plan[4] == 100 && plan[5] == 100)
        #expect(SplitPlanner.plan(entries: entries, callers: [], strategy: .even, rebalance: false)
            == [1: 101, 2: 101, 3: 999])
    }

    @Test func newMembersDoNotReshuffleBalancedLists() {
        let team = callers(2)
        let old = makeEntries(100, seed: 31)
        let first = SplitPlanner.plan(entries: old, callers: team, strategy: .even, rebalance: false)
        let grown = applying(first, to: old) + (0..<10).map {
            SplitEntry(memberID: 10_000 + Int64($0), household: "", branch: nil, currentCaller: nil, hasCalls: false)
        }
        let second = SplitPlanner.plan(entries: grown, callers: team, strategy: .even, rebalance: false)
        for entry in old { #expect(second[entry.memberID] == first[entry.memberID]) }
        #expect(counts(second) == [100: 55, 101: 55])
    }

    @Test func aNewCallerTakesOnlyWhatBalanceNeeds() {
        let entries = makeEntries(90, seed: 41)
        let first = SplitPlanner.plan(entries: entries, callers: callers(2), strategy: .even, rebalance: false)
        let second = SplitPlanner.plan(entries: applying(first, to: entries), callers: callers(3), strategy: .even,
                                       rebalance: false)
        #expect(counts(second) == [100: 30, 101: 30, 102: 30])
        #expect(entries.filter { first[$0.memberID] != second[$0.memberID] }.count == 30)
        let without = SplitPlanner.plan(entries: applying(second, to: entries), callers: [callers(3)[2]],
                                        strategy: .even, rebalance: false)
        #expect(counts(without) == [102: 90])
    }

    @Test func branchStrategyKeepsMembersInTheirBranch() {
        let entries = makeEntries(300, households: 0, branches: ["Tromsø", "Alta", "Bodø", nil], seed: 51)
        let team = callers(4, branch: { ["Tromsø", "TROMSØ", " alta", nil][$0] })
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .branch, rebalance: false)
        #expect(plan.count == 300)
        for entry in entries {
            switch entry.branch {
            case "Tromsø": #expect([100, 101].contains(plan[entry.memberID]!))
            case "Alta": #expect(plan[entry.memberID] == 102)
            default: break
            }
        }
        let tromso = entries.filter { $0.branch == "Tromsø" }.map { plan[$0.memberID]! }
        let perTromsoCaller = Dictionary(grouping: tromso, by: { $0 }).values.map(\.count)
        #expect(perTromsoCaller.max()! - perTromsoCaller.min()! <= 1)
        let loads = counts(plan)
        #expect(loads[102] == entries.filter { $0.branch == "Alta" }.count)
        let others = [loads[100]!, loads[101]!, loads[103]!]
        #expect(others.max()! - others.min()! <= 1)
    }

    @Test func branchRestFillsWhoeverHasFewest() {
        func entry(_ id: Int64, _ branch: String?) -> SplitEntry {
            SplitEntry(memberID: id, household: "", branch: branch, currentCaller: nil, hasCalls: false)
        }
        let entries = (1...10).map { entry($0, "Alta") } + (11...12).map { entry($0, "Bodø") }
            + (13...20).map { entry($0, nil) }
        let team = [SplitCaller(id: 1, branch: "Alta", capacity: 1), SplitCaller(id: 2, branch: "Bodø", capacity: 1),
                    SplitCaller(id: 3, branch: nil, capacity: 1)]
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .branch, rebalance: false)
        #expect(counts(plan) == [1: 10, 2: 5, 3: 5])
        for id in Int64(1)...10 { #expect(plan[id] == 1) }
        #expect(plan[11] == 2 && plan[12] == 2)
    }

    @Test func capacityIsProportional() {
        let entries = makeEntries(60, seed: 61)
        let team = callers(3, capacity: { $0 + 1 })
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .capacity, rebalance: false)
        #expect(counts(plan) == [100: 10, 101: 20, 102: 30])
        let withZero = callers(3, capacity: { [0, 2, 2][$0] })
        #expect(counts(SplitPlanner.plan(entries: entries, callers: withZero, strategy: .capacity, rebalance: false))
            == [101: 30, 102: 30])
        let allZero = callers(3, capacity: { _ in 0 })
        #expect(counts(SplitPlanner.plan(entries: entries, callers: allZero, strategy: .capacity, rebalance: false))
            == [100: 20, 101: 20, 102: 20])
        #expect(counts(SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false))
            == [100: 20, 101: 20, 102: 20])
    }

    @Test(arguments: [71 as UInt64, 72, 73])
    func capacityWithHouseholdsIsStableAndNearProportional(seed: UInt64) {
        let entries = makeEntries(1000, households: 150, seed: seed)
        let team = callers(4, capacity: { [5, 10, 20, 15][$0] })
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .capacity, rebalance: false)
        #expect(householdsIntact(plan, entries))
        #expect(isStable(plan, entries, team, weighted: true))
        let loads = counts(plan)
        for caller in team {
            let share = Double(entries.count) * Double(caller.capacity) / 50
            #expect(abs(Double(loads[caller.id] ?? 0) - share) <= 8, "\(caller.id): \(loads[caller.id] ?? 0)")
        }
    }

    @Test func duplicatesAreHandledDeterministically() {
        let entries = [
            SplitEntry(memberID: 1, household: "", branch: nil, currentCaller: nil, hasCalls: false),
            SplitEntry(memberID: 1, household: "", branch: nil, currentCaller: 100, hasCalls: true),
            SplitEntry(memberID: 2, household: "", branch: nil, currentCaller: nil, hasCalls: false),
        ]
        let team = [SplitCaller(id: 100, branch: nil, capacity: 1), SplitCaller(id: 101, branch: nil, capacity: 1),
                    SplitCaller(id: 100, branch: nil, capacity: 1)]
        let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: .even, rebalance: false)
        #expect(plan == [1: 100, 2: 101])
        #expect(SplitPlanner.plan(entries: entries.reversed(), callers: team.reversed(), strategy: .even,
                                  rebalance: false) == plan)
    }

    @Test func largeSplitIsFast() {
        let entries = makeEntries(250_000, households: 40_000, branches: ["Tromsø", "Alta", nil], seed: 81)
        let team = callers(50, branch: { $0 % 2 == 0 ? "Tromsø" : nil }, capacity: { $0 % 4 + 1 })
        for strategy in SplitStrategy.allCases {
            let start = Date()
            let plan = SplitPlanner.plan(entries: entries, callers: team, strategy: strategy, rebalance: false)
            let elapsed = Date().timeIntervalSince(start)
            #expect(plan.count == 250_000)
            #expect(elapsed < 20, "\(strategy): \(elapsed) s (debug build; quadratic work would take hours)")
        }
    }
}
