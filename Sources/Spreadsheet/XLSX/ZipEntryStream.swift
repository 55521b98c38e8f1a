import Foundation
import ZIPFoundation

/// An `InputStream` over one ZIP entry, decompressed on a background thread in 64 KiB chunks, so that `XMLParser`
/// can pull a sheet of any size through a few chunks of memory.
final class ZipEntryStream: InputStream {
    private let chunks = HandOff<Data>(capacity: 4)
    private var current = Data()
    private var offset = 0
    private var failed = false
    /// The error that ended the extraction, if any (a damaged or truncated entry).
    private(set) var failure: Error?

    init(archive: Archive, entry: Entry) {
        super.init(data: Data())
        let chunks = self.chunks
        let handed = Handed(value: (archive, entry))
        startThread {
            let (archive, entry) = handed.value
            do {
                let checksum = try archive.extract(entry, bufferSize: 64 * 1024) { data in
                    guard chunks.put(data) else { throw CancellationError() }
                }
                if checksum != entry.checksum { throw ZipEntryStream.DamagedEntry(path: entry.path) }
                chunks.finish()
            } catch {
                chunks.finish(error: error)
            }
        }
    }

    struct DamagedEntry: Error {
        let path: String
    }

    override func open() {}

    override func close() { chunks.cancel() }

    override var hasBytesAvailable: Bool { !failed }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        guard !failed else { return -1 }
        while offset == current.count {
            do {
                guard let next = try chunks.take() else { return 0 }
                current = next
                offset = 0
            } catch {
                failure = error
                failed = true
                return -1
            }
        }
        let count = min(length, current.count - offset)
        current.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: count)
        }
        offset += count
        return count
    }
}
