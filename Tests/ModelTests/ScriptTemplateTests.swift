import Testing
@testable import Model

struct ScriptTemplateTests {
    let values = MergeValues(memberFirstName: "Kari", memberFullName: "Kari Hætta-Sara", memberBranch: "Tromsø",
                             callerFirstName: "Ola", year: 2026, party: "Partiet",
                             membershipOfficeEmail: "medlem@partiet.no", paymentDetails: "Vipps 12345",
                             meeting: "torsdag 3. desember kl. 19.00 på Folkets hus")

    @Test func rendersEveryField() throws {
        let text = "{member.first_name}|{member.full_name}|{member.branch}|{caller.first_name}|{year}|{party}|"
            + "{membership_office_email}|{payment_details}|{meeting}"
        let script = try ScriptTemplate(validating: text)
        #expect(script.render(values)
            == "Kari|Kari Hætta-Sara|Tromsø|Ola|2026|Partiet|medlem@partiet.no|Vipps 12345|torsdag 3. desember kl. 19.00 på Folkets hus")
        #expect(script.fields == Set(MergeField.allCases))
        #expect(script.text == text)
    }

    @Test func fillingOneFieldKeepsTheRestAsWritten() throws {
        let script = try ScriptTemplate(validating: "Hei {member.first_name}! {{ok}} Møtet er {meeting|snart}, i {member.branch|fylket}.")
        #expect(script.filling(.meeting, with: "torsdag kl. 19.00")
            == "Hei {member.first_name}! {{ok}} Møtet er torsdag kl. 19.00, i {member.branch|fylket}.")
        #expect(script.filling(.meeting, with: "") == "Hei {member.first_name}! {{ok}} Møtet er snart, i {member.branch|fylket}.")
        #expect(try ScriptTemplate(validating: script.filling(.meeting, with: "x")).fields == [.memberFirstName, .memberBranch])
    }

    @Test func escapesAndSpaces() throws {
        let script = try ScriptTemplate(validating: "{{ikke et felt}} og {{{year}}} og { party }\nHei {{")
        #expect(script.render(values) == "{ikke et felt} og {2026} og Partiet\nHei {")
        #expect(script.fields == [.year, .party])
    }

    @Test func plainTextHasNoFields() throws {
        let script = try ScriptTemplate(validating: "Hei på deg!\n")
        #expect(script.segments == [.text("Hei på deg!\n")])
        #expect(script.render(values) == "Hei på deg!\n")
        #expect(try ScriptTemplate(validating: "").render(values) == "")
    }

    @Test(arguments: [
        ("Hei {member.firstname}", ScriptTemplateError.unknownField("member.firstname", line: 1, column: 5)),
        ("Hei\n\nJeg er {caller.name}.", .unknownField("caller.name", line: 3, column: 8)),
        ("Hei {}", .unknownField("", line: 1, column: 5)),
        ("Hei {member.first_name", .unclosedBrace(line: 1, column: 5)),
        ("Hei {member.first_name\n}", .unclosedBrace(line: 1, column: 5)),
        ("Hei {year {party}", .unclosedBrace(line: 1, column: 5)),
        ("Hei }", .unmatchedClosingBrace(line: 1, column: 5)),
        ("{year} æøå }", .unmatchedClosingBrace(line: 1, column: 12)),
        ("{{x}} {{ {YEAR}", .unknownField("YEAR", line: 1, column: 10)),
        ("a\r\nb {bad}", .unknownField("bad", line: 2, column: 3)),
    ])
    func errorsNameTheFieldAndPosition(text: String, error: ScriptTemplateError) {
        #expect(throws: error) { try ScriptTemplate(validating: text) }
    }

    @Test func errorMessages() {
        let message = ScriptTemplateError.unknownField("member.firstname", line: 3, column: 8).description
        #expect(message.hasPrefix("3:8: unknown merge field {member.firstname}"))
        #expect(message.contains("{member.first_name}"))
        #expect(ScriptTemplateError.unclosedBrace(line: 2, column: 1).description.hasPrefix("2:1: "))
        #expect(ScriptTemplateError.unmatchedClosingBrace(line: 1, column: 4).description.contains("}}"))
    }

    @Test(arguments: CampaignKind.allCases, Language.allCases)
    func defaultScriptsAreValidAndPersonal(kind: CampaignKind, language: Language) throws {
        let text = ScriptTemplate.defaultText(kind: kind, language: language)
        let script = try ScriptTemplate(validating: text)
        #expect(script.fields.isSuperset(of: [.memberFirstName, .callerFirstName, .party]))
        let rendered = script.render(values)
        #expect(rendered.contains("Kari") && rendered.contains("Ola") && rendered.contains("Partiet"))
        #expect(!rendered.contains("{") && !rendered.contains("}"))
        #expect(rendered.count > 400)
    }

    @Test func duesScriptsCoverUnpaidDuesPaymentDetailsAndResigning() throws {
        let nb = try ScriptTemplate(validating: ScriptTemplate.defaultText(kind: .dues, language: .nb)).render(values)
        #expect(nb.contains("kontingenten for 2026 som ikke betalt"))
        #expect(nb.contains("ny betalingsinformasjon"))
        #expect(nb.contains("Jeg kan ikke melde deg ut selv"))
        #expect(nb.contains("e-post til medlem@partiet.no"))
        let en = try ScriptTemplate(validating: ScriptTemplate.defaultText(kind: .dues, language: .en)).render(values)
        #expect(en.contains("dues for 2026"))
        #expect(en.contains("new payment details"))
        #expect(en.contains("only you can do that, by sending an email to medlem@partiet.no"))
    }

    @Test func welcomeScriptsThankAskOfferAndInvite() throws {
        let nb = try ScriptTemplate(validating: ScriptTemplate.defaultText(kind: .welcome, language: .nb))
            .render(values)
        for phrase in ["tusen takk", "viktige for deg", "skjer framover", "e-postliste", "sosial gruppe", "medlemsmøte"] {
            #expect(nb.lowercased().contains(phrase), "\(phrase)")
        }
        let en = try ScriptTemplate(validating: ScriptTemplate.defaultText(kind: .welcome, language: .en))
            .render(values)
        for phrase in ["thank you", "matter", "coming up", "mail list", "social group", "meeting"] {
            #expect(en.lowercased().contains(phrase), "\(phrase)")
        }
    }

    @Test func aFallbackIsSaidOnlyWhenTheValueIsEmpty() throws {
        let script = try ScriptTemplate(validating: "fra {party} i { member.branch |fylket}{member.branch|}!")
        #expect(script.fields == [.party, .memberBranch])
        #expect(script.fieldsWithoutFallback == [.party])
        #expect(script.render(values) == "fra Partiet i TromsøTromsø!")
        var noBranch = values
        noBranch.memberBranch = ""
        #expect(script.render(noBranch) == "fra Partiet i fylket!")
        #expect(throws: ScriptTemplateError.self) { try ScriptTemplate(validating: "{member.brunch|x}") }
    }
}
