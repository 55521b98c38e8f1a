import Foundation
import Glibc

/// A pseudo-terminal with a program started on it as its controlling terminal, for end-to-end tests of full-screen
/// programs.
final class PseudoTerminal {
    let master: Int32
    /// The terminal side, kept open by the test to read its settings.
    let slave: Int32
    let slavePath: String
    private(set) var output: [UInt8] = []
    private(set) var pid: pid_t = 0

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `TIOCSPTLCK` and `TIOCGPTN` (function-like macros in C, so not imported): unlock the terminal side, get its number.
    private static let setLock = UInt(0x4004_5431)
    private static let getNumber = UInt(0x8004_5430)
    /// glibc's `POSIX_SPAWN_SETSID` (only declared under `_GNU_SOURCE`).
    private static let spawnNewSession: Int32 = 0x80

    init(columns: UInt16 = 80, rows: UInt16 = 24) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slavePath = "/dev/pts/\(number)"
        slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw Failure(description: "open \(slavePath)") }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        if pid > 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        close(slave)
    }

    /// The terminal's current settings.
    func settings() throws -> termios {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { throw Failure(description: "tcgetattr") }
        return settings
    }

    /// Starts `executable` in a new session whose controlling terminal is this one.
    func spawn(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnNewSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failure(description: "posix_spawn: \(String(cString: strerror(code)))") }
    }

    /// Types `text` on the terminal.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, bytes.count) }
    }

    /// Reads the program's output until `done` holds for all of it (escape sequences removed) or `timeout` passes.
    @discardableResult
    func read(until done: (String) -> Bool, timeout: TimeInterval = 15) -> Bool {
        let deadline = Date() + timeout
        while !done(text) {
            guard Date() < deadline else { return false }
            drain(milliseconds: 50)
        }
        return true
    }

    /// Reads whatever arrives within `milliseconds`.
    func drain(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0, descriptor.revents & Int16(POLLIN) != 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, $0.count) }
        if count > 0 { output += buffer[..<count] }
    }

    /// The output so far with CSI escape sequences removed.
    var text: String {
        String(decoding: output, as: UTF8.self).replacingOccurrences(
            of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
    }

    /// Sends `signal` and waits for the program; returns its exit status, or 128 + the signal that killed it.
    func stop(with signal: Int32, timeout: TimeInterval = 15) -> Int32? {
        kill(pid, signal)
        return waitForExit(timeout: timeout)
    }

    /// Waits for the program to end, reading its output; returns its exit status, or 128 + the signal that killed
    /// it, nil when it still runs after `timeout`.
    func waitForExit(timeout: TimeInterval = 15) -> Int32? {
        let deadline = Date() + timeout
        var status: Int32 = 0
        while Date() < deadline {
            drain(milliseconds: 20)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                pid = 0
                drain(milliseconds: 50)
                let exited = status & 0x7F == 0
                return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        }
        return nil
    }
}
