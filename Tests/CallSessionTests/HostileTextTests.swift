import CallScreen
import CallSession
import Foundation
import Model
import Storage
import Testing

@Suite struct HostileTextTests {
    static let hostile = "Kari\u{1B}[2J\u{1B}]0;x\u{07}\u{202E}"

    private func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            #expect(!bad, "U+\(String(v, radix: 16)) reached the output", sourceLocation: sourceLocation)
        }
    }

    @Test func hostileNamesNotesAndEmailsFromTheDatabaseRenderInert() throws {
        let fixture = try SessionFixture(
            members: [SessionFixture.member(number: "1\u{1B}[H", first: Self.hostile, last: "\u{9B}2J", email: "a\u{07}@b.example")],
            script: "Hei {member.first_name} fra {caller.first_name}")
        let kari = try fixture.caller()
        guard case .claimed(let entry) = try fixture.store.claimNext(campaign: fixture.campaign, caller: kari) else {
            Issue.record("nothing claimed")
            return
        }
        try fixture.store.logCall(CallReport(entryID: entry.entryID, callerID: kari.id, outcome: .busy, note: "\u{1B}]52;c;x\u{07}"))
        fixture.clock.now += 24 * 3_600
        var driver = Driver(try fixture.session())
        let card = try #require(driver.state.card)
        #expect(card.fullName.hasPrefix(Self.hostile), "the card keeps the text; the views sanitise it")
        #expect(card.script.contains(Self.hostile))
        let screen = driver.program.view(driver.state)
        expectInert(screen.text)
        #expect(screen.text.contains("Kari␛[2J␛]0;x␇"))
        let bytes = screen.diff(from: nil)
        for escape in bytes.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst() {
            let final = escape.dropFirst().first(where: \.isLetter)
            #expect(escape.hasPrefix("[") && final.map { "HJm".contains($0) } == true, "unexpected escape \(escape.prefix(8))")
        }
        #expect(!bytes.contains("\u{07}") && !bytes.contains("\u{1B}]"))
        let plain = driver.program.plainView(driver.state)
        expectInert(plain.body)
        expectInert(plain.prompt)
        driver.send(.key(.char("1")))
        expectInert(driver.program.plainView(driver.state).body)
        expectInert(driver.program.view(driver.state).text)
    }
}
