import Foundation
import Glibc
import Terminal
import Testing

@Suite struct RawModeTests {
    @Test func rawModeIsRestoredExactly() throws {
        let pty = try PTY()
        defer { pty.close() }
        let before = try TerminalModes.current(pty.slave)
        #expect(before.c_lflag & tcflag_t(ICANON) != 0)
        try TerminalModes.apply(TerminalModes.raw(from: before), to: pty.slave)
        let raw = try TerminalModes.current(pty.slave)
        #expect(raw.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0)
        #expect(raw.c_iflag & tcflag_t(ICRNL | IXON) == 0)
        #expect(!TerminalModes.same(before, raw))
        try TerminalModes.apply(before, to: pty.slave)
        #expect(TerminalModes.same(try TerminalModes.current(pty.slave), before))
    }

    @Test func windowSizeComesFromTheTerminal() throws {
        let pty = try PTY(columns: 101, rows: 33)
        defer { pty.close() }
        #expect(TerminalModes.windowSize(pty.slave)! == (101, 33))
        #expect(TerminalModes.isTerminal(input: pty.slave, output: pty.slave))
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        defer { fds.forEach { _ = close($0) } }
        #expect(!TerminalModes.isTerminal(input: fds[0], output: pty.slave))
        #expect(TerminalModes.windowSize(fds[0]) == nil)
    }

    @Test func colourAndFullScreenFollowTheEnvironment() {
        #expect(TerminalModes.colorAllowed(environment: ["TERM": "xterm-256color"]))
        #expect(!TerminalModes.colorAllowed(environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(!TerminalModes.colorAllowed(environment: ["TERM": "dumb"]))
        #expect(TerminalModes.colorAllowed(environment: ["TERM": "xterm", "NO_COLOR": ""]))
        #expect(!TerminalModes.fullScreenSupported(environment: ["TERM": "dumb"]))
        #expect(!TerminalModes.fullScreenSupported(environment: [:]))
        #expect(TerminalModes.fullScreenSupported(environment: ["TERM": "screen"]))
    }

    @Test func sessionRefusesAPipe() throws {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        defer { fds.forEach { _ = close($0) } }
        let session = TerminalSession(input: fds[0], output: fds[1])
        #expect(throws: TerminalError.notATerminal) {
            try session.run(program: Sample.program()) { _ in nil }
        }
    }
}
