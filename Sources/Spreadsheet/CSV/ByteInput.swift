#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A source of raw bytes for the CSV reader: an open file, or bytes in memory (tests and fuzzing).
protocol ByteInput: AnyObject {
    /// Reads up to `count` bytes; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int
    func close()
}

/// Reads a file through its descriptor, without buffering beyond the caller's chunk.
final class FileInput: ByteInput {
    private var descriptor: Int32
    private let file: String

    init(descriptor: Int32, file: String) {
        self.descriptor = descriptor
        self.file = file
    }

    deinit { close() }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        while true {
            let result = readBytes(descriptor, buffer, count)
            if result >= 0 { return result }
            if errno == EINTR { continue }
            let reason = Wording.systemError(errno)
            throw SpreadsheetError(.unreadable, file: file, Wording("kan ikke lese fila: \(reason.bokmal)", "cannot read the file: \(reason.english)"))
        }
    }

    func close() {
        if descriptor >= 0 {
            _ = closeDescriptor(descriptor)
            descriptor = -1
        }
    }
}

/// Bytes held in memory.
final class MemoryInput: ByteInput {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        let n = min(count, bytes.count - offset)
        bytes.withUnsafeBufferPointer { source in
            if n > 0 { buffer.update(from: source.baseAddress! + offset, count: n) }
        }
        offset += n
        return n
    }

    func close() {}
}

#if canImport(Glibc)
private let readBytes = Glibc.read
private let closeDescriptor = Glibc.close
#elseif canImport(Darwin)
private let readBytes = Darwin.read
private let closeDescriptor = Darwin.close
#endif
