import Testing
@testable import Model

struct OutcomeTests {
    @Test func codesPerKind() {
        #expect(Outcome.outcomes(for: .dues).map(\.rawValue).sorted() == [
            "busy", "callback", "deceased", "declined", "do_not_call", "moved", "no_answer", "paid_already",
            "voicemail", "wants_to_resign", "will_pay", "wrong_number",
        ])
        #expect(Outcome.outcomes(for: .welcome).map(\.rawValue).sorted() == [
            "busy", "callback", "do_not_call", "no_answer", "voicemail", "welcomed", "wrong_number",
        ])
        #expect(Set(Outcome.outcomes(for: .dues) + Outcome.outcomes(for: .welcome)) == Set(Outcome.allCases))
    }

    @Test(arguments: CampaignKind.allCases)
    func keysAreUniqueAndDigitsFirst(kind: CampaignKind) {
        let keys = Outcome.outcomes(for: kind).compactMap { $0.key(in: kind) }
        #expect(keys.count == Outcome.outcomes(for: kind).count)
        #expect(Set(keys).count == keys.count)
        #expect(Array(keys.prefix(10)) == Array("1234567890".prefix(keys.count)))
        for outcome in Outcome.outcomes(for: kind) {
            let key = outcome.key(in: kind)!
            #expect(Outcome(key: key, kind: kind) == outcome)
            #expect(Outcome(key: Character(key.uppercased()), kind: kind) == outcome)
        }
    }

    @Test func documentedKeys() {
        #expect(Outcome.willPay.key(in: .dues) == "1")
        #expect(Outcome.noAnswer.key(in: .dues) == "6")
        #expect(Outcome.doNotCall.key(in: .dues) == "0")
        #expect(Outcome.deceased.key(in: .dues) == "d")
        #expect(Outcome.moved.key(in: .dues) == "m")
        #expect(Outcome.welcomed.key(in: .welcome) == "1")
        #expect(Outcome.noAnswer.key(in: .welcome) == "3")
        #expect(Outcome.welcomed.key(in: .dues) == nil)
        #expect(Outcome.moved.key(in: .welcome) == nil)
        #expect(Outcome(key: "q", kind: .dues) == nil)
        #expect(Outcome(key: "9", kind: .welcome) == nil)
    }

    @Test func labelsInBothLanguages() {
        for outcome in Outcome.allCases {
            #expect(!outcome.label(.nb).isEmpty)
            #expect(!outcome.label(.en).isEmpty)
        }
        for kind in CampaignKind.allCases {
            for language in Language.allCases {
                let labels = Outcome.outcomes(for: kind).map { $0.label(language) }
                #expect(Set(labels).count == labels.count)
            }
        }
        #expect(Outcome.noAnswer.label(.nb) == "Ikke svar")
        #expect(Outcome.noAnswer.label(.en) == "No answer")
        #expect(Outcome.willPay.label(.nb) == "Vil betale")
    }

    @Test func flags() {
        #expect(Outcome.allCases.filter(\.isRetry) == [.noAnswer, .busy, .voicemail])
        #expect(Set(Outcome.allCases.filter { !$0.closesEntry }) == [.noAnswer, .busy, .voicemail, .callback])
        #expect(Outcome.willPay.isReached && Outcome.welcomed.isReached && Outcome.callback.isReached)
        #expect(!Outcome.noAnswer.isReached && !Outcome.wrongNumber.isReached && !Outcome.deceased.isReached)
        #expect(Outcome.allCases.filter(\.isRetry).allSatisfy { !$0.isReached })
    }

    @Test func followUps() {
        #expect(Outcome.willPay.followUp == .paymentInfo)
        #expect(Outcome.paidAlready.followUp == .alreadyPaid)
        #expect(Outcome.wantsToResign.followUp == .resignInfo)
        #expect(Outcome.wrongNumber.followUp == .wrongNumber)
        #expect(Outcome.deceased.followUp == .registerUpdate)
        #expect(Outcome.moved.followUp == .registerUpdate)
        #expect(Outcome.allCases.filter { $0.followUp != nil }.count == 6)
        #expect(FollowUpKind.allCases.map(\.rawValue) == [
            "payment-info", "already-paid", "resign-info", "wrong-number", "register-update", "welcome-tasks",
        ])
    }

    @Test func parsing() throws {
        #expect(try Outcome.parse("will_pay", kind: .dues) == .willPay)
        #expect(try Outcome.parse(" NO-ANSWER ", kind: .welcome) == .noAnswer)
        #expect(try Outcome.parse("welcomed", kind: .welcome) == .welcomed)
        #expect(throws: OutcomeError.unknown(code: "welcomed", kind: .dues)) {
            try Outcome.parse("welcomed", kind: .dues)
        }
        #expect(throws: OutcomeError.self) { try Outcome.parse("", kind: .dues) }
        let message = OutcomeError.unknown(code: "paid", kind: .welcome).description
        #expect(message == "'paid' is not an outcome for a welcome campaign; type a key (1 Welcomed, 2 Call back, "
            + "3 No answer, 4 Voicemail, 5 Busy, 6 Wrong number, 7 Do not call), the name or a code "
            + "(welcomed, callback, no_answer, voicemail, busy, wrong_number, do_not_call)")
        #expect(OutcomeError.unknown(code: "x", kind: .dues).message(.nb).contains("1 Vil betale"))
    }

    @Test func checklistAndStatuses() {
        #expect(WelcomeChecklistItem.allCases.map(\.rawValue) == [
            "told_activity", "mail_list", "social_group", "invited_meeting", "sent_sms",
        ])
        for item in WelcomeChecklistItem.allCases {
            #expect(!item.label(.nb).isEmpty && item.label(.nb) != item.label(.en))
        }
        #expect(EntryStatus.allCases.map(\.rawValue) == [
            "open", "done", "paid_since", "waived", "left_register", "exhausted", "do_not_call",
        ])
        #expect(EntryStatus.allCases.filter(\.isOpen) == [.open])
        #expect(CampaignKind.allCases.map(\.rawValue) == ["dues", "welcome"])
    }
}
