import Foundation

/// The pipe a screen's signal handler writes to, so the loop waiting on the keyboard also wakes for a signal or a
/// resize: both ends non-blocking and closed on exec.
enum SignalPipe {
    static func open() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.system("pipe", errno) }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}
