/// Memory that text parameters are copied into for SQLite to read in place.
///
/// Bound the usual way, each text value is copied by SQLite into memory it allocates, and freed when the parameter
/// is bound again: for a batch insert of a million members, ten allocations and frees per member, which cost more
/// than the copies. Bound through an arena (``Statement/bind(_:at:in:)``), a value is copied once into chunks that
/// are reused batch after batch.
///
/// A statement bound from the arena reads the copies when it runs, so it must run before ``clear()``, and have its
/// bindings cleared (``Statement/clearBindings()``) once it has run: SQLite takes such text to stay as it was until
/// the parameter is bound again.
public final class TextArena {
    /// The size of each chunk; longer values are left for SQLite to copy.
    static let chunkSize = 64 * 1_024

    private var chunks: [UnsafeMutableRawPointer] = []
    /// The chunk being filled: its index, the first free byte and the end. The pointers alone serve a copy that fits,
    /// without touching the array.
    private var current = -1
    private var free: UnsafeMutableRawPointer?
    private var end: UnsafeMutableRawPointer?

    public init() {}

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// Makes all of the arena's memory free for new copies; every copy made so far is gone.
    public func clear() {
        current = -1
        free = nil
        end = nil
    }

    /// Room for `count` bytes that stays put until `clear()`, or nil when `count` is more than a chunk holds.
    @inline(__always)
    func reserve(_ count: Int) -> UnsafeMutableRawPointer? {
        if let free, let end, count <= end - free {
            self.free = free + count
            return free
        }
        return reserveInNextChunk(count)
    }

    private func reserveInNextChunk(_ count: Int) -> UnsafeMutableRawPointer? {
        guard count <= Self.chunkSize else { return nil }
        current += 1
        if current == chunks.count {
            chunks.append(.allocate(byteCount: Self.chunkSize, alignment: 1))
        }
        let chunk = chunks[current]
        free = chunk + count
        end = chunk + Self.chunkSize
        return chunk
    }
}
