/// A growable window of bytes read from a `ByteInput`, for a scanner that needs each XML tag whole: when a token
/// runs past the end of the window, the unread bytes move to the front and the next chunk is read in behind them.
final class ByteWindow {
    private let input: ByteInput
    private let limit: Int
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes of `bytes` hold data.
    private(set) var count = 0
    private(set) var atEnd = false

    /// - Parameter limit: the most bytes one unfinished token may hold before `refill` refuses it.
    init(input: ByteInput, limit: Int, capacity: Int = 256 << 10) {
        self.input = input
        self.limit = limit
        self.capacity = capacity
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    /// Keeps the bytes from `start` on, moved to the front, and reads more behind them.
    /// Returns false at the end of the input; throws `XMLScanError` when the kept bytes exceed the limit.
    func refill(keepingFrom start: Int) throws -> Bool {
        let kept = count - start
        if kept > limit { throw XMLScanError("an XML tag or entity is longer than \(limit >> 20) MiB") }
        if start > 0 && kept > 0 { bytes.update(from: bytes + start, count: kept) }
        count = kept
        if atEnd { return false }
        if capacity - count < 64 << 10 {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = larger
            capacity *= 2
        }
        let read = try input.read(into: bytes + count, count: capacity - count)
        if read == 0 {
            atEnd = true
            return false
        }
        count += read
        return true
    }

    func close() { input.close() }
}
