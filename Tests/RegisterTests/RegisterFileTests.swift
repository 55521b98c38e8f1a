import Foundation
import Model
import Spreadsheet
import Storage
import TestSupport
import Testing
@testable import Register

@Suite struct RegisterFileTests {
    let folder: TemporaryFolder
    let store: Store

    init() throws {
        folder = try TemporaryFolder()
        store = try Store.create(at: folder.path("dues.sqlite")).store
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = folder.url.appending(path: name)
        try Data(bytes).write(to: url)
        return url
    }

    private func csv(_ name: String, _ text: String, bom: Bool = false) throws -> URL {
        try write(name, (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    private func run(_ url: URL, mode: ImportMode = .register, year: Int? = nil, dryRun: Bool = false) throws -> RegisterImportResult {
        try RegisterFile(RegisterImportRequest(url: url, mode: mode, year: year, dryRun: dryRun)).importInto(store)
    }

    /// What the database holds: its schema and every row.
    private var databaseContent: String {
        get throws { try DatabaseFingerprint.contentHash(of: folder.path("dues.sqlite")) }
    }

    @Test func aNorwegianExcelCSVImportsWithItsPaymentsAndQuotedNewlines() throws {
        let url = try csv(
            "register.csv",
            "Medlemsnr;Fornavn;Etternavn;Mobil;E-post;Lokallag;Innmeldt;Betalt 2018\r\n"
                + "1001;Kari;Nordmann;412 34 567;Kari@Example.no;Tromsø;05.01.2018;Ja\r\n"
                + "1002;\"Ole \"\"Olsen\"\"\";\"Hætta\r\nSara\";+47 912 34 567;;Kåfjord;1.2.2017;Nei\r\n",
            bom: true)
        let result = try run(url)
        #expect(result.summary.new == 2 && result.summary.year == 2018)
        #expect(result.format == .csv(delimiter: ";", encoding: .utf8))
        let ole = try #require(try store.member(number: "1002"))
        #expect(ole.record.firstName == "Ole \"Olsen\"" && ole.record.lastName == "Hætta Sara")
        #expect(try store.members(matching: MemberFilter(unpaidIn: 2018)).map(\.memberNumber) == ["1002"])
        #expect(try store.member(number: "1001")?.record.email == "kari@example.no")
    }

    @Test func aWindows1252FileKeepsNorwegianAndSamiLettersAndWarns() throws {
        let text = "Medlemsnr,Navn,Lokallag\n1,Ørjan Ásgeirsson Bæk,Kåfjord\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let result = try run(try write("latin.csv", bytes))
        #expect(try store.member(number: "1")?.fullName == "Ørjan Ásgeirsson Bæk")
        #expect(try store.member(number: "1")?.record.branch == "Kåfjord")
        #expect(result.warnings.messages.map(\.english).contains("latin.csv: not UTF-8, read as Windows-1252"), "the file is named once")
    }

    @Test func anXLSXWorkbookWithNumbersAndDatesImports() throws {
        let url = folder.url.appending(path: "register.xlsx")
        try XLSXWriter(sheetName: "Medlemmer").write(
            headers: ["Medlemsnummer", "Fornavn", "Etternavn", "Mobiltelefon", "Innmeldingsdato", "Kontingent 2018", "Kommune"],
            rows: [
                [.number(1001), .text("Kari"), .text("Nordmann"), .number(41234567), .date(serial: 43105, uses1904: false), .bool(true), .text("Tromsø")],
                [.number(1002), .text("Máret"), .text("Sara"), .text("+47 912 34 567"), .empty, .text("Nei"), .text("Kautokeino")],
            ], to: url)
        let result = try run(url)
        #expect(result.format == .xlsx(sheet: "Medlemmer"))
        #expect(result.summary.new == 2 && result.summary.paidInFile == 1)
        let kari = try #require(try store.member(number: "1001"))
        #expect(kari.record.phone?.e164 == "+4741234567" && kari.record.joinedOn?.iso == "2018-01-05")
        #expect(try store.member(number: "1002")?.record.firstName == "Máret")
    }

    @Test func aDuplicateMemberNumberNamesBothRowsAndWritesNothing() throws {
        let url = try csv("dup.csv", "Medlemsnr;Navn\n7;Kari Nordmann\n8;Ola Nordmann\n\n7;Kari Nordmann\n")
        let before = try databaseContent
        let error = #expect(throws: RegisterError.self) { try run(url) }
        #expect(error?.description == "dup.csv:5:Medlemsnr (A): member number 7 is on row 2 too")
        #expect(try databaseContent == before)
        #expect(try store.statusSummary().members == 0)
    }

    @Test func aBadRowHalfwayWritesNothing() throws {
        _ = try run(try csv("ok.csv", "Medlemsnr;Navn;Innmeldt\n1;Kari Nordmann;1.1.2018\n"))
        let before = try databaseContent
        let url = try csv("bad.csv", "Medlemsnr;Navn;Innmeldt\n1;Kari Nordmann;1.1.2018\n2;Ola Nordmann;1.1.18\n")
        let error = #expect(throws: RegisterError.self) { try run(url) }
        #expect(error?.description.hasPrefix("bad.csv:3:Innmeldt (C): '1.1.18' has a two-digit year") == true)
        #expect(try databaseContent == before)
    }

    @Test func aFileWithMoreRowsThanTheLimitIsRefusedWhole() throws {
        let rows = (1...2_100).map { "\($0);Kari Nordmann\n" }.joined()
        let url = try csv("big.csv", "Medlemsnr;Navn\n" + rows)
        let before = try databaseContent
        let request = RegisterImportRequest(url: url, maxRows: 2_099)
        #expect(throws: RegisterError.tooManyRows(file: "big.csv", limit: 2_099)) { try RegisterFile(request).importInto(store) }
        #expect(try databaseContent == before)
        #expect(RegisterError.tooManyRows(file: "big.csv", limit: 2_099).message(.nb).contains("flere enn 2099 medlemsrader"))
        #expect(try RegisterFile(RegisterImportRequest(url: url, maxRows: 2_100)).importInto(store).summary.new == 2_100)
    }

    @Test func aHeaderOnlyFileIsRefusedBeforeTheDatabaseIsTouched() throws {
        let url = try csv("empty.csv", "Medlemsnr;Navn\r\n")
        #expect(throws: RegisterError.noMembers(file: "empty.csv")) { try RegisterFile(RegisterImportRequest(url: url)) }
    }

    @Test func theYearMustBeKnownWhenThereArePaymentMarks() throws {
        let url = try csv("paid.csv", "Medlemsnr;Navn;Betalt\n1;Kari Nordmann;Ja\n")
        #expect(throws: RegisterError.self) { try RegisterFile(RegisterImportRequest(url: url)) }
        #expect(try run(url, year: 2018).summary.paidInFile == 1)
        let list = try csv("list.csv", "Medlemsnr;Navn\n1;Kari Nordmann\n")
        #expect(throws: RegisterError.self) { try RegisterFile(RegisterImportRequest(url: list, mode: .unpaidList)) }
        #expect(try run(list, mode: .unpaidList, year: 2018).summary.newlyUnpaid == 1)
    }

    @Test func aRegisterWhereNobodyPaidSuggestsTheUnpaidList() throws {
        let url = try csv("unpaid.csv", "Medlemsnr;Navn;Lokallag;Betalt 2018\n1;Kari Nordmann;Tromsø;Nei\n")
        let result = try run(url, dryRun: true)
        #expect(result.warnings.messages.contains { $0.english.contains("--unpaid-list") })
        #expect(try store.statusSummary().members == 0)
    }

    @Test func spreadsheetErrorsNameTheFileAsGiven() throws {
        let url = try write("garbage.csv", [0x00, 0x01, 0x02, 0xFF, 0x00])
        let error = #expect(throws: SpreadsheetError.self) {
            try RegisterFile(RegisterImportRequest(url: url, displayName: "garbage.csv"))
        }
        #expect(error?.description.hasPrefix("garbage.csv: ") == true)
    }
}
