import CallScreen
import Foundation
import Glibc

/// Shows a read-only view full screen and refreshes it every `interval` seconds, writing only the cells that
/// changed. The terminal is restored as by `TerminalSession`: on quit (q, Esc, Ctrl+C), on SIGINT, SIGTERM and
/// SIGHUP (then `run` returns 128 + the signal), and from the emergency handlers. Ctrl+Z and SIGTSTP restore it and
/// stop the process; SIGCONT takes the screen back and draws it in full, as SIGWINCH does at the new size.
public final class LiveScreen {
    public let input: Int32
    public let output: Int32

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Runs until quit; `frame` gives the lines for a terminal of the given size and may throw to stop.
    public func run(interval: TimeInterval, frame: (_ columns: Int, _ rows: Int) throws -> [String]) throws -> Int32 {
        try FullScreenMode.hold(input: input, output: output) { mode, signals in
            try loop(mode: mode, signals: signals, interval: interval, frame: frame)
        }
    }

    private func loop(
        mode: FullScreenMode, signals signalPipe: Int32, interval: TimeInterval,
        frame: (_ columns: Int, _ rows: Int) throws -> [String]
    ) throws -> Int32 {
        var previous: ScreenBuffer?
        var due = Date.distantPast
        while true {
            if Date() >= due {
                let size = TerminalModes.windowSize(output) ?? (80, 24)
                var screen = ScreenBuffer(columns: size.columns, rows: size.rows)
                for (row, line) in try frame(size.columns, size.rows).prefix(size.rows).enumerated() {
                    _ = screen.put(line, row: row, column: 0)
                }
                let bytes = screen.diff(from: previous)
                if !bytes.isEmpty { _ = FileIO.write(output, bytes) }
                previous = screen
                due = Date().addingTimeInterval(interval)
            }
            var polled = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                          pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0)]
            let wait = Int32(max(0, due.timeIntervalSinceNow * 1000))
            if poll(&polled, 2, wait) < 0 && errno != EINTR { return 129 }
            if polled[1].revents & Int16(POLLIN) != 0, let signals = FileIO.read(signalPipe) {
                for signo in signals.map(Int32.init) {
                    if [SIGINT, SIGTERM, SIGHUP].contains(signo) { return 128 + signo }
                    if signo == SIGTSTP { mode.suspend() }
                    previous = nil
                    due = .distantPast
                }
            }
            if polled[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                guard let bytes = FileIO.read(input) else { return 129 }
                if bytes.contains(where: { [0x71, 0x51, 0x1B, 0x03].contains($0) }) { return 0 }
                if bytes.contains(0x1A) {
                    mode.suspend()
                    previous = nil
                    due = .distantPast
                }
            }
        }
    }
}
