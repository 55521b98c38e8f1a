import Glibc

/// Small helpers for reading and writing file descriptors without Foundation buffering.
enum FileIO {
    /// Writes all of `bytes`, retrying after interrupts; false when the descriptor is gone.
    @discardableResult
    static func write(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            offset += written
        }
        return true
    }

    @discardableResult
    static func write(_ fd: Int32, _ text: String) -> Bool {
        write(fd, Array(text.utf8))
    }

    /// Reads what is available, nil at end of file or on an error other than an interrupt.
    static func read(_ fd: Int32, max: Int = 4096) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: max)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, max) }
            if count > 0 { return Array(buffer[..<count]) }
            if count == 0 { return nil }
            if errno != EINTR && errno != EAGAIN { return nil }
        }
    }
}
