/// The households of a split as flat arrays: units are indivisible groups of entries.
struct SplitUnits {
    /// Entries without duplicate member ids, in member-id order.
    let entries: [SplitEntry]
    /// Entry indices of all units, unit after unit, each in member-id order.
    let members: [Int]
    /// Where each unit's members start in `members`; one extra element at the end.
    let starts: [Int]
    /// The caller id a logged call pins each unit to (most pinned members, then lowest id), if any.
    let pinned: [Int64?]
    /// Index of the participating caller all of a unit's members currently share, or -1.
    let current: [Int]
    /// Branch group a unit must stay in, or -1.
    let group: [Int]

    var count: Int { starts.count - 1 }
    func size(_ unit: Int) -> Int { starts[unit + 1] - starts[unit] }
    func memberRange(_ unit: Int) -> Range<Int> { starts[unit]..<starts[unit + 1] }

    /// Groups entries by non-empty household key (an empty key is a household of one). Units are
    /// numbered in order of their smallest member id, so numbering never depends on input order.
    init(entries raw: [SplitEntry], rebalance: Bool, callerIndex: [Int64: Int], groupIndex: [String: Int]) {
        let entries = SplitUnits.unique(raw)
        self.entries = entries
        var unitOf = [Int](repeating: 0, count: entries.count)
        var unitOfHousehold: [String: Int] = [:]
        var sizes: [Int] = []
        for (index, entry) in entries.enumerated() {
            if !entry.household.isEmpty, let unit = unitOfHousehold[entry.household] {
                unitOf[index] = unit
                sizes[unit] += 1
            } else {
                if !entry.household.isEmpty { unitOfHousehold[entry.household] = sizes.count }
                unitOf[index] = sizes.count
                sizes.append(1)
            }
        }
        var starts = [Int](repeating: 0, count: sizes.count + 1)
        for unit in sizes.indices { starts[unit + 1] = starts[unit] + sizes[unit] }
        var fill = starts
        var members = [Int](repeating: 0, count: entries.count)
        for index in entries.indices {
            members[fill[unitOf[index]]] = index
            fill[unitOf[index]] += 1
        }
        self.members = members
        self.starts = starts

        var pinned = [Int64?](repeating: nil, count: sizes.count)
        var current = [Int](repeating: -1, count: sizes.count)
        var group = [Int](repeating: -1, count: sizes.count)
        var branchKeys: [String: String] = [:]
        for unit in sizes.indices {
            let range = starts[unit]..<starts[unit + 1]
            var pins: [Int64] = []
            var branches: [String] = []
            let first = entries[members[range.lowerBound]].currentCaller
            var shared = first != nil
            for slot in range {
                let entry = entries[members[slot]]
                if !rebalance && entry.hasCalls, let caller = entry.currentCaller { pins.append(caller) }
                if entry.currentCaller != first { shared = false }
                if !groupIndex.isEmpty, let branch = entry.branch {
                    let key = branchKeys[branch] ?? PlanState.branchKey(branch) ?? ""
                    branchKeys[branch] = key
                    if !key.isEmpty { branches.append(key) }
                }
            }
            pinned[unit] = SplitUnits.mostCommon(pins)
            if shared, let first, let index = callerIndex[first] { current[unit] = index }
            if let branch = SplitUnits.mostCommon(branches), let index = groupIndex[branch] { group[unit] = index }
        }
        self.pinned = pinned
        self.current = current
        self.group = group
    }

    /// The most frequent value, the smallest among equally frequent ones; nil for none.
    private static func mostCommon<T: Comparable>(_ values: [T]) -> T? {
        guard values.count > 1 else { return values.first }
        let sorted = values.sorted()
        var best = sorted[0], bestCount = 0, index = 0
        while index < sorted.count {
            var end = index
            while end < sorted.count && sorted[end] == sorted[index] { end += 1 }
            if end - index > bestCount { best = sorted[index]; bestCount = end - index }
            index = end
        }
        return best
    }

    /// One entry per member id; among duplicates the one with a logged call, then the highest caller id,
    /// then the greatest household and branch, so the choice never depends on input order.
    private static func unique(_ entries: [SplitEntry]) -> [SplitEntry] {
        let order = entries.indices.sorted { entries[$0].memberID < entries[$1].memberID }
        var unique: [SplitEntry] = []
        unique.reserveCapacity(entries.count)
        for index in order {
            let entry = entries[index]
            guard let last = unique.last, last.memberID == entry.memberID else {
                unique.append(entry)
                continue
            }
            if (entry.hasCalls ? 1 : 0, entry.currentCaller ?? .min, entry.household, entry.branch ?? "")
                > (last.hasCalls ? 1 : 0, last.currentCaller ?? .min, last.household, last.branch ?? "") {
                unique[unique.count - 1] = entry
            }
        }
        return unique
    }
}
