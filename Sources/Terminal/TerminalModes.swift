import Glibc

/// Failures of the terminal layer.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal; use plain mode.
    case notATerminal
    /// A system call failed with this errno.
    case system(String, Int32)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal (use --plain otherwise)"
        case .system(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// Terminal settings: reading them, raw mode, restoring them exactly, and the window size.
public enum TerminalModes {
    /// Whether both file descriptors are terminals.
    public static func isTerminal(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) -> Bool {
        isatty(input) == 1 && isatty(output) == 1
    }

    /// Whether colours may be used: `NO_COLOR` is unset or empty and `TERM` is not `dumb`.
    public static func colorAllowed(environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Whether the full screen can be drawn: `TERM` is set and not `dumb` (otherwise use plain mode).
    public static func fullScreenSupported(environment: [String: String]) -> Bool {
        guard let term = environment["TERM"], !term.isEmpty else { return false }
        return term != "dumb"
    }

    /// The current settings of `fd`.
    public static func current(_ fd: Int32) throws -> termios {
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else { throw TerminalError.system("tcgetattr", errno) }
        return settings
    }

    /// `settings` made raw: no echo, no line buffering, no signals from keys (Ctrl+C and Ctrl+Z arrive as keys),
    /// no flow control or CR translation, 8-bit characters, reads return after one byte. Output processing stays.
    public static func raw(from settings: termios) -> termios {
        var raw = settings
        raw.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_cflag &= ~tcflag_t(CSIZE | PARENB)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return raw
    }

    /// Applies `settings` once pending output is written.
    public static func apply(_ settings: termios, to fd: Int32) throws {
        var settings = settings
        while tcsetattr(fd, TCSADRAIN, &settings) != 0 {
            guard errno == EINTR else { throw TerminalError.system("tcsetattr", errno) }
        }
    }

    /// Whether two settings are byte for byte the same.
    public static func same(_ a: termios, _ b: termios) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }
    }

    /// The window size in cells, nil when the system does not know it.
    public static func windowSize(_ fd: Int32) -> (columns: Int, rows: Int)? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }
}
