#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Foundation

/// Standard output, checked: a command's output that could not be written is an error, never a silent success.
///
/// Everything goes through C's `stdout` (as `print` does, so the order holds): `write` checks each write, and
/// `finish`, which `Dues.main` calls after every command, flushes the buffer and checks that nothing written through
/// it (by `print` either) failed. SIGPIPE is ignored, so a closed pipe is the error `EPIPE`: a reader that stopped
/// early (`dues members list | head -1`) ends the run quietly with status 141, as a program killed by SIGPIPE
/// would report in the shell; any other failure (a full disk) is one line on standard error and status 1.
enum StandardOutput {
    /// Writing standard output failed with `code` (an `errno` value).
    struct Failure: Error {
        let code: Int32

        /// The reader closed its end of the pipe.
        var isBrokenPipe: Bool { code == EPIPE }
    }

    /// The exit status when the reader closed the pipe (128 + SIGPIPE).
    static let brokenPipeStatus: Int32 = 141

    /// Makes a closed pipe an error to handle rather than a signal that kills the process mid-write.
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes `text` as UTF-8.
    static func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `text` and a line break.
    static func line(_ text: String) throws {
        try write(text + "\n")
    }

    /// Writes bytes as they are.
    static func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Writes `text` to standard error. Unchecked, and never a crash: there is nowhere left to report its failure.
    static func writeError(_ text: String) {
        fputs(text, stderr)
    }

    /// Writes what is still buffered and throws if any write to standard output failed.
    static func finish() throws {
        let output = stream
        if fflush(output) != 0 { throw Failure(code: errno) }
        if ferror(output) != 0 { throw Failure(code: isPipeClosed ? EPIPE : EIO) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if fwrite(start, 1, bytes.count, stream) < bytes.count { throw Failure(code: errno) }
    }

    /// Whether standard output is a pipe whose reader has gone (for a failure `print` met, whose `errno` is lost).
    private static var isPipeClosed: Bool {
        var descriptor = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
        return poll(&descriptor, 1, 0) == 1 && descriptor.revents & Int16(POLLERR) != 0
    }

    /// C's standard output stream, which `print` writes to as well.
    private static var stream: UnsafeMutablePointer<FILE> { stdout }
}
