import CallScreen
import Model
import QRCode
import Testing
import TextCells

/// The `p` key: the member's number as a QR code of its `tel:` URI, drawn over the card.
@Suite struct QRViewTests {
    static let uri = "tel:+4741234567"

    static var ørjanWithCode: MemberCard {
        var card = Fixtures.ørjan
        card.dialCode = QRMatrix(encoding: uri)!.modules
        return card
    }

    @Test func keyShowsTheCodeAndAnyKeyClosesIt() {
        var h = Harness(card: Self.ørjanWithCode)
        let effects = h.type(String(CommandKeys.phoneCode))
        #expect(effects.isEmpty)
        #expect(h.state.shownCode == .dial)
        let closing = h.type(Fixtures.key(.noAnswer))
        #expect(closing.isEmpty, "the key that closes the code does not also log an outcome")
        #expect(h.state.shownCode == nil)
        #expect(h.state.phase == .card(Self.ørjanWithCode, .idle))
    }

    @Test func memberWithoutValidNumberGetsANotice() {
        var h = Harness()
        h.type(String(CommandKeys.phoneCode))
        #expect(h.state.shownCode == nil)
        #expect(h.state.notice == .noCode)
    }

    @Test func nextMemberClosesTheCode() {
        var h = Harness(card: Self.ørjanWithCode)
        h.type(String(CommandKeys.phoneCode))
        h.send(.loaded(Fixtures.kari))
        #expect(h.state.shownCode == nil)
    }

    @Test func drawnCodeIsLibqrencodesMatrixInBlackOnWhite() throws {
        var h = Harness(card: Self.ørjanWithCode)
        h.type(String(CommandKeys.phoneCode))
        let screen = h.program.view(h.state)
        expectGolden("qr-dial-80x24", screen)
        let expected = QRText.lines(Self.ørjanWithCode.dialCode!)
        let rows = (0..<screen.rows).filter { row in (0..<screen.columns).contains { screen[row, $0].attributes == .blackOnWhite } }
        #expect(rows.count == expected.count)
        let left = try #require((0..<screen.columns).first { screen[rows[0], $0].attributes == .blackOnWhite })
        for (line, row) in zip(expected, rows) {
            let drawn = (left..<(left + line.count)).map { screen[row, $0].text }.joined()
            #expect(drawn == line)
            #expect((left..<(left + line.count)).allSatisfy { screen[row, $0].attributes == .blackOnWhite })
        }
        #expect(screen.diff(from: nil).contains("\u{1B}[0;30;47m"), "explicit black on white reaches the terminal")
    }

    @Test func tooSmallWindowSaysHowLargeItMustBe() {
        var h = Harness(columns: 60, rows: 18, card: Self.ørjanWithCode)
        h.type(String(CommandKeys.phoneCode))
        let screen = h.program.view(h.state)
        expectGolden("qr-dial-60x18", screen)
        let side = Self.ørjanWithCode.dialCode!.count + 8
        #expect(screen.text.contains("\(max(side + 2, 60))×\((side + 1) / 2 + 3)"))
        #expect(!(0..<screen.rows).contains { row in (0..<screen.columns).contains { screen[row, $0].attributes == .blackOnWhite } })
    }

    @Test func inEnglish() {
        var context = Fixtures.context
        context.language = .en
        var h = Harness(Fixtures.program(context), columns: 60, rows: 18, card: Self.ørjanWithCode)
        h.type(String(CommandKeys.phoneCode))
        #expect(h.program.view(h.state).text.contains("The QR code needs a window of at least"))
        h.send(.resize(columns: 80, rows: 24))
        #expect(h.program.view(h.state).text.contains("Scan with your phone to call Ørjan Hætta-Sara (412 34 567)"))
    }

    @Test func plainModePrintsTheBlocksAndAnyLineCloses() {
        var h = Harness(card: Self.ørjanWithCode)
        h.type(String(CommandKeys.phoneCode))
        let plain = h.program.plainView(h.state)
        for line in QRText.lines(Self.ørjanWithCode.dialCode!) { #expect(plain.body.contains(line)) }
        #expect(h.program.plainEvents(for: "1", in: h.state) == [.key(.enter)])
    }
}

@Suite struct SMSCodeViewTests {
    static let uri = "sms:+4741234567?body=Hei%20%C3%98rjan%2C%20beklager%20at%20jeg%20ikke%20n%C3%A5dde%20deg."

    @Test func textKeyShowsTheSMSCodeAtTwoSizes() {
        var card = QRViewTests.ørjanWithCode
        card.textCode = QRMatrix(encoding: Self.uri)!.modules
        var h = Harness(rows: 40, card: card)
        h.type(String(CommandKeys.textCode))
        #expect(h.state.shownCode == .text)
        expectGolden("qr-text-80x40", h.program.view(h.state))
        h.send(.resize(columns: 80, rows: 24))
        let small = h.program.view(h.state).text
        #expect(small.contains("QR-koden trenger et vindu på minst"))
    }

    @Test func withoutATextCodeTheKeySaysSo() {
        var h = Harness(card: QRViewTests.ørjanWithCode)
        h.type(String(CommandKeys.textCode))
        #expect(h.state.shownCode == nil)
        #expect(h.state.notice == .noCode)
    }
}
