/// The working state of one split: callers, household units and loads.
struct PlanState {
    let callers: [SplitCaller]
    let weights: [Int]
    /// Caller indices of each branch group.
    let groups: [[Int]]
    /// The branch group of each caller, if its branch is set.
    let groupOfCaller: [Int?]
    /// Callers that can take movable units (weight above 0).
    let eligible: [Int]
    var loads: [Int]

    var units: [PlanUnit] = []
    var fixed: [Int64: Int64] = [:]
    /// Assigned caller of each unit (movable units only).
    var assigned: [Int?]

    init(entries: [SplitEntry], callers rawCallers: [SplitCaller], strategy: SplitStrategy, rebalance: Bool) {
        let callers = PlanState.uniqueCallers(rawCallers)
        self.callers = callers
        var weights = callers.map { strategy == .capacity ? max(0, $0.capacity) : 1 }
        if !weights.contains(where: { $0 > 0 }) { weights = callers.map { _ in 1 } }
        self.weights = weights
        var groupIndex: [String: Int] = [:]
        var groups: [[Int]] = []
        var groupOfCaller: [Int?] = []
        for (index, caller) in callers.enumerated() {
            guard strategy == .branch, let key = PlanState.branchKey(caller.branch) else {
                groupOfCaller.append(nil)
                continue
            }
            if let group = groupIndex[key] {
                groups[group].append(index)
                groupOfCaller.append(group)
            } else {
                groupIndex[key] = groups.count
                groupOfCaller.append(groups.count)
                groups.append([index])
            }
        }
        self.groups = groups
        self.groupOfCaller = groupOfCaller
        eligible = callers.indices.filter { weights[$0] > 0 }
        loads = Array(repeating: 0, count: callers.count)
        var callerIndex: [Int64: Int] = [:]
        for (index, caller) in callers.enumerated() { callerIndex[caller.id] = index }

        let sorted = PlanState.uniqueEntries(entries)
        var unitOfHousehold: [String: Int] = [:]
        var members: [[SplitEntry]] = []
        for entry in sorted {
            if !entry.household.isEmpty, let unit = unitOfHousehold[entry.household] {
                members[unit].append(entry)
            } else {
                if !entry.household.isEmpty { unitOfHousehold[entry.household] = members.count }
                members.append([entry])
            }
        }
        units.reserveCapacity(members.count)
        for (order, group) in members.enumerated() {
            let unit = PlanUnit(order: order, members: group, rebalance: rebalance, callerIndex: callerIndex,
                                groupIndex: strategy == .branch ? groupIndex : [:])
            if let pinned = unit.pinnedCaller {
                for member in group {
                    let callerID = (!rebalance && member.hasCalls ? member.currentCaller : nil) ?? pinned
                    fixed[member.memberID] = callerID
                    if let index = callerIndex[callerID] { loads[index] += 1 }
                }
            }
            units.append(unit)
        }
        assigned = Array(repeating: nil, count: units.count)
    }

    /// The callers a unit may go to.
    func candidates(for unit: PlanUnit) -> [Int] {
        if let group = unit.group { return groups[group] }
        return eligible
    }

    /// Keeps each movable unit with its current caller when that caller takes part and suits it.
    mutating func placeCurrent() {
        for index in units.indices where units[index].pinnedCaller == nil {
            guard let current = units[index].currentIndex, weights[current] > 0 else { continue }
            if let group = units[index].group, groupOfCaller[current] != group { continue }
            assigned[index] = current
            loads[current] += units[index].size
        }
    }

    /// Places the units still without a caller, largest first, each where the load per capacity
    /// would be lowest.
    mutating func placeRemaining() {
        guard !eligible.isEmpty else { return }
        let waiting = units.indices.filter { units[$0].pinnedCaller == nil && assigned[$0] == nil }
            .sorted { (units[$0].size, units[$1].order) > (units[$1].size, units[$0].order) }
        var heaps: [Int: CallerHeap] = [:]
        var size = -1
        for index in waiting {
            let unitSize = units[index].size
            if unitSize != size {
                size = unitSize
                heaps = [:]
            }
            let key = units[index].group ?? -1
            if heaps[key] == nil {
                heaps[key] = CallerHeap(members: candidates(for: units[index]), count: callers.count,
                                        loads: loads, weights: weights, size: size)
            }
            guard let chosen = heaps[key]?.top else { continue }
            assigned[index] = chosen
            loads[chosen] += unitSize
            for heapKey in heaps.keys.sorted() {
                heaps[heapKey]?.raised(chosen, loads: loads, weights: weights, size: size)
            }
        }
    }

    /// Moves single units from fuller to emptier callers while that strictly evens out the split.
    mutating func improve() {
        guard !eligible.isEmpty else { return }
        var onCaller: [[Int]] = Array(repeating: [], count: callers.count)
        for index in units.indices { if let caller = assigned[index] { onCaller[caller].append(index) } }
        let units = self.units
        let smallestLast = { (a: Int, b: Int) -> Bool in
            (units[a].size, units[a].order) > (units[b].size, units[b].order)
        }
        var buckets: [[[Int]]] = onCaller.map { list in
            [list.filter { units[$0].group == nil }.sorted(by: smallestLast),
             list.filter { units[$0].group != nil }.sorted(by: smallestLast)]
        }
        var moves = 0
        let limit = units.count * 4 + 1000
        var changed = true
        while changed && moves < limit {
            changed = false
            for caller in callers.indices {
                for kind in 0..<2 {
                    while let unit = buckets[caller][kind].last, moves < limit {
                        let size = units[unit].size
                        guard let target = bestTarget(for: unit, excluding: caller),
                              (loads[target] + size) * weights[caller] < loads[caller] * weights[target]
                        else { break }
                        buckets[caller][kind].removeLast()
                        let position = insertionIndex(buckets[target][kind], unit, by: smallestLast)
                        buckets[target][kind].insert(unit, at: position)
                        assigned[unit] = target
                        loads[caller] -= size
                        loads[target] += size
                        moves += 1
                        changed = true
                    }
                }
            }
        }
    }

    /// The candidate whose load per capacity would be lowest after taking the unit.
    private func bestTarget(for unit: Int, excluding caller: Int) -> Int? {
        let size = units[unit].size
        var best: Int?
        for candidate in candidates(for: units[unit]) where candidate != caller && weights[candidate] > 0 {
            guard let current = best else { best = candidate; continue }
            if (loads[candidate] + size) * weights[current] < (loads[current] + size) * weights[candidate] {
                best = candidate
            }
        }
        return best
    }

    private func insertionIndex(_ list: [Int], _ unit: Int, by before: (Int, Int) -> Bool) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if before(list[middle], unit) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func result() -> [Int64: Int64] {
        var plan = fixed
        for (index, unit) in units.enumerated() {
            guard let caller = assigned[index] else { continue }
            for member in unit.members { plan[member.memberID] = callers[caller].id }
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

    private static func uniqueEntries(_ entries: [SplitEntry]) -> [SplitEntry] {
        let sorted = entries.sorted { a, b in
            if a.memberID != b.memberID { return a.memberID < b.memberID }
            return (a.hasCalls ? 1 : 0, a.currentCaller ?? .min, a.household, a.branch ?? "")
                > (b.hasCalls ? 1 : 0, b.currentCaller ?? .min, b.household, b.branch ?? "")
        }
        var unique: [SplitEntry] = []
        unique.reserveCapacity(sorted.count)
        for entry in sorted where unique.last?.memberID != entry.memberID { unique.append(entry) }
        return unique
    }
}
