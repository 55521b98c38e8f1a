import CallScreen
import Foundation
import Glibc

/// Runs a `CallProgram` full screen on a terminal.
///
/// Raw mode is entered only when input and output are terminals; the original settings are saved and restored
/// exactly on quit, on SIGINT, SIGTERM and SIGHUP (then `run` returns 128 + the signal number), and, as far as
/// possible, from an `atexit` handler and the handlers of the signals a Swift runtime error raises. SIGTSTP (and
/// Ctrl+Z) restores the terminal and stops the process; SIGCONT takes the screen back and redraws it. SIGWINCH
/// redraws at the new size. Signals reach the loop through a self-pipe, so only the emergency restore runs
/// inside a signal handler.
public final class TerminalSession {
    public let input: Int32
    public let output: Int32
    /// How long a lone ESC waits for the rest of a sequence, in milliseconds.
    public var escapeTimeout: Int32 = 25
    /// How often `.tick` is sent, in milliseconds.
    public var tickInterval: Int32 = 1000
    private var mode: FullScreenMode?
    /// The read end of the signal pipe `FullScreenMode.hold` opened.
    private var signalPipe: Int32 = -1
    private var previous: ScreenBuffer?

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Runs until the program quits (status 0), a terminating signal arrives (128 + signal) or the terminal goes
    /// away (129). `executor` runs each effect, on a worker queue one at a time, and returns the event that answers
    /// it; the screen keeps drawing meanwhile. No effect runs after `run` returns.
    public func run(program: CallProgram, now: @escaping () -> Date = Date.init,
                    executor: @escaping (Effect) -> Event?) throws -> Int32 {
        try FullScreenMode.hold(input: input, output: output) { mode, signals in
            self.mode = mode
            signalPipe = signals
            previous = nil
            return loop(program: program, now: now, executor: executor)
        }
    }

    private func size() -> (columns: Int, rows: Int) {
        TerminalModes.windowSize(output) ?? TerminalModes.windowSize(input) ?? (80, 24)
    }

    private func render(_ driver: ProgramDriver) {
        let screen = driver.program.view(driver.state)
        let bytes = screen.diff(from: previous)
        if !bytes.isEmpty { FileIO.write(output, bytes) }
        previous = screen
    }

    private func suspend() {
        mode?.suspend()
        previous = nil
    }

    private func loop(program: CallProgram, now: @escaping () -> Date, executor: @escaping (Effect) -> Event?) -> Int32 {
        guard let worker = try? EffectWorker(executor: executor) else { return 129 }
        defer { worker.stop() }
        let start = size()
        var driver = ProgramDriver(program: program, columns: start.columns, rows: start.rows, now: now(),
                                   worker: worker, executor: executor)
        var decoder = KeyDecoder()
        var lastTick = Date()
        let suspend = { [unowned self] in
            self.suspend()
        }
        while !driver.quit {
            render(driver)
            let untilTick = Int32(max(0, Double(tickInterval) - Date().timeIntervalSince(lastTick) * 1000))
            let timeout = decoder.hasPending ? (decoder.isInPaste ? 500 : escapeTimeout) : untilTick
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: worker.wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 3, timeout)
            if ready < 0 && errno != EINTR { return 129 }
            var events: [Event] = []
            if fds[1].revents & Int16(POLLIN) != 0, let signals = FileIO.read(signalPipe) {
                for signo in signals.map(Int32.init) {
                    switch signo {
                    case SIGINT, SIGTERM, SIGHUP: return 128 + signo
                    case SIGTSTP: suspend()
                    default: break
                    }
                    previous = nil
                    let now = size()
                    events.append(.resize(columns: now.columns, rows: now.rows))
                }
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                guard let bytes = FileIO.read(input) else { return 129 }
                events += decoder.feed(bytes)
            } else if ready == 0, decoder.hasPending {
                events += decoder.flush()
            }
            if Date().timeIntervalSince(lastTick) * 1000 >= Double(tickInterval) {
                lastTick = Date()
                events.append(.tick(now()))
            }
            for event in events { driver.send(event, suspend: suspend) }
            if fds[2].revents & Int16(POLLIN) != 0 { driver.receive(suspend: suspend) }
        }
        return 0
    }
}
