import CallScreen
import Foundation
import Glibc
import Terminal
import Testing

/// Runs the full-screen session on a pseudo-terminal in this process. Serialised: it installs signal handlers.
@Suite(.serialized) struct TerminalSessionTests {
    final class Result: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var status: Int32 = -1
        var error: (any Error)?
    }

    private func start(_ pty: PTY, _ members: MemberList, gate: DispatchSemaphore? = nil) -> Result {
        let result = Result()
        let slave = pty.slave
        Thread.detachNewThread {
            let session = TerminalSession(input: slave, output: slave)
            let executor: (Effect) -> Event? = { effect in
                if case .log = effect { gate?.wait() }
                return members.execute(effect)
            }
            do { result.status = try session.run(program: Sample.program(), executor: executor) } catch {
                result.error = error
            }
            result.done.signal()
        }
        return result
    }

    @Test func logsThenSigtermRestoresTheTerminalExactly() throws {
        let pty = try PTY()
        defer { pty.close() }
        let before = try TerminalModes.current(pty.slave)
        let members = MemberList([Sample.member(1, "Ørjan Hætta-Sara"), Sample.member(2, "Kari\u{1B}[2J")])
        let result = start(pty, members)
        var output: [UInt8] = []
        #expect(pty.read(until: "Ørjan Hætta-Sara", into: &output))
        #expect(!TerminalModes.same(try TerminalModes.current(pty.slave), before))
        pty.send("6")
        #expect(pty.read(until: "Lagret: Ikke svar.", into: &output))
        #expect(pty.read(until: "Kari␛[2J", into: &output))
        kill(getpid(), SIGTERM)
        #expect(result.done.wait(timeout: .now() + 10) == .success)
        #expect(result.status == 128 + SIGTERM)
        #expect(members.snapshot.logged.map(\.code) == ["no_answer"])
        #expect(TerminalModes.same(try TerminalModes.current(pty.slave), before))
        #expect(pty.read(until: "\u{1B}[?1049l", into: &output))
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}[?1049h\u{1B}[?25l\u{1B}[?2004h"))
        #expect(!text.contains("Kari\u{1B}[2J"))
    }

    /// A save that waits on a busy database leaves the screen alive: it says it is saving, and redraws on a resize.
    @Test func theScreenDrawsSavingAndStaysResponsiveWhileTheDatabaseWorks() throws {
        let pty = try PTY()
        defer { pty.close() }
        let members = MemberList([Sample.member(5, "Åse Bø"), Sample.member(6, "Per Berg")])
        let gate = DispatchSemaphore(value: 0)
        let result = start(pty, members, gate: gate)
        var output: [UInt8] = []
        #expect(pty.read(until: "Åse Bø", into: &output))
        pty.send("6")
        #expect(pty.read(until: "Lagrer Ikke svar …", into: &output, seconds: 3), "the saving state is drawn")
        pty.resize(columns: 50, rows: 15)
        kill(getpid(), SIGWINCH)
        #expect(pty.read(until: "Vinduet er for lite (50×15).", into: &output, seconds: 3), "a resize is drawn while saving")
        #expect(members.snapshot.logged.isEmpty)
        gate.signal()
        pty.resize(columns: 80, rows: 24)
        kill(getpid(), SIGWINCH)
        #expect(pty.read(until: "Per Berg", into: &output))
        #expect(members.snapshot.logged.map(\.code) == ["no_answer"])
        pty.send("q")
        #expect(result.done.wait(timeout: .now() + 10) == .success)
        #expect(result.status == 0)
    }

    @Test func quitKeyReleasesAndRestores() throws {
        let pty = try PTY()
        defer { pty.close() }
        let before = try TerminalModes.current(pty.slave)
        let members = MemberList([Sample.member(3, "Åse Bø")])
        let result = start(pty, members)
        var output: [UInt8] = []
        #expect(pty.read(until: "Åse Bø", into: &output))
        pty.send("\u{1B}[200~Ring etter fem\u{1B}[201~\r")
        #expect(pty.read(until: "Ring etter fem", into: &output))
        pty.send("q")
        #expect(result.done.wait(timeout: .now() + 10) == .success)
        #expect(result.status == 0)
        #expect(members.snapshot.released == [3])
        #expect(TerminalModes.same(try TerminalModes.current(pty.slave), before))
    }

    @Test func sigwinchRedrawsAtTheNewSize() throws {
        let pty = try PTY()
        defer { pty.close() }
        let members = MemberList([Sample.member(4, "Per Hansen")])
        let result = start(pty, members)
        var output: [UInt8] = []
        #expect(pty.read(until: "Per Hansen", into: &output))
        pty.resize(columns: 50, rows: 15)
        kill(getpid(), SIGWINCH)
        #expect(pty.read(until: "Vinduet er for lite (50×15).", into: &output))
        pty.resize(columns: 80, rows: 24)
        kill(getpid(), SIGWINCH)
        output = []
        #expect(pty.read(until: "Per Hansen", into: &output))
        #expect(String(decoding: output, as: UTF8.self).contains("\u{1B}[2J"))
        pty.send("\u{3}")
        #expect(result.done.wait(timeout: .now() + 10) == .success)
        #expect(result.status == 0)
    }
}
