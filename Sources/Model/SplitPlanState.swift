/// The working state of one split: callers, household units and loads.
struct PlanState {
    let callers: [SplitCaller]
    let weights: [Int]
    /// Caller indices of each branch group.
    let groups: [[Int]]
    /// Callers that can take movable units (weight above 0).
    let eligible: [Int]
    let units: SplitUnits
    var loads: [Int]
    /// Caller index of each movable unit, or -1.
    var assigned: [Int]

    init(entries: [SplitEntry], callers rawCallers: [SplitCaller], strategy: SplitStrategy, rebalance: Bool) {
        let callers = PlanState.uniqueCallers(rawCallers)
        self.callers = callers
        var weights = callers.map { strategy == .capacity ? max(0, $0.capacity) : 1 }
        if !weights.contains(where: { $0 > 0 }) { weights = callers.map { _ in 1 } }
        self.weights = weights
        var groupIndex: [String: Int] = [:]
        var groups: [[Int]] = []
        var callerIndex: [Int64: Int] = [:]
        for (index, caller) in callers.enumerated() {
            callerIndex[caller.id] = index
            guard strategy == .branch, let key = PlanState.branchKey(caller.branch) else { continue }
            if let group = groupIndex[key] {
                groups[group].append(index)
            } else {
                groupIndex[key] = groups.count
                groups.append([index])
            }
        }
        self.groups = groups
        eligible = callers.indices.filter { weights[$0] > 0 }
        units = SplitUnits(entries: entries, rebalance: rebalance, callerIndex: callerIndex, groupIndex: groupIndex)
        loads = Array(repeating: 0, count: callers.count)
        assigned = Array(repeating: -1, count: units.count)
        for unit in 0..<units.count where units.pinned[unit] != nil {
            for slot in units.memberRange(unit) {
                if let index = callerIndex[pinnedCaller(of: units.members[slot], in: unit)] { loads[index] += 1 }
            }
        }
    }

    /// The caller a member of a pinned unit stays with: their own when they have a logged call,
    /// else the unit's.
    private func pinnedCaller(of entry: Int, in unit: Int) -> Int64 {
        let member = units.entries[entry]
        if member.hasCalls, units.pinned[unit] != nil, let own = member.currentCaller { return own }
        return units.pinned[unit] ?? -1
    }

    /// The callers a unit may go to.
    func candidates(for unit: Int) -> [Int] {
        units.group[unit] >= 0 ? groups[units.group[unit]] : eligible
    }

    /// Keeps each movable unit with its current caller when that caller takes part and suits it.
    mutating func placeCurrent() {
        for unit in 0..<units.count where units.pinned[unit] == nil {
            let current = units.current[unit]
            guard current >= 0, weights[current] > 0 else { continue }
            if units.group[unit] >= 0 && !groups[units.group[unit]].contains(current) { continue }
            assigned[unit] = current
            loads[current] += units.size(unit)
        }
    }

    /// Places the units still without a caller: branch-bound units first, then the rest; largest first,
    /// each where the load per capacity would be lowest.
    mutating func placeRemaining() {
        guard !eligible.isEmpty else { return }
        var keys: [Int] = []
        for unit in 0..<units.count where units.pinned[unit] == nil && assigned[unit] < 0 {
            let free = units.group[unit] < 0 ? 1 : 0
            keys.append(free << 62 | (1 << 31 - units.size(unit)) << 30 | unit)
        }
        keys.sort()
        var heaps = [CallerHeap?](repeating: nil, count: groups.count + 1)
        var size = -1
        for key in keys {
            let unit = key & (1 << 30 - 1)
            let unitSize = units.size(unit)
            if unitSize != size {
                size = unitSize
                heaps = [CallerHeap?](repeating: nil, count: groups.count + 1)
            }
            let slot = units.group[unit] + 1
            if heaps[slot] == nil {
                heaps[slot] = CallerHeap(members: candidates(for: unit), count: callers.count, loads: loads,
                                         weights: weights, size: size)
            }
            guard let chosen = heaps[slot]?.top else { continue }
            assigned[unit] = chosen
            loads[chosen] += unitSize
            for index in heaps.indices where heaps[index] != nil {
                heaps[index]?.raised(chosen, loads: loads, weights: weights, size: size)
            }
        }
    }

    /// Moves single units from the fullest caller to the emptiest while that strictly evens out the split.
    /// Each caller keeps two piles (free units, branch-bound units) sorted so the smallest unit is last.
    mutating func improve() {
        guard !eligible.isEmpty else { return }
        var piles = [[[Int]]](repeating: [[], []], count: callers.count)
        for unit in 0..<units.count where assigned[unit] >= 0 {
            piles[assigned[unit]][units.group[unit] < 0 ? 0 : 1].append(units.size(unit) << 30 | unit)
        }
        for caller in piles.indices {
            piles[caller][0].sort(by: >)
            piles[caller][1].sort(by: >)
        }
        var moves = 0
        let limit = units.count * 4 + 1000
        while moves < limit, let move = nextMove(piles) {
            let key = piles[move.from][move.kind].removeLast()
            let unit = key & (1 << 30 - 1)
            var pile = piles[move.to][move.kind]
            var low = 0, high = pile.count
            while low < high {
                let middle = (low + high) / 2
                if pile[middle] > key { low = middle + 1 } else { high = middle }
            }
            pile.insert(key, at: low)
            piles[move.to][move.kind] = pile
            assigned[unit] = move.to
            loads[move.from] -= units.size(unit)
            loads[move.to] += units.size(unit)
            moves += 1
        }
    }

    /// The move that evens out most: from the fullest caller (per capacity) that can give a unit away
    /// to the caller that would be emptiest after taking it. Nil when no move strictly helps.
    private func nextMove(_ piles: [[[Int]]]) -> (from: Int, to: Int, kind: Int)? {
        let fullestFirst = callers.indices.sorted { a, b in
            let left = loads[a] * weights[b], right = loads[b] * weights[a]
            return left != right ? left > right : a < b
        }
        for caller in fullestFirst {
            for kind in 0..<2 {
                guard let key = piles[caller][kind].last else { continue }
                let unit = key & (1 << 30 - 1)
                guard let target = bestTarget(for: unit, excluding: caller),
                      (loads[target] + units.size(unit)) * weights[caller] < loads[caller] * weights[target]
                else { continue }
                return (caller, target, kind)
            }
        }
        return nil
    }

    /// The candidate whose load per capacity would be lowest after taking the unit.
    private func bestTarget(for unit: Int, excluding caller: Int) -> Int? {
        let size = units.size(unit)
        var best: Int?
        for candidate in candidates(for: unit) where candidate != caller && weights[candidate] > 0 {
            guard let current = best else { best = candidate; continue }
            if (loads[candidate] + size) * weights[current] < (loads[current] + size) * weights[candidate] {
                best = candidate
            }
        }
        return best
    }

    func result() -> [Int64: Int64] {
        var plan: [Int64: Int64] = [:]
        plan.reserveCapacity(units.entries.count)
        for unit in 0..<units.count {
            let caller: Int64
            if units.pinned[unit] != nil {
                for slot in units.memberRange(unit) {
                    let entry = units.members[slot]
                    plan[units.entries[entry].memberID] = pinnedCaller(of: entry, in: unit)
                }
                continue
            } else if assigned[unit] >= 0 {
                caller = callers[assigned[unit]].id
            } else {
                continue
            }
            for slot in units.memberRange(unit) { plan[units.entries[units.members[slot]].memberID] = caller }
        }
        return plan
    }

    static func branchKey(_ branch: String?) -> String? {
        guard let branch else { return nil }
        let key = PersonName.clean(branch).lowercased()
        return key.isEmpty ? nil : key
    }

    private static func uniqueCallers(_ callers: [SplitCaller]) -> [SplitCaller] {
        let sorted = callers.sorted {
            ($0.id, $0.capacity, $0.branch ?? "") < ($1.id, $1.capacity, $1.branch ?? "")
        }
        var unique: [SplitCaller] = []
        for caller in sorted where unique.last?.id != caller.id { unique.append(caller) }
        return unique
    }
}
