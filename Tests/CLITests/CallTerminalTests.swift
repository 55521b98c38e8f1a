import Foundation
import Glibc
import TestSupport
import Testing

/// `dues call` full screen on a pseudo-terminal.
@Suite struct CallTerminalTests {
    static func stty(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/stty")
        process.arguments = ["-g", "-F", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func same(_ a: termios, _ b: termios) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }
    }

    @Test func sigtermAfterAnOutcomeKeepsItAndRestoresTheTerminalExactly() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: 5, callers: 1)
        let terminal = try PseudoTerminal()
        let before = try terminal.settings()
        let sttyBefore = try Self.stty(terminal.slavePath)
        #expect(before.c_lflag & tcflag_t(ICANON) != 0)

        try terminal.spawn(
            DuesBinary.url.path, ["call", "K", "--caller", "Caller 1", "--db", db],
            environment: ["TERM": "xterm-256color", "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin", "DUES_NOW": TestClock.text])
        #expect(terminal.read { $0.contains("Medlem0 Hansen") && $0.contains("q quit") }, "\(terminal.text)")
        let raw = try terminal.settings()
        #expect(raw.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0, "the screen runs in raw mode")
        #expect(String(decoding: terminal.output, as: UTF8.self).contains("\u{1B}[?1049h"), "the alternate screen is used")

        terminal.send("2")
        #expect(terminal.read { $0.contains("Saved: Already paid.") }, "\(terminal.text)")
        #expect(try CallTestDatabase.calls(at: db).map { [$0.number, $0.outcome] } == [["1000", "paid_already"]])

        #expect(terminal.stop(with: SIGTERM) == 143)
        #expect(String(decoding: terminal.output, as: UTF8.self).hasSuffix("\u{1B}[?1049l"), "the main screen is back")
        #expect(Self.same(try terminal.settings(), before), "termios is exactly as before")
        #expect(try Self.stty(terminal.slavePath) == sttyBefore)
        #expect(try CallTestDatabase.calls(at: db).count == 1)
        #expect(try CallTestDatabase.held(at: db, by: "Caller 1").map(\.number) == ["1001"], "a restart resumes on the member on screen")
    }
}
