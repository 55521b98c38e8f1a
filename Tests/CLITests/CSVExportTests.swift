import Foundation
import TestSupport
import Testing

/// CSV exports open in Excel and LibreOffice as they should: a byte order mark, headers in the chosen language,
/// phone numbers without a visible apostrophe, and formulas still neutralised.
@Suite struct CSVExportTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try Data("""
            Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Betalt 2026\r
            1001;Kari;Nordmann;+47 412 34 567;Tromsø;Nei\r
            1002;Sven;Svensson;+46 70 123 45 67;Tromsø;Nei\r
            1003;=HYPERLINK("http://x");Bæk;77 12 34 56;Tromsø;Nei\r

            """.utf8).write(to: folder.url.appending(path: "register.csv"))
        for step in [["init"], ["import", "register.csv"]] {
            let result = try DuesBinary.run(step, in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func membersListInBokmal() throws {
        let csv = try DuesBinary.run(["members", "list", "--format", "csv", "--lang", "nb"], in: folder.url).stdout
        #expect(csv.hasPrefix("\u{FEFF}Medlemsnr;Fornavn;Etternavn;Telefon;Telefontype;E-post;Lokallag;Innmeldt\r\n"))
        #expect(csv.contains("1001;Kari;Nordmann;412 34 567;mobil;;Tromsø;\r\n"))
        #expect(csv.contains("1002;Sven;Svensson;0046 701 234 567;utenlandsk;;Tromsø;\r\n"))
        #expect(csv.contains("1003;\"'=HYPERLINK(\"\"http://x\"\")\";Bæk;77 12 34 56;fasttelefon;;Tromsø;\r\n"))
        #expect(!csv.contains("'+"))
    }

    @Test func membersListInEnglish() throws {
        let csv = try DuesBinary.run(["members", "list", "--format", "csv", "--lang", "en"], in: folder.url).stdout
        #expect(csv.hasPrefix("\u{FEFF}Member number;First name;Last name;Phone;Phone kind;Email;Branch;Joined\r\n"))
    }

    @Test func aCallSheetOnStandardOutput() throws {
        for step in [["campaign", "create", "Høst", "--kind", "dues", "--year", "2026"], ["caller", "add", "Kari"],
                     ["split", "Høst", "--callers", "Kari"]] {
            let result = try DuesBinary.run(step, in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let csv = try DuesBinary.run(["sheet", "Høst", "--caller", "Kari", "--format", "csv", "--lang", "nb"], in: folder.url).stdout
        #expect(csv.hasPrefix("\u{FEFF}Medlemsnr;"))
        #expect(csv.contains(";412 34 567;") && csv.contains(";0046 701 234 567;"), "\(csv)")
        #expect(!csv.contains("'+"))
    }
}
