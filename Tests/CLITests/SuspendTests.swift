import Foundation
import Glibc
import TestSupport
import Testing

/// The full screens, `dues watch` and `dues call`, on a pseudo-terminal under an interactive shell's job control:
/// Ctrl+Z (or SIGTSTP from elsewhere) gives the terminal back and stops the process, `fg` draws the screen again in
/// full, and quitting restores the terminal.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash"), "job control needs /bin/bash"))
struct SuspendTests {
    /// A full screen: how it is started and a text its frame shows.
    struct Screen: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let shows: String
        var testDescription: String { arguments[0] }
    }

    /// How the screen is asked to stop.
    enum Stop: String, CaseIterable, Sendable {
        case ctrlZ, sigtstp
    }

    static let screens = [
        Screen(arguments: ["watch", "K"], shows: "Latest outcomes:"),
        Screen(arguments: ["call", "K", "--caller", "Caller 1"], shows: "Medlem0 Hansen"),
    ]
    static let environment = [
        "TERM": "xterm-256color", "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin", "DUES_NOW": TestClock.text, "PS1": "$ ",
    ]
    static let enter = "\u{1B}[?1049h"
    static let leave = "\u{1B}[?1049l"

    /// A process's state letter (R, S, T, Z …) and parent, from /proc; nil when it is gone.
    static func stat(_ pid: pid_t) -> (state: Character, parent: pid_t)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let state = fields[0].first, let parent = pid_t(fields[1]) else { return nil }
        return (state, parent)
    }

    /// The processes whose parent is `parent`.
    static func children(of parent: pid_t) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { pid_t($0) }.filter { stat($0)?.parent == parent }
    }

    /// Waits up to five seconds for `condition`.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let deadline = Date() + 5
        while !condition() {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func same(_ a: termios, _ b: termios) -> Bool {
        withUnsafeBytes(of: a) { a in withUnsafeBytes(of: b) { b in a.elementsEqual(b) } }
    }

    static func isRaw(_ settings: termios) -> Bool {
        settings.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == 0
    }

    @Test(arguments: screens, Stop.allCases)
    func stoppingGivesTheTerminalBackAndFgDrawsTheScreenAgain(screen: Screen, stop: Stop) throws {
        let folder = try TemporaryFolder()
        let db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: 5, callers: 1)
        let terminal = try PseudoTerminal()
        func since(_ start: Int) -> String { String(decoding: terminal.output[start...], as: UTF8.self) }
        try terminal.spawn("/bin/bash", ["--norc", "--noprofile", "--noediting", "-i"], environment: Self.environment)
        #expect(terminal.read { $0.hasSuffix("$ ") }, "\(terminal.text)")
        let shell = try terminal.settings()

        let command = ([DuesBinary.url.path] + screen.arguments + ["--db", db]).map(Self.quoted).joined(separator: " ")
        terminal.send(command + "\n")
        #expect(terminal.read { $0.contains(screen.shows) }, "\(terminal.text)")
        let pid = try #require(Self.children(of: terminal.pid).first, "dues runs under the shell")
        #expect(Self.isRaw(try terminal.settings()), "the screen runs in raw mode")

        let stopping = terminal.output.count
        switch stop {
        case .ctrlZ: terminal.send("\u{1A}")
        case .sigtstp: kill(pid, SIGTSTP)
        }
        #expect(terminal.read { _ in since(stopping).contains("Stopped") }, "\(since(stopping))")
        #expect(Self.eventually { Self.stat(pid)?.state == "T" }, "the process is stopped")
        let stopped = since(stopping)
        let left = stopped.range(of: Self.leave), told = stopped.range(of: "Stopped")
        #expect(left != nil && told != nil && left!.lowerBound < told!.lowerBound, "the main screen is back first: \(stopped)")
        #expect(!Self.isRaw(try terminal.settings()), "the shell has a cooked terminal")

        let resuming = terminal.output.count
        terminal.send("fg\n")
        #expect(terminal.read { _ in since(resuming).contains(screen.shows) }, "the whole screen is drawn again: \(since(resuming))")
        #expect(since(resuming).contains(Self.enter))
        #expect(Self.eventually { Self.isRaw((try? terminal.settings()) ?? shell) }, "raw mode again")
        #expect(Self.stat(pid)?.state != "T")

        let quitting = terminal.output.count
        terminal.send("q")
        #expect(terminal.read { _ in since(quitting).hasSuffix("$ ") }, "back at the shell: \(since(quitting))")
        #expect(since(quitting).contains(Self.leave))
        #expect(Self.eventually { Self.stat(pid) == nil }, "dues ended")
        #expect(Self.same(try terminal.settings(), shell), "termios is the shell's again")
        terminal.send("exit\n")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(arguments: ["q", "\u{03}"])
    func watchQuitsOnQAndCtrlCRestoringTheTerminalExactly(key: String) throws {
        let folder = try TemporaryFolder()
        let db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: 5, callers: 1)
        let terminal = try PseudoTerminal()
        let before = try terminal.settings()
        try terminal.spawn(DuesBinary.url.path, ["watch", "K", "--db", db], environment: Self.environment)
        #expect(terminal.read { $0.contains("Latest outcomes:") }, "\(terminal.text)")
        #expect(Self.isRaw(try terminal.settings()), "the screen runs in raw mode")
        #expect(String(decoding: terminal.output, as: UTF8.self).contains(Self.enter), "the alternate screen is used")

        terminal.send(key)
        #expect(terminal.waitForExit() == 0)
        #expect(String(decoding: terminal.output, as: UTF8.self).hasSuffix(Self.leave), "the main screen is back")
        #expect(Self.same(try terminal.settings(), before), "termios is exactly as before")
    }
}
