import Glibc

/// Taking a terminal for a full screen and giving it back: raw mode and the alternate screen, the saved settings
/// restored exactly, and a stop for the shell's job control in between.
struct FullScreenMode {
    let input: Int32
    let output: Int32
    /// The settings from before the screen, restored on leaving.
    let saved: termios

    /// Holds the terminal for `body`, the one way in and out of a full screen: both ends must be terminals; the
    /// settings are saved, signals are routed into a self-pipe whose read end `body` polls, the emergency restore is
    /// armed, and on every way out the screen is left, the settings restored and the pipe closed.
    static func hold<T>(input: Int32, output: Int32, _ body: (FullScreenMode, _ signals: Int32) throws -> T) throws -> T {
        guard TerminalModes.isTerminal(input: input, output: output) else { throw TerminalError.notATerminal }
        let saved = try TerminalModes.current(input)
        let mode = FullScreenMode(input: input, output: output, saved: saved)
        let pipe = try SignalPipe.open()
        EmergencyRestore.arm(fd: input, settings: saved)
        EmergencyRestore.install(pipeFD: pipe.write)
        defer {
            mode.leave()
            EmergencyRestore.disarm()
            EmergencyRestore.uninstall()
            close(pipe.read)
            close(pipe.write)
        }
        try mode.enter()
        return try body(mode, pipe.read)
    }

    /// Raw mode and the alternate screen.
    func enter() throws {
        try TerminalModes.apply(TerminalModes.raw(from: saved), to: input)
        FileIO.write(output, enterSequence)
    }

    /// The main screen and the saved settings back.
    func leave() {
        FileIO.write(output, leaveSequence)
        try? TerminalModes.apply(saved, to: input)
    }

    /// Ctrl+Z or SIGTSTP: gives the terminal back and stops the process as the signal's default action would; when
    /// the shell continues it (`fg`), takes the screen again, which the caller then draws in full.
    func suspend() {
        leave()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        EmergencyRestore.reinstall(SIGTSTP)
        try? enter()
    }
}
