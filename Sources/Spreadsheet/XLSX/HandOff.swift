import Foundation

/// A bounded queue between one producing thread and one consuming thread, so that background decompression never
/// runs more than `capacity` items ahead of the reader and stops promptly when the reader goes away.
final class HandOff<Item>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Item] = []
    private var head = 0
    private let capacity: Int
    private var finished = false
    private var cancelled = false
    private var failure: Error?

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full; false once the consumer has cancelled.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Marks the end of the items, with the error that ended them early if any.
    func finish(error: Error? = nil) {
        condition.lock()
        defer { condition.unlock() }
        if !finished {
            finished = true
            failure = error
        }
        condition.broadcast()
    }

    /// The next item, waiting for one; nil at the end. Throws the producer's error once the items before it are taken.
    func take() throws -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !finished && !cancelled { condition.wait() }
        if head < items.count {
            let item = items[head]
            head += 1
            if head > 64 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return item
        }
        if let failure { throw failure }
        return nil
    }

    /// Called by the consumer: the producer's next `put` returns false and waiting stops.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        items.removeAll()
        head = 0
        condition.broadcast()
    }

    var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }
}

/// Lets a value that is only ever used by one thread at a time cross into a background thread.
struct Handed<Value>: @unchecked Sendable {
    let value: Value
}

/// Starts a thread with a stack large enough for zlib under the address sanitizer.
func startThread(_ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.stackSize = 16 << 20
    thread.start()
}
