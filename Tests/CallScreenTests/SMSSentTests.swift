import CallScreen
import Foundation
import Model
import QRCode
import Testing

/// `x` on the SMS code: the caller confirms the text was sent, and it is saved with the outcome of the call: on
/// the welcome checklist when the outcome has one with `sent_sms`, else as the call's SMS time.
@Suite struct SMSSentTests {
    static var ørjan: MemberCard {
        var card = QRViewTests.ørjanWithCode
        card.textCode = QRMatrix(encoding: SMSCodeViewTests.uri)!.modules
        return card
    }

    /// The welcome outcomes with the full checklist, `sent_sms` on key 4.
    static let welcome: CallContext = {
        var context = Fixtures.welcomeContext
        context.outcomes[0].followUp = .checklist(
            Fixtures.checklist + [.init(code: ChecklistOption.sentSMS, key: "4", label: "Sendt personlig SMS")])
        return context
    }()

    static let noAnswer = Fixtures.key(.noAnswer)
    static let sent = String(CommandKeys.smsSent)
    static let textCode = String(CommandKeys.textCode)

    @Test func theConfirmKeyIsNoOutcomeKeyOfEitherKind() {
        #expect(CallProgram.commandKeys.contains(CommandKeys.smsSent))
        for kind in CampaignKind.allCases {
            #expect(!Outcome.outcomes(for: kind).contains { $0.key(in: kind) == CommandKeys.smsSent })
        }
    }

    @Test func confirmingOnTheSMSCodeIsSavedWithADuesOutcome() {
        var h = Harness(rows: 40, card: Self.ørjan)
        h.type(Self.textCode)
        #expect(h.screen.contains("Sendt? Trykk x."))
        #expect(h.type(Self.sent).isEmpty)
        #expect(h.state.shownCode == nil)
        #expect(h.state.smsSentAt == Fixtures.now)
        #expect(h.state.notice == .smsNoted)
        h.send(.tick(Fixtures.now.addingTimeInterval(30)))
        #expect(h.type(Self.noAnswer) == [.log(.init(memberID: 42, code: "no_answer", smsSentAt: Fixtures.now))])
    }

    @Test func anotherKeyClosesTheCodeWithoutRecording() {
        var h = Harness(card: Self.ørjan)
        h.type(Self.textCode)
        #expect(h.type(Self.noAnswer).isEmpty, "the key only closes the code")
        #expect(h.state.smsSentAt == nil)
        #expect(h.type(Self.noAnswer) == [.log(.init(memberID: 42, code: "no_answer"))])
    }

    @Test func theConfirmKeyMeansNothingOnTheDialCodeOrTheCard() {
        var h = Harness(card: Self.ørjan)
        h.type(String(CommandKeys.phoneCode) + Self.sent)
        #expect(h.state.smsSentAt == nil)
        #expect(h.type(Self.sent).isEmpty)
        #expect(h.state.smsSentAt == nil && h.state.shownCode == nil)
    }

    @Test func everyFollowUpStepCarriesTheConfirmation() {
        var h = Harness(card: Self.ørjan)
        h.type(Self.textCode + Self.sent)
        h.type(Fixtures.key(.willPay))
        let effects = h.send(.key(.enter))
        #expect(effects == [.log(.init(
            memberID: 42, code: "will_pay", email: "orjan@example.no", smsSentAt: Fixtures.now))])
    }

    @Test func onAWelcomeCallTheChecklistHasItTickedAndDecides() {
        var h = Harness(Fixtures.program(Self.welcome), card: Self.ørjan)
        h.type(Self.textCode + Self.sent + "1")
        #expect(h.state.phase == .card(Self.ørjan, .checklist(outcome: 0, ticked: ["sent_sms"])))
        h.type("2")
        #expect(h.send(.key(.enter)) == [.log(.init(memberID: 42, code: "welcomed", checklist: ["mail_list", "sent_sms"]))])

        var unticked = Harness(Fixtures.program(Self.welcome), card: Self.ørjan)
        unticked.type(Self.textCode + Self.sent + "14")
        #expect(unticked.send(.key(.enter)) == [.log(.init(memberID: 42, code: "welcomed"))], "the caller unticked it")
    }

    @Test func aWelcomeCallWithoutTheChecklistKeepsTheTime() {
        var h = Harness(Fixtures.program(Self.welcome), card: Self.ørjan)
        h.type(Self.textCode + Self.sent)
        let key = String(Outcome.noAnswer.key(in: .welcome)!)
        #expect(h.type(key) == [.log(.init(memberID: 42, code: "no_answer", smsSentAt: Fixtures.now))])
    }

    @Test func theNextMemberStartsUnconfirmedAndUndoGivesTheConfirmationBack() {
        var h = Harness(card: Self.ørjan)
        h.type(Self.textCode + Self.sent + Self.noAnswer)
        h.send(.logged(callID: "c1"), .loaded(Fixtures.kari))
        #expect(h.state.smsSentAt == nil)
        #expect(h.type(Self.noAnswer) == [.log(.init(memberID: 43, code: "no_answer"))])
        h.send(.failed("nope"))
        h.type(String(CommandKeys.undo))
        h.send(.undone)
        #expect(h.state.card?.memberID == 42)
        #expect(h.state.smsSentAt == Fixtures.now)
    }

    @Test func plainModeAsksAndTakesTheConfirmKey() {
        var h = Harness(card: Self.ørjan)
        h.type(Self.textCode)
        let screen = h.program.plainView(h.state)
        #expect(screen.prompt.hasPrefix("Sendt? Skriv x og trykk Enter"))
        #expect(h.program.plainEvents(for: " X ", in: h.state) == [.key(.char(CommandKeys.smsSent))])
        #expect(h.program.plainEvents(for: "", in: h.state) == [.key(.enter)])
        h.send(.key(.char(CommandKeys.smsSent)))
        #expect(h.program.plainView(h.state).status.contains("SMS-en er notert som sendt"))
        h.type(String(CommandKeys.phoneCode))
        #expect(h.program.plainEvents(for: "x", in: h.state) == [.key(.enter)], "only the SMS code takes it")
    }
}
