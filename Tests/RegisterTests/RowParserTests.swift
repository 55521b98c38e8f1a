import Model
import Spreadsheet
import Storage
import TestSupport
import Testing
@testable import Register

@Suite struct RowParserTests {
    static let headers = ["Medlemsnr", "Fornavn", "Etternavn", "Mobil", "E-post", "Lokallag", "Innmeldt", "Betalt 2018"]
    let parser = RowParser(mapping: try! ColumnMapping(headers: headers, file: "r.csv"), file: "r.csv")

    private func parse(_ cells: [Cell], parser: RowParser? = nil) throws -> (ParsedMember, ImportWarnings) {
        var warnings = ImportWarnings()
        let member = try (parser ?? self.parser).parse(TableRow(number: 7, cells: cells), warnings: &warnings)
        return (member, warnings)
    }

    private func row(
        number: String = "1001", first: String = "Kari", last: String = "Nordmann", phone: Cell = .text("41234567"),
        email: String = "", branch: String = "Tromsø", joined: Cell = .empty, paid: Cell = .text("Ja")
    ) -> [Cell] {
        [.text(number), .text(first), .text(last), phone, .text(email), .text(branch), joined, paid]
    }

    @Test func namesAndBranchesAreTrimmedAndCollapsed() throws {
        let (member, _) = try parse(row(first: "  Kari \u{00A0} Anne ", last: "Hætta\tSara ", branch: " Nord -  Troms "))
        #expect(member.record.firstName == "Kari Anne")
        #expect(member.record.lastName == "Hætta Sara")
        #expect(member.record.branch == "Nord - Troms")
        #expect(member.record.memberNumber == "1001")
    }

    @Test func controlCharactersAreStrippedFromEveryText() throws {
        let (member, _) = try parse(row(
            number: "10\u{7}01", first: "Ka\u{1B}[31mri", last: "Nord\u{202E}mann\u{0085}", phone: .text("412\u{0}34567"),
            email: "kari\u{9B}@example.no", branch: "Trom\u{7F}sø\r\n"))
        #expect(member.record.memberNumber == "1001")
        #expect(member.record.firstName == "Ka[31mri")
        #expect(member.record.lastName == "Nordmann")
        #expect(member.record.phone?.raw == "41234567")
        #expect(member.record.email == "kari@example.no")
        #expect(member.record.branch == "Tromsø")
    }

    @Test(arguments: [
        ("Nordmann, Kari Anne", "Kari Anne", "Nordmann"), ("Kari Hætta Sara", "Kari Hætta", "Sara"),
        ("  Ludwig  van Beethoven ", "Ludwig", "van Beethoven"), ("Máret", "Máret", ""),
    ])
    func aFullNameIsSplitWhenThereAreNoNameColumns(full: String, first: String, last: String) throws {
        let mapping = try ColumnMapping(headers: ["Medlemsnr", "Navn"], file: "r.csv")
        let (member, _) = try parse([.text("1"), .text(full)], parser: RowParser(mapping: mapping, file: "r.csv"))
        #expect(member.record.firstName == first && member.record.lastName == last)
    }

    @Test func emailsAreLowerCasedAndAnInvalidOneIsLeftOutWithAWarning() throws {
        #expect(try parse(row(email: " Kari.Nordmann@Example.NO ")).0.record.email == "kari.nordmann@example.no")
        #expect(try parse(row(email: "ÅSE@Example.no")).0.record.email == "åse@example.no")
        let (member, warnings) = try parse(row(email: "kari@"))
        #expect(member.record.email == nil)
        #expect(warnings.messages.map(\.english) == ["r.csv:7:E-post (E): 'kari@' is not an email address; left out"])
    }

    @Test(arguments: [
        ("41234567", "+4741234567", PhoneKind.mobile), ("412 34 567", "+4741234567", .mobile),
        ("+47 412 34 567", "+4741234567", .mobile), ("0047 91234567", "+4791234567", .mobile),
        ("77 64 40 00", "+4777644000", .landline), ("+46 70 123 45 67", "+46701234567", .foreign),
    ])
    func phonesAreNormalisedToE164(raw: String, e164: String, kind: PhoneKind) throws {
        let (member, warnings) = try parse(row(phone: .text(raw)))
        #expect(member.record.phone?.e164 == e164 && member.record.phone?.kind == kind && member.record.phone?.raw == raw)
        #expect(warnings.count == 0)
    }

    @Test func aPhoneStoredAsANumberAndAnInvalidPhoneAreKept() throws {
        #expect(try parse(row(phone: .number(41234567))).0.record.phone?.e164 == "+4741234567")
        let (member, warnings) = try parse(row(phone: .text("ring kontoret")))
        #expect(member.record.phone?.kind == .invalid && member.record.phone?.raw == "ring kontoret")
        #expect(warnings.messages.first?.english.hasPrefix("r.csv:7:Mobil (D): 'ring kontoret' is not a phone number") == true)
        #expect(try parse(row(phone: .empty)).0.record.phone == nil)
    }

    @Test(arguments: [
        (Cell.text("5.1.2018"), "2018-01-05"), (.text("05.01.2018"), "2018-01-05"), (.text("2018-01-05"), "2018-01-05"),
        (.text("29.2.2016"), "2016-02-29"), (.date(serial: 43105, uses1904: false), "2018-01-05"),
        (.date(serial: 41643, uses1904: true), "2018-01-05"), (.number(43105), "2018-01-05"), (.text("43105"), "2018-01-05"),
        (.text("05.01.2018 00:00"), "2018-01-05"), (.number(2018), "2018-01-01"), (.text("2018"), "2018-01-01"),
        (.text(" 1995 "), "1995-01-01"), (.date(serial: 2018, uses1904: false), "1905-07-10"),
    ])
    func joinDatesAreReadInEveryForm(cell: Cell, iso: String) throws {
        #expect(try parse(row(joined: cell)).0.record.joinedOn?.iso == iso)
    }

    /// Serials go through the reader's decoder, so a date reads the same in a cell's text and in the register.
    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"), (46023.0, false, "2026-01-01"),
        (46023.75, false, "2026-01-01"), (2958465.0, false, "9999-12-31"), (0.0, true, "1904-01-01"), (44561.0, true, "2026-01-01"),
    ])
    func excelSerials(serial: Double, uses1904: Bool, iso: String) {
        #expect(RowParser.day(serial: serial, uses1904: uses1904)?.iso == iso)
        #expect(Cell.date(serial: serial, uses1904: uses1904).text.hasPrefix(iso))
    }

    @Test(arguments: [(60.0, false), (0.0, false), (-1.0, false), (-1.0, true), (Double.nan, false),
                      (Double.infinity, true), (2958466.0, false), (1e300, false)])
    func impossibleExcelSerials(serial: Double, uses1904: Bool) {
        #expect(RowParser.day(serial: serial, uses1904: uses1904) == nil)
    }

    @Test func aTwoDigitYearIsAnErrorNamingFileRowAndColumn() {
        let error = #expect(throws: RegisterError.self) { try parse(row(joined: .text("5.1.18"))) }
        #expect(error?.description == "r.csv:7:Innmeldt (G): '5.1.18' has a two-digit year; write the year with four digits, e.g. 05.01.2026")
        let impossible = #expect(throws: RegisterError.self) { try parse(row(joined: .text("31.02.2018"))) }
        #expect(impossible?.description == "r.csv:7:Innmeldt (G): '31.02.2018' is not a real date")
    }

    @Test(arguments: [
        (Cell.text("Ja"), DuesStatus.paid), (.text("nei"), .unpaid), (.text("YES"), .paid), (.text("No"), .unpaid),
        (.text("x"), .paid), (.text("1"), .paid), (.text("0"), .unpaid), (.text("Betalt"), .paid),
        (.text("ikke betalt"), .unpaid), (.text("Ikke  betalt"), .unpaid), (.empty, .unpaid), (.bool(true), .paid),
        (.bool(false), .unpaid), (.number(1), .paid), (.number(0), .unpaid), (.number(350), .paid),
        (.date(serial: 43200, uses1904: false), .paid), (.text("12.03.2018"), .paid), (.text("Fritatt"), .waived),
    ])
    func paidMarksAreUnderstood(cell: Cell, status: DuesStatus) throws {
        #expect(try parse(row(paid: cell)).0.dues == status)
    }

    @Test func anUnknownPaidMarkIsAnError() {
        let error = #expect(throws: RegisterError.self) { try parse(row(paid: .text("kanskje"))) }
        #expect(error?.description.hasPrefix("r.csv:7:Betalt 2018 (H): 'kanskje' is not a paid mark") == true)
    }

    @Test func aRowWithoutMemberNumberOrNameIsAnError() {
        let number = #expect(throws: RegisterError.self) { try parse(row(number: "  ")) }
        #expect(number?.description == "r.csv:7:Medlemsnr (A): the member number is missing")
        let name = #expect(throws: RegisterError.self) { try parse(row(first: "", last: " ")) }
        #expect(name?.description == "r.csv:7:Fornavn (B): the member has no name")
        let long = #expect(throws: RegisterError.self) { try parse(row(number: String(repeating: "9", count: 33))) }
        #expect(long?.description.contains("longer than 32") == true)
    }

    @Test func theFastPathsAgreeWithTheGeneralRules() {
        let emails = [
            "kari@example.no", "KARI@EXAMPLE.NO", " kari@example.no ", "kari@@example.no", "kari@example", "kari@example.n",
            ".kari@example.no", "kari.@example.no", "ka..ri@example.no", "kari@-example.no", "kari@example.123",
            "ka ri@example.no", "kari<@example.no", "Åse.Ærø@eksempel.no", "kari@exa_mple.no", "@example.no", "kari@.no",
            String(repeating: "a", count: 65) + "@example.no", "kari@example.no\u{00A0}", "ole@xn--bcher-kva.example",
        ]
        for email in emails { #expect(FastText.email(email) == Email.normalize(email), "\(email)") }
        var generator = SeededGenerator(state: 2026)
        let letters = ["a", "Z", "ø", "Å", "1", "9", ".", "-", "_"], odd = ["@", ".", " ", "<", "\u{00A0}", "Ü", ""]
        func part(_ lengths: ClosedRange<Int>) -> String {
            (0..<Int.random(in: lengths, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
        }
        var addresses = 0
        for _ in 0..<20_000 {
            let email = part(0...4) + odd.randomElement(using: &generator)! + part(1...4) + "@" + part(0...5) + "." + part(0...3)
            let normalized = Email.normalize(email)
            #expect(FastText.email(email) == normalized, "\(email)")
            if normalized != nil { addresses += 1 }
        }
        #expect(addresses > 100)
        let names = ["Kari", " Kari  Anne ", "Kari\u{00A0}Anne", "Ørjan Hætta-Sara", "Máret Ánde", "", " ", "Kari\tAnne"]
        for name in names { #expect(FastText.name(name) == PersonName.clean(ImportedText.strip(name)), "\(name)") }
        #expect(ImportedText.strip("a\u{1B}b\u{9B}c\u{2066}d\ne") == "abcd e")
        #expect(RowParser.numericDate("1.13.2018") == nil && RowParser.numericDate("2018-02-29") == nil)
    }
}
