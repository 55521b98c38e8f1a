import CallScreen
import CallSession
import Foundation
import Model
import QRCode
import Storage
import Testing

@Suite struct MappingTests {
    @Test func duesOutcomesCarryTheSheetKeysLabelsAndFollowUps() throws {
        let fixture = try SessionFixture()
        let nb = try fixture.session(language: .nb).context
        #expect(nb.outcomes.map(\.code) == Outcome.outcomes(for: .dues).map(\.rawValue))
        #expect(String(nb.outcomes.map(\.key)) == "1234567890dm")
        #expect(nb.outcomes.first?.label == "Vil betale")
        #expect(nb.language == .nb)
        #expect(nb.callerName == "Kari Nordmann")
        #expect(nb.campaignName == "Høst")
        #expect(nb.undoWindow == 60)
        let en = try fixture.session(language: .en).context
        #expect(en.outcomes.map(\.label).prefix(3) == ["Will pay", "Already paid", "Call back"])
        #expect(en.language == .en)

        func followUp(_ code: String) -> OutcomeFollowUp? { en.outcomes.first { $0.code == code }?.followUp }
        #expect(followUp("will_pay") == .confirmEmail)
        #expect(followUp("callback") == .callbackTime)
        #expect(followUp("declined") == OutcomeFollowUp.none)
        guard case .resignNotice(let notice) = followUp("wants_to_resign") else {
            Issue.record("wants_to_resign needs the notice")
            return
        }
        #expect(notice.contains("medlem@test.example"))
        #expect(notice.contains("bare du selv"), "the notice is in the campaign's language, not the interface's")
        #expect(en.outcomes.allSatisfy { !CallProgram.commandKeys.contains($0.key) })
    }

    @Test(arguments: CampaignKind.allCases)
    func noOutcomeKeyIsACommandKey(kind: CampaignKind) {
        let keys = Outcome.outcomes(for: kind).compactMap { $0.key(in: kind) }
        #expect(Set(keys).isDisjoint(with: CommandKeys.all))
        #expect(Set(keys).isDisjoint(with: [CommandKeys.editEmail]), "e edits the email right after will_pay")
    }

    @Test func theResignNoticeFollowsTheCampaignLanguageAndCopesWithoutAnAddress() {
        #expect(ResignNotice.text(language: .en, officeEmail: "office@x.example").contains("the membership office at office@x.example"))
        #expect(ResignNotice.text(language: .nb, officeEmail: nil).contains("e-post til medlemskontoret."))
    }

    @Test func welcomeCampaignsTickTheChecklist() throws {
        let fixture = try SessionFixture(kind: .welcome)
        let context = try fixture.session(language: .en).context
        #expect(context.kind == "welcome")
        #expect(context.outcomes.map(\.code) == Outcome.outcomes(for: .welcome).map(\.rawValue))
        guard case .checklist(let items) = context.outcomes.first?.followUp else {
            Issue.record("welcomed needs the checklist")
            return
        }
        #expect(items.map(\.code) == WelcomeChecklistItem.allCases.map(\.rawValue))
        #expect(String(items.map(\.key)) == "12345")
        #expect(items.first?.label == "Told about coming activities")
    }

    @Test func theCardShowsTheMemberDuesEarlierCallsAndTheMergedScript() throws {
        let fixture = try SessionFixture(
            members: [SessionFixture.member(number: "7", first: "Ørjan", last: "Hætta-Sara", phone: "41234567", email: "o@h.example")],
            script: "Hei {member.first_name}! Dette er {caller.first_name} fra {party} i {member.branch}, om {year}.")
        let kari = try fixture.caller()
        guard case .claimed(let entry) = try fixture.store.claimNext(campaign: fixture.campaign, caller: kari) else {
            Issue.record("nothing claimed")
            return
        }
        try fixture.store.logCall(CallReport(entryID: entry.entryID, callerID: kari.id, outcome: .noAnswer, note: "prøv kveld"))
        fixture.clock.now += 24 * 3_600

        var driver = Driver(try fixture.session())
        let card = try #require(driver.state.card)
        #expect(card.fullName == "Ørjan Hætta-Sara")
        #expect(card.firstName == "Ørjan")
        #expect(card.number == "7")
        #expect(card.phone == "412 34 567")
        #expect(card.phoneKind == "mobil")
        #expect(card.dialCode != nil)
        #expect(card.dialCode == QRMatrix(encoding: "tel:+4741234567")?.modules)
        let body = "Hei Ørjan, beklager at jeg ikke nådde deg. Jeg er Kari fra Testpartiet og ringte om medlemskontingenten"
            + " for 2026. Spørsmål? Svar gjerne på denne meldingen."
        #expect(card.textCode == PhoneNumber(parsing: "41234567").smsURI(body: body).flatMap { QRMatrix(encoding: $0) }?.modules)
        #expect(card.textCode != nil)
        #expect(card.branch == "Tromsø")
        #expect(card.email == "o@h.example")
        #expect(card.dues == [DuesYear(year: 2026, status: .unpaid), DuesYear(year: 2025, status: .paid)])
        #expect(card.attempts.count == 1)
        #expect(card.attempts.first?.outcome == "Ikke svar")
        #expect(card.attempts.first?.caller == "Kari Nordmann")
        #expect(card.attempts.first?.campaign == "Høst")
        #expect(card.attempts.first?.note == "prøv kveld")
        #expect(card.script == "Hei Ørjan! Dette er Kari fra Testpartiet i Tromsø, om 2026.")
        var oslo = Calendar(identifier: .gregorian)
        oslo.timeZone = TimeZone(identifier: "Europe/Oslo")!
        #expect(card.memberSince.map { oslo.dateComponents([.year, .month, .day], from: $0) }
            == DateComponents(year: 2026, month: 3, day: 1))
        driver.send(.key(.char("q")))
        #expect(driver.quit)
    }
}

@Suite struct SMSCodeMappingTests {
    @Test func aStoredSMSTemplateIsWhatTheCodeCarries() throws {
        let fixture = try SessionFixture(
            members: [SessionFixture.member(number: "7", first: "Ørjan", last: "Hætta-Sara", phone: "41234567")])
        try fixture.store.setSMSTemplate(campaign: fixture.campaign.name, to: "Hei {member.first_name}, ring {caller.first_name}!")
        let driver = Driver(try fixture.session())
        let card = try #require(driver.state.card)
        let uri = try #require(PhoneNumber(parsing: "41234567").smsURI(body: "Hei Ørjan, ring Kari!"))
        #expect(card.textCode == QRMatrix(encoding: uri)?.modules)
    }

    @Test func aLandlineGetsNoSMSCodeButStillADialCode() throws {
        let fixture = try SessionFixture(
            members: [SessionFixture.member(number: "8", first: "Per", phone: "77123456")])
        let driver = Driver(try fixture.session())
        let card = try #require(driver.state.card)
        #expect(card.textCode == nil)
        #expect(card.dialCode == QRMatrix(encoding: "tel:+4777123456")?.modules)
    }
}
