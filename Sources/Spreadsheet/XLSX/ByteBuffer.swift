/// A reusable, growable run of bytes: the text of the cell or shared string being read.
final class ByteBuffer {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: count) }

    func append(_ more: UnsafeBufferPointer<UInt8>) {
        guard let source = more.baseAddress, more.count > 0 else { return }
        if count + more.count > capacity {
            capacity = max(capacity * 2, count + more.count)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = larger
        }
        (bytes + count).update(from: source, count: more.count)
        count += more.count
    }

    func removeAll() { count = 0 }
}
