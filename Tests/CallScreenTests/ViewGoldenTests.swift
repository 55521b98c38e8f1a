import CallScreen
import Model
import Testing

@Suite struct ViewGoldenTests {
    @Test func memberCard() {
        let h = Harness()
        expectGolden("card", h.program.view(h.state))
    }

    @Test func memberCardInEnglish() {
        var context = Fixtures.context
        context.language = .en
        let h = Harness(Fixtures.program(context))
        expectGolden("card-en", h.program.view(h.state))
    }

    @Test func confirmEmailAfterWillPay() {
        var h = Harness()
        h.type("1")
        expectGolden("will-pay-confirm-email", h.program.view(h.state))
    }

    @Test func resignNotice() {
        var h = Harness()
        h.type(Fixtures.key(.wantsToResign))
        expectGolden("resign-notice", h.program.view(h.state))
    }

    @Test func callbackWithParsedTime() {
        var h = Harness()
        h.type(Fixtures.key(.callback) + "i morgen 18")
        expectGolden("callback-parsed", h.program.view(h.state))
    }

    @Test func keepInTouchCallsSaySoInTheHeader() {
        func header(_ context: CallContext) -> String {
            let h = Harness(Fixtures.program(context))
            return h.program.view(h.state).line(0)
        }
        var context = Fixtures.welcomeContext
        #expect(!header(context).contains("holde kontakt"))
        context.isKeepInTouch = true
        #expect(header(context).contains("\(context.campaignName) (holde kontakt)"))
        context.language = .en
        #expect(header(context).contains("(keep in touch)"))
    }

    @Test func welcomeChecklist() {
        var h = Harness(Fixtures.program(Fixtures.welcomeContext))
        h.type("113")
        expectGolden("welcome-checklist", h.program.view(h.state))
    }

    @Test func noteEditorAndSavedNotice() {
        var h = Harness()
        h.send(.key(.char(CommandKeys.note)))
        h.type("Ringer tilbake på fredag, sa Åse")
        expectGolden("note-editor", h.program.view(h.state))
    }

    @Test func savedWithUndoCountdown() {
        var h = Harness()
        h.type(Fixtures.key(.noAnswer))
        h.send(.logged(callID: "c1"), .loaded(Fixtures.kari), .tick(Fixtures.now.addingTimeInterval(17)))
        expectGolden("hostile-after-save", h.program.view(h.state))
    }

    @Test func help() {
        var h = Harness()
        h.type(String(CommandKeys.help))
        expectGolden("help", h.program.view(h.state))
    }

    @Test func helpInEnglishAtTheMinimumSize() {
        var context = Fixtures.context
        context.language = .en
        var h = Harness(Fixtures.program(context), columns: CallProgram.minimumColumns, rows: CallProgram.minimumRows)
        h.type(String(CommandKeys.helpLetter))
        expectGolden("help-en-60x18", h.program.view(h.state))
    }

    @Test func tooSmall() {
        var h = Harness()
        h.send(.resize(columns: 59, rows: 17))
        expectGolden("too-small", h.program.view(h.state))
    }

    @Test func emptyList() {
        let h = Harness(card: nil)
        expectGolden("empty", h.program.view(h.state))
    }

    @Test func minimumSizeStillShowsEveryOutcome() {
        var h = Harness()
        h.send(.resize(columns: 60, rows: 18))
        let screen = h.program.view(h.state)
        expectGolden("minimum-60x18", screen)
        for option in Fixtures.duesOutcomes { #expect(screen.text.contains("\(option.key) \(option.label)")) }
    }
}
