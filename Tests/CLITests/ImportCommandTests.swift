import Foundation
import SQLite
import TestSupport
import Testing

@Suite struct ImportCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let initialised = try DuesBinary.run(["init"], in: folder.url)
        precondition(initialised.status == 0, initialised.stderr)
    }

    static let register = """
        Medlemsnr;Fornavn;Etternavn;Mobil;E-post;Lokallag;Innmeldt;Betalt 2018\r
        1001;Kari;Nordmann;412 34 567;kari@example.no;Tromsø;05.01.2018;Ja\r
        1002;Ørjan;Hætta-Sara;91234567;;Kåfjord;1.2.2017;Nei\r
        1003;Máret;Bæk;ring meg;;Tromsø;;Nei\r

        """

    @discardableResult
    private func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments, in: folder.url)
    }

    private func file(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.url.appending(path: name))
    }

    private var databaseBytes: Data {
        get throws { try Data(contentsOf: folder.url.appending(path: "dues.sqlite")) }
    }

    /// Every row of every table but the audit log, without the time each member was last seen.
    private func dump() throws -> [String] {
        let database = try Database(path: folder.path("dues.sqlite"))
        let tables: [String] = try database.fetchAll(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'") { $0[0] }
        var lines: [String] = []
        for table in tables {
            try database.forEach("SELECT * FROM \(table)") { row in
                lines.append(table + (0..<row.count).filter { row.name(at: $0) != "last_seen_at" }
                    .map { " \(row.name(at: $0))=\(String(describing: row[$0] as SQLValue?))" }.joined())
            }
        }
        return lines.sorted()
    }

    @Test func importsARegisterAndASecondImportChangesNothing() throws {
        try file("register.csv", Self.register)
        let first = try dues("import", "register.csv", "--lang", "en")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Imported 3 member(s) from register.csv (CSV, ;, UTF-8) as the whole register,"))
        #expect(first.stdout.contains("payments for 2018."))
        #expect(first.stdout.contains("register.csv:4:Mobil (D): 'ring meg' is not a phone number"))
        #expect(first.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let before = try dump()
        let second = try dues("import", "register.csv", "--lang", "en")
        #expect(second.status == 0)
        #expect(second.stdout.contains("Unchanged          3"))
        #expect(try dump() == before)
        let audit = try Database(path: folder.path("dues.sqlite")).fetchOne("SELECT count(*) FROM audit_log") { $0[0] as Int }
        #expect(audit == 2)
    }

    @Test func aDryRunPrintsTheSummaryAndLeavesTheFileAsItWas() throws {
        try file("register.csv", Self.register)
        let bytes = try databaseBytes
        let dry = try dues("import", "register.csv", "--dry-run", "--lang", "nb")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Ville ha importert 3 medlem(mer)"))
        #expect(dry.stdout.contains("Prøvekjøring: ingenting er lagret."))
        #expect(try databaseBytes == bytes)
    }

    @Test func anUnpaidListMarksTheMissingPaidAndMapAndSheetWork() throws {
        try file("register.csv", Self.register)
        try dues("import", "register.csv")
        let workbook = StoredZip.workbook(sheet: "Ikke betalt", rows: [["Nummer", "Navn"], ["1003", "Máret Bæk"]])
        try workbook.write(to: folder.url.appending(path: "ubetalt.xlsx"))
        let missingMap = try dues("import", "ubetalt.xlsx", "--unpaid-list", "--year", "2018")
        #expect(missingMap.status == 1)
        #expect(missingMap.stderr.contains("--map 'Nummer=member_number'"))
        let result = try dues("import", "ubetalt.xlsx", "--unpaid-list", "--year", "2018", "--map", "Nummer=member_number",
                              "--sheet", "Ikke betalt", "--lang", "en")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Newly paid 2018  1"))
        #expect(result.stdout.contains("Unchanged        1"), "a file without a phone column keeps the phone")
        let unpaid = try dues("members", "list", "--unpaid", "2018", "--format", "csv")
        #expect(unpaid.stdout.contains("1003;Máret;Bæk;ring meg;invalid;;Tromsø;"))
        #expect(!unpaid.stdout.contains("1002;"))
    }

    @Test func badFilesGiveOneLineAndLeaveTheDatabaseByteForByte() throws {
        try file("register.csv", Self.register)
        try dues("import", "register.csv")
        let workbook = StoredZip.workbook(sheet: "Medlemmer", rows: [["Medlemsnr", "Navn"], ["1", "Kari Nordmann"]])
        let cases: [(String, Data)] = [
            ("empty.csv", Data()),
            ("header.csv", Data("Medlemsnr;Navn\r\n".utf8)),
            ("garbage.csv", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })),
            ("truncated.xlsx", workbook.prefix(workbook.count / 2)),
            ("notabook.xlsx", StoredZip.archive([("hello.txt", Data("hei".utf8))])),
            ("locked.xlsx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))),
            ("quotes.csv", Data("Medlemsnr;Navn\n1;\"Kari Nordmann\n2;Ola\n".utf8)),
            ("long.csv", Data(("Medlemsnr;Navn\n1;" + String(repeating: "a", count: 10_000_000) + "\n").utf8)),
            ("twodigit.csv", Data("Medlemsnr;Navn;Innmeldt\n1;Kari Nordmann;5.1.18\n".utf8)),
            ("dup.csv", Data("Medlemsnr;Navn\n1;Kari Nordmann\n1;Kari Nordmann\n".utf8)),
        ]
        let before = try databaseBytes
        for (name, data) in cases {
            try data.write(to: folder.url.appending(path: name))
            let result = try dues("import", name)
            #expect(result.status == 1, "\(name): \(result.stdout)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(name): \(result.stderr)")
            #expect(result.stderr.contains(name), "\(name): \(result.stderr)")
            #expect(try databaseBytes == before, "\(name)")
        }
        try workbook.write(to: folder.url.appending(path: "book.xlsx"))
        let sheet = try dues("import", "book.xlsx", "--sheet", "Ark2")
        #expect(sheet.status == 1 && sheet.stderr.contains("Ark2"))
        let missing = try dues("import", "missing.csv")
        #expect(missing.status == 1 && missing.stderr.contains("missing.csv"))
        let folderAsFile = try dues("import", ".")
        #expect(folderAsFile.status == 1)
        #expect(try databaseBytes == before)
    }

    @Test func escapedCharactersInAWorkbookAreDecodedThenCleaned() throws {
        let workbook = StoredZip.workbook(
            sheet: "Medlemmer", rows: [["Medlemsnr", "Fornavn", "Etternavn"], ["1001", "Kari_x005F_x0041_", "Nord_x001B_]52;c;aGk=_x0007_mann"]])
        try workbook.write(to: folder.url.appending(path: "escaped.xlsx"))
        let imported = try dues("import", "escaped.xlsx")
        #expect(imported.status == 0, "\(imported.stderr)")
        let json = try dues("members", "show", "1001", "--format", "json")
        let member = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(member?["first_name"] as? String == "Kari_x0041_")
        #expect(member?["last_name"] as? String == "Nord]52;c;aGk=mann")
    }

    @Test func aFormulaWithoutASavedValueIsNamedInAWarning() throws {
        let relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let workbook = StoredZip.archive([
            ("[Content_Types].xml", Data("<Types/>".utf8)),
            ("xl/workbook.xml", Data("<workbook xmlns=\"\(main)\" xmlns:r=\"\(relations)\"><sheets><sheet name=\"Medlemmer\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Data("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relations)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            ("xl/worksheets/sheet1.xml", Data("""
                <worksheet xmlns="\(main)"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>Medlemsnr</t></is></c><c r="B1" t="inlineStr"><is><t>Fornavn</t></is></c>\
                <c r="C1" t="inlineStr"><is><t>Etternavn</t></is></c></row>\
                <row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="inlineStr"><is><t>Kari</t></is></c><c r="C2" t="str"><f>UPPER(B2)</f></c></row>\
                </sheetData></worksheet>
                """.utf8)),
        ])
        try workbook.write(to: folder.url.appending(path: "formulas.xlsx"))
        let imported = try dues("import", "formulas.xlsx")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect((imported.stdout + imported.stderr).contains("formulas.xlsx: Medlemmer!C2: formula without a saved value"), "\(imported.stdout)")
    }

    @Test func aWarningNamesTheFileOnce() throws {
        try Data([UInt8]("Medlemsnr;Navn\r\n2001;".utf8) + [0xD8] + Array("ystein Hansen\r\n".utf8))
            .write(to: folder.url.appending(path: "latin.csv"))
        let imported = try dues("import", "latin.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("  latin.csv: not UTF-8, read as Windows-1252\n"), "\(imported.stdout)")
        #expect(!imported.stdout.contains(folder.path("latin.csv")))
    }

    @Test func aBareYearInTheJoinedColumnIsTheFirstOfJanuary() throws {
        try file("years.csv", "Medlemsnr;Navn;Innmeldt\r\n1001;Kari Nordmann;2018\r\n")
        #expect(try dues("import", "years.csv").status == 0)
        let json = try dues("members", "show", "1001", "--format", "json")
        let member = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(member?["joined_on"] as? String == "2018-01-01")
    }

    @Test func paidMarksAndMemberLookups() throws {
        try file("register.csv", Self.register)
        try dues("import", "register.csv")
        let paid = try dues("paid", "1002", "1003", "--year", "2018", "--lang", "en")
        #expect(paid.status == 0, "\(paid.stderr)")
        #expect(paid.stdout.hasPrefix("2 marked paid for 2018"))
        #expect(try dues("paid", "1002", "9999", "--year", "2018").status == 1)
        #expect(try dues("paid", "1003", "--year", "2018", "--unpaid", "--lang", "en").stdout.hasPrefix("1 marked unpaid"))

        let table = try dues("members", "list", "--branch", "tromsø", "--lang", "en")
        #expect(table.stdout.contains("1001    Kari Nordmann  412 34 567  Tromsø"))
        #expect(table.stdout.contains("2 member(s)."))
        let search = try dues("members", "list", "--search", "hætta", "--format", "json")
        let list = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]]
        #expect(list?.map { $0["member_number"] as? String } == ["1002"])
        #expect(list?.first?["phone_e164"] as? String == "+4791234567")
        #expect(list?.first?["email"] is NSNull)

        let show = try dues("members", "show", "1002", "--format", "json")
        let card = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
        #expect(card?["branch"] as? String == "Kåfjord")
        #expect(card?["joined_on"] as? String == "2017-02-01")
        let dues = card?["dues"] as? [[String: Any]]
        #expect(dues?.first?["status"] as? String == "paid" && dues?.first?["source"] as? String == "manual")
        #expect((card?["calls"] as? [Any])?.isEmpty == true)
        #expect(card?["welcome"] is NSNull, "never welcomed")
        #expect(Set(card?.keys.map { $0 } ?? []) == [
            "member_number", "first_name", "last_name", "phone", "phone_e164", "phone_kind", "phone_wrong", "email",
            "branch", "joined_on", "do_not_call", "keep_consent", "last_seen_at", "left_register_at", "created_at",
            "updated_at", "dues", "lists", "calls", "welcome",
        ])
        let text = try self.dues("members", "show", "1002", "--lang", "nb")
        #expect(text.stdout.hasPrefix("Ørjan Hætta-Sara (medlemsnr 1002)"))
        #expect(text.stdout.contains("912 34 567 (mobil)"))
        #expect(try self.dues("members", "show", "404").status == 1)
    }
}
