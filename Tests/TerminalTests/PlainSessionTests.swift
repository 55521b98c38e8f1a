import CallScreen
import Foundation
import Glibc
import Terminal
import Testing

@Suite struct PlainSessionTests {
    /// Runs plain mode with `lines` piped in; returns what it printed and the exit status.
    private func run(_ lines: String, members: MemberList, now: @escaping () -> Date = Date.init) throws -> (String, Int32) {
        let input = Pipe()
        let output = Pipe()
        input.fileHandleForWriting.write(Data(lines.utf8))
        try input.fileHandleForWriting.close()
        let session = PlainSession(input: input.fileHandleForReading.fileDescriptor,
                                   output: output.fileHandleForWriting.fileDescriptor)
        let status = session.run(program: Sample.program(), now: now, executor: members.execute)
        try output.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (text, status)
    }

    @Test func plainFlowThroughAPipe() throws {
        let members = MemberList([
            Sample.member(1, "Ørjan Hætta-Sara", email: "orjan@example.no"),
            Sample.member(2, "Kari\u{1B}[2J\u{1B}]0;x\u{7}"),
        ])
        let (text, status) = try run("n\nRing etter fem\n1\n\n5\ntull\n18:30\n\n", members: members)
        #expect(status == 0)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.contains("== Ørjan Hætta-Sara (Medlemsnr. 1001) =="))
        #expect(text.contains("Betalingsinformasjonen sendes til: orjan@example.no"))
        #expect(text.contains("== Kari␛[2J␛]0;x␇ (Medlemsnr. 1002) =="))
        #expect(text.contains("tull (forstår ikke tidspunktet ennå)"))
        #expect(text.contains("18:30 → "), "the time is shown as read before it is saved")
        #expect(text.contains("Lagret: Ring tilbake."))
        #expect(text.contains("Ingen å ringe akkurat nå."))
        let logged = members.snapshot.logged
        #expect(logged.map(\.code) == ["will_pay", "callback"])
        #expect(logged[0].note == "Ring etter fem" && logged[0].email == "orjan@example.no")
        #expect(logged[1].callbackText == "18:30" && logged[1].callbackAt != nil)
    }

    /// A slow machine lets seconds pass between lines, and the undo countdown with them: the status that says a
    /// call was saved is still said once (scripts count "Saved" lines to know what was saved).
    @Test func savedIsSaidOnceWhileTheUndoCountdownRuns() throws {
        let members = MemberList([Sample.member(1, "Åse Bø"), Sample.member(2, "Per Berg")])
        let clock = Clock()
        let (text, _) = try run("6\nn\nhei\n?\n\nq\n", members: members, now: clock.tick)
        #expect(members.snapshot.logged.count == 1)
        #expect(text.components(separatedBy: "Lagret: ").count - 1 == 1, "\(text)")
    }

    @Test func endOfInputReleasesTheMember() throws {
        let members = MemberList([Sample.member(7, "Åse Bø")])
        let (text, status) = try run("n\n", members: members)
        #expect(status == 0)
        #expect(text.contains("Notat"))
        #expect(members.snapshot.released == [7])
        #expect(members.snapshot.logged.isEmpty)
    }
}

/// A clock that moves on a second each time it is read.
private final class Clock: @unchecked Sendable {
    private var now = Date(timeIntervalSince1970: 1_800_000_000)

    func tick() -> Date {
        now += 1
        return now
    }
}
