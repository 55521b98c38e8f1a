import CallScreen
import Foundation
import Glibc
import Terminal
import Testing

@Suite struct PlainSessionTests {
    /// Runs plain mode with `lines` piped in; returns what it printed and the exit status.
    private func run(_ lines: String, members: MemberList) throws -> (String, Int32) {
        let input = Pipe()
        let output = Pipe()
        input.fileHandleForWriting.write(Data(lines.utf8))
        try input.fileHandleForWriting.close()
        let session = PlainSession(input: input.fileHandleForReading.fileDescriptor,
                                   output: output.fileHandleForWriting.fileDescriptor)
        let status = session.run(program: Sample.program(), executor: members.execute)
        try output.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (text, status)
    }

    @Test func plainFlowThroughAPipe() throws {
        let members = MemberList([
            Sample.member(1, "Ørjan Hætta-Sara", email: "orjan@example.no"),
            Sample.member(2, "Kari\u{1B}[2J\u{1B}]0;x\u{7}"),
        ])
        let (text, status) = try run("n\nRing etter fem\n1\n\n5\ntull\n18:30\n", members: members)
        #expect(status == 0)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"))
        #expect(text.contains("== Ørjan Hætta-Sara (Medlemsnr. 1001) =="))
        #expect(text.contains("Betalingsinformasjonen sendes til: orjan@example.no"))
        #expect(text.contains("== Kari␛[2J␛]0;x␇ (Medlemsnr. 1002) =="))
        #expect(text.contains("Forstod ikke tidspunktet"))
        #expect(text.contains("Lagret: Ring tilbake."))
        #expect(text.contains("Ingen å ringe akkurat nå."))
        let logged = members.snapshot.logged
        #expect(logged.map(\.code) == ["will_pay", "callback"])
        #expect(logged[0].note == "Ring etter fem" && logged[0].email == "orjan@example.no")
        #expect(logged[1].callbackText == "18:30" && logged[1].callbackAt != nil)
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
