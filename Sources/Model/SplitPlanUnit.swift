/// A household: members that always go to the same caller.
struct PlanUnit {
    /// Position in member-id order (units are created in order of their smallest member id).
    let order: Int
    let members: [SplitEntry]
    var size: Int { members.count }
    /// The caller id a logged call pins the unit to (most pinned members, then lowest id).
    let pinnedCaller: Int64?
    /// Index of the caller all members currently share, when that caller takes part.
    let currentIndex: Int?
    /// Branch group the unit must stay in (branch strategy, branch with callers).
    let group: Int?

    init(order: Int, members: [SplitEntry], rebalance: Bool, callerIndex: [Int64: Int], groupIndex: [String: Int]) {
        self.order = order
        self.members = members
        var pinnedCounts: [Int64: Int] = [:]
        if !rebalance {
            for member in members where member.hasCalls {
                if let caller = member.currentCaller { pinnedCounts[caller, default: 0] += 1 }
            }
        }
        pinnedCaller = pinnedCounts.min { ($0.value, -$0.key) > ($1.value, -$1.key) }?.key
        if let first = members.first?.currentCaller, members.allSatisfy({ $0.currentCaller == first }) {
            currentIndex = callerIndex[first]
        } else {
            currentIndex = nil
        }
        // Only the branch strategy has groups; without them, skip reading every member's branch.
        guard !groupIndex.isEmpty else {
            group = nil
            return
        }
        var branchCounts: [String: Int] = [:]
        for member in members {
            if let key = PlanState.branchKey(member.branch) { branchCounts[key, default: 0] += 1 }
        }
        let branch = branchCounts.min { ($0.value, $1.key) > ($1.value, $0.key) }?.key
        group = branch.flatMap { groupIndex[$0] }
    }
}
