import Foundation
import ZIPFoundation

/// The decompressed bytes of one ZIP entry as a `ByteInput`. ZIPFoundation only pushes chunks to a callback, so
/// one background thread decompresses into a bounded hand-off of 64 KiB chunks and the reader pulls them: memory
/// stays at a few chunks whatever the size of the entry, and the scanning happens on the reader's thread. The
/// checksum is checked with `ZipChecksum`, which is several times faster than ZIPFoundation's on Linux.
final class ZipEntryInput: ByteInput {
    private let chunks = HandOff<Data>(capacity: 4)
    private let file: String
    private let path: String
    private var current = Data()
    private var offset = 0

    init(archive: Archive, entry: Entry, file: String) {
        self.file = file
        path = entry.path
        let chunks = self.chunks
        let handed = Handed(value: (archive, entry))
        startThread {
            let (archive, entry) = handed.value
            do {
                var checksum = ZipChecksum()
                _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: true) { data in
                    data.withUnsafeBytes { checksum.update($0) }
                    guard chunks.put(data) else { throw CancellationError() }
                }
                if checksum.value != entry.checksum { throw DamagedEntry(path: entry.path) }
                chunks.finish()
            } catch {
                chunks.finish(error: error)
            }
        }
    }

    deinit { chunks.cancel() }

    /// Thrown by extraction when an entry's bytes do not match its checksum.
    struct DamagedEntry: Error {
        let path: String
    }

    /// Copies decompressed bytes out; 0 at the end of the entry. A damaged or truncated entry is a damaged workbook.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        while offset == current.count {
            do {
                guard let next = try chunks.take() else { return 0 }
                current = next
                offset = 0
            } catch {
                throw Workbook.damaged(file, path)
            }
        }
        let copied = min(count, current.count - offset)
        current.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: copied)
        }
        offset += copied
        return copied
    }

    func close() { chunks.cancel() }
}
