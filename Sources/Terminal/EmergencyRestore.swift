import Glibc

/// State the signal handlers may touch. Written only while no handler that reads it is installed, or before
/// `armed` is set; read from handlers with async-signal-safe calls only.
nonisolated(unsafe) private var emergencyFD: Int32 = -1
nonisolated(unsafe) private var emergencySettings = termios()
nonisolated(unsafe) private var emergencyArmed: sig_atomic_t = 0
nonisolated(unsafe) private var signalWriteFD: Int32 = -1
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
nonisolated(unsafe) private var atexitRegistered = false

/// The bytes that leave the full screen: attributes off, autowrap on, bracketed paste off, cursor shown,
/// main screen back.
let leaveSequence: [UInt8] = Array("\u{1B}[0m\u{1B}[?7h\u{1B}[?2004l\u{1B}[?25h\u{1B}[?1049l".utf8)
/// The bytes that enter the full screen: alternate screen, cursor hidden, bracketed paste on, autowrap off.
let enterSequence: [UInt8] = Array("\u{1B}[?1049h\u{1B}[?25l\u{1B}[?2004h\u{1B}[?7l".utf8)
nonisolated(unsafe) private let leaveBytes: UnsafeMutablePointer<UInt8> = {
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: leaveSequence.count)
    bytes.initialize(from: leaveSequence, count: leaveSequence.count)
    return bytes
}()
private let leaveCount = leaveSequence.count

/// Signals a terminal program is asked to stop, pause, resume or resize with; forwarded to the run loop.
let forwardedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH]
/// Signals a Swift runtime error or crash raises; the terminal is restored, then the previous handler runs.
let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

/// Restores the saved settings with async-signal-safe calls only; does nothing when not armed.
private func restoreNow() {
    guard emergencyArmed != 0 else { return }
    emergencyArmed = 0
    _ = write(emergencyFD, leaveBytes, leaveCount)
    _ = tcsetattr(emergencyFD, TCSANOW, &emergencySettings)
}

private func forwardSignal(_ signo: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: signo)
    _ = write(signalWriteFD, &byte, 1)
    errno = saved
}

private func fatalSignal(_ signo: Int32) {
    restoreNow()
    _ = sigaction(signo, previousActions + Int(signo), nil)
    _ = raise(signo)
}

/// The process-wide emergency restore and signal forwarding used by `TerminalSession`.
enum EmergencyRestore {
    /// Remembers how to restore `fd` if the process dies or exits without the normal cleanup.
    static func arm(fd: Int32, settings: termios) {
        emergencyArmed = 0
        emergencyFD = fd
        emergencySettings = settings
        emergencyArmed = 1
        if !atexitRegistered {
            atexitRegistered = true
            atexit { restoreNow() }
        }
    }

    /// Forgets the saved settings after a normal restore.
    static func disarm() {
        emergencyArmed = 0
    }

    /// Installs the handlers: forwarded signals write their number to `pipeFD`, fatal ones restore the terminal.
    static func install(pipeFD: Int32) {
        signalWriteFD = pipeFD
        for signo in forwardedSignals { set(signo, handler: forwardSignal, keepPrevious: true) }
        for signo in fatalSignals { set(signo, handler: fatalSignal, keepPrevious: true) }
    }

    /// Puts back the handlers that were there before `install`.
    static func uninstall() {
        for signo in forwardedSignals + fatalSignals { _ = sigaction(signo, previousActions + Int(signo), nil) }
        signalWriteFD = -1
    }

    /// Reinstalls the forwarding handler for one signal (after a suspend reset it to the default).
    static func reinstall(_ signo: Int32) {
        set(signo, handler: forwardSignal, keepPrevious: false)
    }

    private static func set(_ signo: Int32, handler: @escaping @convention(c) (Int32) -> Void, keepPrevious: Bool) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        _ = sigaction(signo, &action, keepPrevious ? previousActions + Int(signo) : nil)
    }
}
