/// A min-heap of caller indices ordered by load per capacity after taking a unit of a given size
/// (ties: lowest index). Loads only grow, so a changed caller only sinks.
struct CallerHeap {
    private var items: [Int]
    private var position: [Int]
    private let size: Int

    init(members: [Int], count: Int, loads: [Int], weights: [Int], size: Int) {
        self.size = size
        items = members.filter { weights[$0] > 0 }
        position = Array(repeating: -1, count: count)
        items.sort { CallerHeap.less($0, $1, loads, weights, size) }
        for (index, caller) in items.enumerated() { position[caller] = index }
    }

    var top: Int? { items.first }

    /// Restores order after the caller's load grew.
    mutating func raised(_ caller: Int, loads: [Int], weights: [Int], size: Int) {
        var index = position[caller]
        guard index >= 0 else { return }
        while true {
            let left = 2 * index + 1, right = left + 1
            var smallest = index
            if left < items.count, CallerHeap.less(items[left], items[smallest], loads, weights, size) {
                smallest = left
            }
            if right < items.count, CallerHeap.less(items[right], items[smallest], loads, weights, size) {
                smallest = right
            }
            guard smallest != index else { return }
            items.swapAt(index, smallest)
            position[items[index]] = index
            position[items[smallest]] = smallest
            index = smallest
        }
    }

    private static func less(_ a: Int, _ b: Int, _ loads: [Int], _ weights: [Int], _ size: Int) -> Bool {
        let left = (loads[a] + size) * weights[b], right = (loads[b] + size) * weights[a]
        return left != right ? left < right : a < b
    }
}
