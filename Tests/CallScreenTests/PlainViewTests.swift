import CallScreen
import Model
import Testing

@Suite struct PlainViewTests {
    @Test func cardIsPlainText() {
        let h = Harness()
        let plain = h.program.plainView(h.state)
        #expect(plain.body.hasPrefix("== Ørjan Hætta-Sara (Medlemsnr. 1048576) =="))
        #expect(plain.body.contains("Kontingent: 2025 ikke betalt, 2024 betalt, 2023 betalt"))
        #expect(plain.body.contains("1 Vil betale, 2 Har betalt"))
        #expect(!plain.body.contains("\u{1B}"))
        #expect(plain.prompt == "Valg: ")
    }

    @Test func linesBecomeTheSameEventsAsKeys() {
        var h = Harness()
        let callback = Fixtures.key(.callback)
        #expect(h.program.plainEvents(for: callback + "\n", in: h.state) == [.key(.char(Character(callback)))])
        h.type(callback)
        let events = h.program.plainEvents(for: "i morgen 18", in: h.state)
        #expect(events == [.key(.end), .key(.ctrl("u")), .paste("i morgen 18")], "a time is read and shown first")
        for event in events { h.send(event) }
        #expect(h.program.plainView(h.state).prompt.contains("Lagres som "))
        #expect(h.program.plainEvents(for: "", in: h.state) == [.key(.enter)], "an empty line saves it")
        #expect(h.program.plainEvents(for: "avbryt", in: h.state) == [.key(.escape)])
    }

    @Test func emailCanBeCorrectedInOneLine() {
        var h = Harness()
        h.type("1")
        for event in h.program.plainEvents(for: "ny@example.no", in: h.state) { h.send(event) }
        #expect(h.effects.last == .log(.init(memberID: 42, code: "will_pay", email: "ny@example.no", emailChanged: true)))
    }

    @Test func unknownWordShowsHelp() {
        let h = Harness()
        #expect(h.program.plainEvents(for: "hva nå", in: h.state) == [.key(.char(CommandKeys.help))])
    }
}
