import CallScreen
import Foundation
import Model
import Testing

@Suite struct UpdateTests {
    @Test func startAsksForMemberAndProgress() {
        let (state, effects) = Fixtures.program().start(columns: 80, rows: 24, now: Fixtures.now)
        #expect(effects == [.claimNext, .fetchProgress])
        #expect(state.phase == .loading)
    }

    @Test func plainOutcomeIsLoggedAtOnceWithTheNote() {
        var h = Harness()
        h.send(.key(.char(CommandKeys.note)))
        h.type("Ring etter 17")
        h.send(.key(.enter))
        #expect(h.state.note == "Ring etter 17")
        let effects = h.type(Fixtures.key(.noAnswer))
        #expect(effects == [.log(OutcomeSubmission(memberID: 42, code: "no_answer", note: "Ring etter 17"))])
        #expect(h.send(.logged(callID: "c1")) == [.claimNext, .fetchProgress])
        h.send(.loaded(Fixtures.kari))
        #expect(h.state.note == "")
        #expect(h.state.notice == .saved(label: "Ikke svar"))
    }

    @Test func willPayConfirmsTheEmailOnFile() {
        var h = Harness()
        #expect(h.type("1") == [])
        #expect(h.send(.key(.enter)) == [.log(.init(memberID: 42, code: "will_pay", email: "orjan@example.no"))])
    }

    @Test func willPayCorrectsTheEmailAndRejectsNonsense() {
        var h = Harness()
        h.type("1e")
        h.send(.key(.ctrl("u")))
        h.type("ørjan.bø@")
        #expect(h.send(.key(.enter)) == [])
        #expect(h.state.notice == .invalidEmail)
        h.type("example.no")
        let effects = h.send(.key(.enter))
        #expect(effects == [.log(.init(memberID: 42, code: "will_pay", email: "ørjan.bø@example.no", emailChanged: true))])
    }

    @Test func willPayWithoutEmailOnFileAsksForOne() {
        var h = Harness(card: Fixtures.kari)
        h.type("1")
        guard case .card(_, .editEmail) = h.state.phase else { Issue.record("expected the email editor"); return }
        h.send(.paste(" kari@example.no\n"))
        #expect(h.send(.key(.enter)) == [.log(.init(memberID: 43, code: "will_pay", email: "kari@example.no", emailChanged: true))])
    }

    @Test func resignIsSavedOnlyAfterConfirmation() {
        var h = Harness()
        #expect(h.type(Fixtures.key(.wantsToResign)) == [])
        #expect(h.send(.key(.escape)) == [])
        guard case .card(_, .idle) = h.state.phase else { Issue.record("Esc should go back"); return }
        h.type(Fixtures.key(.wantsToResign))
        #expect(h.send(.key(.enter)) == [.log(.init(memberID: 42, code: "wants_to_resign"))])
    }

    @Test func callbackReasksOnNonsenseThenSavesTheParsedTime() {
        var h = Harness()
        h.type(Fixtures.key(.callback) + "neste uke kanskje")
        #expect(h.send(.key(.enter)) == [])
        #expect(h.state.notice == .unknownTime)
        h.send(.key(.ctrl("u")))
        h.type("i morgen 18")
        #expect(h.state.notice == nil)
        let expected = OutcomeSubmission(
            memberID: 42, code: "callback", callbackAt: Fixtures.date("2025-11-27 18:00"), callbackText: "i morgen 18")
        #expect(h.send(.key(.enter)) == [.log(expected)])
    }

    @Test func checklistTogglesByKeyInChecklistOrder() {
        var h = Harness(Fixtures.program(Fixtures.welcomeContext))
        h.type("1")
        h.type("3121")
        let effects = h.send(.key(.enter))
        #expect(effects == [.log(.init(memberID: 42, code: "welcomed", checklist: ["mail_list", "social_group"]))])
    }

    @Test func skipMovesOnWithoutOutcome() {
        var h = Harness()
        #expect(h.type(String(CommandKeys.skip)) == [.skip(memberID: 42), .claimNext, .fetchProgress])
        #expect(h.state.phase == .loading)
    }

    @Test func undoWithinTheWindowRestoresTheMemberAndNote() {
        var h = Harness()
        h.send(.key(.char(CommandKeys.note)))
        h.type("hei")
        h.send(.key(.enter))
        h.type("7")
        h.send(.logged(callID: "c9"), .loaded(Fixtures.kari), .tick(Fixtures.now.addingTimeInterval(59)))
        #expect(h.type(String(CommandKeys.undo)) == [.undo(callID: "c9")])
        #expect(h.send(.undone) == [.release(memberID: 43), .fetchProgress])
        #expect(h.state.card?.memberID == 42)
        #expect(h.state.note == "hei")
        #expect(h.type(String(CommandKeys.undo)) == [])
        #expect(h.state.notice == .nothingToUndo)
    }

    @Test func undoAfterAMinuteIsRefused() {
        var h = Harness()
        h.type("7")
        h.send(.logged(callID: "c9"), .loaded(Fixtures.kari), .tick(Fixtures.now.addingTimeInterval(60)))
        #expect(h.type(String(CommandKeys.undo)) == [])
        #expect(h.state.notice == .undoExpired)
    }

    @Test func failedLogKeepsTheMemberOnScreen() {
        var h = Harness()
        h.type("2")
        h.send(.failed("database is locked"))
        #expect(h.state.phase == .card(Fixtures.ørjan, .idle))
        #expect(h.state.notice == .failed("database is locked"))
    }

    @Test func quitReleasesTheMember() {
        var h = Harness()
        #expect(h.type(String(CommandKeys.quit)) == [.release(memberID: 42), .quit])
        #expect(h.state.phase == .finished)
    }

    @Test func ctrlCQuitsEvenWhileEditing() {
        var h = Harness()
        h.send(.key(.char(CommandKeys.note)))
        #expect(h.type(String(CommandKeys.quit)) == [])
        #expect(h.send(.key(.ctrl("c"))) == [.release(memberID: 42), .quit])
    }

    @Test func ctrlZSuspends() {
        var h = Harness()
        #expect(h.send(.key(.ctrl("z"))) == [.suspend])
    }

    @Test func helpSwallowsTheNextKey() {
        var h = Harness()
        h.type(String(CommandKeys.help))
        #expect(h.state.showsHelp)
        #expect(h.type("6") == [])
        #expect(!h.state.showsHelp)
    }

    @Test func tooSmallIgnoresOutcomeKeysButQuits() {
        var h = Harness()
        h.send(.resize(columns: 40, rows: 10))
        #expect(h.type("6") == [])
        #expect(h.type(String(CommandKeys.quit)) == [.release(memberID: 42), .quit])
    }

    @Test func emptyListRetriesOnR() {
        var h = Harness(card: nil)
        #expect(h.state.phase == .empty)
        #expect(h.type(String(CommandKeys.retry)) == [.claimNext, .fetchProgress])
    }

    @Test func pasteOpensTheNoteEditor() {
        var h = Harness()
        h.send(.paste("Ring\r\netter\tfem\u{1B}[2J"))
        guard case .card(_, .note(let editor)) = h.state.phase else { Issue.record("expected the note editor"); return }
        #expect(editor.text == "Ring etter fem[2J")
    }

    @Test func scriptScrollsAndClamps() {
        var h = Harness()
        h.send(.key(.pageDown), .key(.pageDown))
        #expect(h.state.scriptOffset == 16)
        let text = h.screen
        #expect(text.contains("eller kort."))
        h.send(.key(.pageUp), .key(.pageUp), .key(.up))
        #expect(h.state.scriptOffset == 0)
    }
}

/// The hint line and the key handling come from one definition of the command keys.
@Suite struct CommandKeyTests {
    @Test(arguments: [CallScreen.Language.nb, CallScreen.Language.en])
    func everyKeyTheHintLineNamesDoesWhatItSays(language: CallScreen.Language) {
        var context = Fixtures.context
        context.language = language
        let program = Fixtures.program(context)
        let named = program.strings.hints.split(separator: " ").filter { $0.count == 1 }.map { Character(String($0)) }
        #expect(named == [
            CommandKeys.note, CommandKeys.skip, CommandKeys.undo, CommandKeys.phoneCode, CommandKeys.help, CommandKeys.quit,
        ])
        for key in named {
            var h = Harness(program, card: QRViewTests.ørjanWithCode)
            let effects = h.send(.key(.char(key)))
            switch key {
            case CommandKeys.note: #expect(h.state.phase == .card(QRViewTests.ørjanWithCode, .note(LineEditor(""))))
            case CommandKeys.phoneCode: #expect(h.state.shownCode == .dial)
            case CommandKeys.skip: #expect(effects.first == .skip(memberID: 42))
            case CommandKeys.undo: #expect(h.state.notice == .nothingToUndo)
            case CommandKeys.help: #expect(h.state.showsHelp)
            default: #expect(effects.last == .quit)
            }
        }
    }

    @Test func theScreenShowsTheOutcomeKeysTheModelGives() {
        let h = Harness()
        for outcome in Outcome.outcomes(for: .dues) {
            #expect(h.screen.contains("\(Fixtures.key(outcome)) \(outcome.label(.nb))"), "\(outcome)")
        }
    }
}
