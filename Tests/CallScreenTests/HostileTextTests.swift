import CallScreen
import Testing

@Suite struct HostileTextTests {
    private func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let bad = (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
            #expect(!bad, "U+\(String(v, radix: 16)) reached the output", sourceLocation: sourceLocation)
        }
    }

    @Test func hostileNameScriptAndBranchRenderInert() {
        let h = Harness(card: Fixtures.kari)
        let screen = h.program.view(h.state)
        expectInert(screen.text)
        #expect(screen.text.contains("Kari␛[2J␛]0;x␇"))
        #expect(screen.text.contains("Hei Kari␛[31m!\u{FFFD}2J"))
        let output = screen.diff(from: nil)
        let escapes = output.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
        for escape in escapes {
            #expect(escape.hasPrefix("[") && escape.dropFirst().first(where: { $0.isLetter }).map { "HJm".contains($0) } == true,
                    "unexpected escape \(escape.prefix(8))")
        }
        #expect(!output.contains("\u{7}"))
    }

    @Test func hostileTextInAttemptsAndEditorsRendersInert() {
        var card = Fixtures.ørjan
        card.attempts = [.init(at: Fixtures.now, caller: "\u{1B}]0;pwned\u{7}", campaign: "\u{9B}2J", outcome: "x\u{202E}y",
                               note: "a\u{1B}[H")]
        var h = Harness(card: card)
        expectInert(h.screen)
        expectInert(h.program.plainView(h.state).body)
        h.send(.key(.char(CommandKeys.note)), .paste("\u{1B}[2Jhei\u{7}"))
        expectInert(h.screen)
    }

    @Test func hostileContextRendersInert() {
        var context = Fixtures.context
        context.campaignName = "Kampanje\u{1B}[2J"
        context.callerName = "Ola\u{7}"
        context.outcomes[0].label = "Vil\u{1B}[5m betale"
        var h = Harness(Fixtures.program(context))
        expectInert(h.screen)
        h.type("1")
        expectInert(h.screen)
        expectInert(h.program.plainView(h.state).body)
    }
}
