import Testing
@testable import Model

struct PhoneNumberTests {
    @Test(arguments: [
        ("41234567", "+4741234567", PhoneKind.mobile, "412 34 567"),
        ("412 34 567", "+4741234567", .mobile, "412 34 567"),
        ("+47 412 34 567", "+4741234567", .mobile, "412 34 567"),
        ("0047 41234567", "+4741234567", .mobile, "412 34 567"),
        ("4741234567", "+4741234567", .mobile, "412 34 567"),
        ("47 41234567", "+4741234567", .mobile, "412 34 567"),
        ("+47-412-34-567", "+4741234567", .mobile, "412 34 567"),
        ("412.34.567", "+4741234567", .mobile, "412 34 567"),
        ("(+47) 412 34 567", "+4741234567", .mobile, "412 34 567"),
        ("412\u{00A0}34\u{00A0}567", "+4741234567", .mobile, "412 34 567"),
        ("  98765432 ", "+4798765432", .mobile, "987 65 432"),
        ("77 12 34 56", "+4777123456", .landline, "77 12 34 56"),
        ("22334455", "+4722334455", .landline, "22 33 44 55"),
        ("+47 55 12 34 56", "+4755123456", .landline, "55 12 34 56"),
        ("80012345", "+4780012345", .landline, "80 01 23 45"),
        ("41234567.0", "+4741234567", .mobile, "412 34 567"),
        ("4.1234567E7", "+4741234567", .mobile, "412 34 567"),
        ("'+47 412 34 567", "+4741234567", .mobile, "412 34 567"),
        ("4.1234567E+07", "+4741234567", .mobile, "412 34 567"),
        ("4,1234567E+07", "+4741234567", .mobile, "412 34 567"),
        ("4741234567.0", "+4741234567", .mobile, "412 34 567"),
        ("4.741234567E9", "+4741234567", .mobile, "412 34 567"),
        ("+46 70 123 45 67", "+46701234567", .foreign, "+46 701 234 567"),
        ("0046701234567", "+46701234567", .foreign, "+46 701 234 567"),
        ("+44 (0)20 7946 0958", "+442079460958", .foreign, "+44 207 946 09 58"),
        ("+1 212 555 0100", "+12125550100", .foreign, "+1 212 555 01 00"),
        ("+358 40 1234567", "+358401234567", .foreign, "+358 401 234 567"),
    ])
    func valid(raw: String, e164: String, kind: PhoneKind, display: String) {
        let phone = PhoneNumber(parsing: raw)
        #expect(phone.raw == raw)
        #expect(phone.e164 == e164)
        #expect(phone.kind == kind)
        #expect(phone.display == display)
        #expect(phone.isCallable)
    }

    @Test(arguments: [
        "", "   ", "1234567", "123456789", "01234567", "11234567", "+47 1234 567", "+47 412 34 5678",
        "4123456a", "412 34 567 / 77 12 34 56", "tlf: 41234567", "+46 123", "+0 12345678",
        "+123456789012345678", "41234567.5", "4.12345675E7", "1e400", "++4741234567", "abc", "-",
        "00", "+", "4.1234567E", "E7",
    ])
    func invalid(raw: String) {
        let phone = PhoneNumber(parsing: raw)
        #expect(phone.kind == .invalid)
        #expect(phone.e164 == nil)
        #expect(!phone.isCallable)
        #expect(phone.raw == raw)
    }

    @Test func invalidDisplaysTrimmedRaw() {
        #expect(PhoneNumber(parsing: "  ring kona \n").display == "ring kona")
    }

    @Test func equalNumbersWrittenDifferentlyShareE164() {
        let forms = ["41234567", "+47 412 34 567", "0047-412-34-567", "4.1234567E7"]
        #expect(Set(forms.map { PhoneNumber(parsing: $0).e164 }) == ["+4741234567"])
    }

    @Test func kindRawValues() {
        #expect(PhoneKind.allCases.map(\.rawValue) == ["mobile", "landline", "foreign", "invalid"])
    }
}
