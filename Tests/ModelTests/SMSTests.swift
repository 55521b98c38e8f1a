import Model
import Testing

@Suite struct SMSTests {
    @Test func gsmTextCountsSeptetsAndExtensionCharactersTwice() {
        #expect(SMSLength(String(repeating: "a", count: 160)) == SMSLength.expect(.gsm7, 160, 1))
        #expect(SMSLength(String(repeating: "a", count: 161)).segments == 2)
        #expect(SMSLength(String(repeating: "Æ", count: 306)).segments == 2)
        #expect(SMSLength(String(repeating: "ø", count: 307)).segments == 3)
        #expect(SMSLength("€").units == 2)
        #expect(SMSLength(String(repeating: "€", count: 80)).segments == 1)
        #expect(SMSLength(String(repeating: "€", count: 81)).segments == 2)
        #expect(SMSLength("").segments == 0)
    }

    @Test func oneCharacterOutsideGSMMakesTheWholeTextUCS2() {
        let text = String(repeating: "a", count: 69) + "š"
        #expect(SMSLength(text) == SMSLength.expect(.ucs2, 70, 1))
        #expect(SMSLength(text + "a").segments == 2)
        #expect(SMSLength(String(repeating: "a", count: 133) + "🙂").units == 135)
        #expect(SMSLength(String(repeating: "a", count: 133) + "🙂").segments == 3)
        #expect(!SMSLength(String(repeating: "a", count: 133) + "🙂").fitsLimit)
        #expect(SMSLength(String(repeating: "a", count: 132) + "🙂").fitsLimit)
    }

    /// The default texts: a campaign kind, and whether it is a welcome campaign's keep-in-touch call.
    static let defaults: [(CampaignKind, Bool)] = [(.welcome, false), (.welcome, true), (.dues, false)]

    @Test(arguments: defaults, [Language.nb, .en])
    func defaultsUseScriptFieldsAndFitTwoSegmentsForOrdinaryNames(of text: (CampaignKind, Bool), language: Language) throws {
        let (kind, keepInTouch) = text
        let template = try ScriptTemplate(
            validating: SMSTemplate.defaultText(for: kind, keepInTouch: keepInTouch, language: language))
        #expect(template.fields.contains(.memberFirstName) && template.fields.contains(.callerFirstName))
        #expect(template.placeholders.isEmpty, "nothing is left for the coordinator to fill in by hand")
        #expect(template.fieldsWithoutFallback.contains(.meeting) == (kind == .welcome && !keepInTouch),
                "the welcome text names the meeting; the keep-in-touch text needs none")
        let body = template.render(MergeValues(
            memberFirstName: "Kristoffer", memberFullName: "Kristoffer Hætta-Sara", memberBranch: "Nordre Land",
            callerFirstName: "Marianne", year: 2026, party: "Sosialistisk Venstreparti", membershipOfficeEmail: "x@y.no",
            meeting: MeetingTextTests.longest(language)))
        #expect(SMSLength(body).fitsLimit, "\(body)")
        #expect(SMSLength(body).encoding == .gsm7, "Norwegian letters are in GSM-7")
    }

    @Test func smsAndTelURIsCarryTheE164NumberAndAnEncodedBody() {
        let phone = PhoneNumber(parsing: "412 34 567")
        #expect(phone.telURI == "tel:+4741234567")
        #expect(phone.smsURI(body: "Hei Åse & co?") == "sms:+4741234567?body=Hei%20%C3%85se%20%26%20co%3F")
        #expect(phone.smsURI(body: "a-b_c.d~e") == "sms:+4741234567?body=a-b_c.d~e")
        #expect(PhoneNumber(parsing: "12").telURI == nil)
        #expect(PhoneNumber(parsing: "12").smsURI(body: "x") == nil)
    }
}

extension SMSLength {
    /// Builds the expected value from its parts by measuring a text of that shape, so the test compares behaviour.
    static func expect(_ encoding: Encoding, _ units: Int, _ segments: Int) -> SMSLength {
        let text = encoding == .gsm7 ? String(repeating: "b", count: units) : String(repeating: "b", count: units - 1) + "ž"
        let length = SMSLength(text)
        precondition(length.segments == segments)
        return length
    }
}
