import Glibc

/// Taking a terminal for a full screen and giving it back: raw mode and the alternate screen, the saved settings
/// restored exactly, and a stop for the shell's job control in between.
struct FullScreenMode {
    let input: Int32
    let output: Int32
    /// The settings from before the screen, restored on leaving.
    let saved: termios

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
