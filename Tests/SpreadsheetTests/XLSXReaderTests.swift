import Foundation
import Testing
@testable import Spreadsheet

@Suite struct XLSXReaderTests {
    private func open(_ fixture: XLSXFixture, sheet: String? = nil) throws -> (TableSource, TempFolder) {
        let folder = try TempFolder()
        let url = folder.path("register.xlsx")
        try fixture.write(to: url)
        return (try TableReader.open(url: url, sheet: sheet), folder)
    }

    @Test func everyCellType() throws {
        var fixture = XLSXFixture()
        fixture.sharedStrings = ["Medlemsnr", "Navn", "Mobil", "Betalt", "Merknad", "Kari Nordmann"]
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
            <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
            <row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="n"><v>41234567</v></c>\
            <c r="D2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t xml:space="preserve"> Øst &amp; vest </t></is></c></row>
            <row r="3"><c r="A3"><v>12.5</v></c><c r="B3" t="str"><f>UPPER("x")</f><v>X</v></c><c r="C3" t="e"><v>#N/A</v></c>\
            <c r="D3" t="b"><v>0</v></c><c r="E3"><v>1.0E+20</v></c></row>
            """))]
        let (source, _) = try open(fixture)
        #expect(source.headers == ["Medlemsnr", "Navn", "Mobil", "Betalt", "Merknad"])
        #expect(source.format == .xlsx(sheet: "Ark1"))
        let rows = try allRows(source)
        #expect(rows.count == 2)
        #expect(rows[0].cells == [.number(1001), .text("Kari Nordmann"), .number(41_234_567), .bool(true),
                                  .text(" Øst & vest ")])
        #expect(rows[0].cells.map(\.text) == ["1001", "Kari Nordmann", "41234567", "TRUE", " Øst & vest "])
        #expect(rows[1].cells == [.number(12.5), .text("X"), .text("#N/A"), .bool(false), .number(1e20)])
        #expect(rows[1][0].text == "12.5")
    }

    @Test func richTextRunsAreJoinedAndPhoneticRunsLeftOut() throws {
        var fixture = XLSXFixture()
        fixture.sharedStringsXML = """
            <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(XLSXFixture.main)">\
            <si><r><rPr><b/></rPr><t>Sár</t></r><r><t xml:space="preserve">á Ŋ</t></r><rPh><t>IGNORE</t></rPh></si>\
            <si><t>Ålesund</t></si></sst>
            """
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>Čáh</t></r><r><t>ppes</t></r></is></c></row>
            """))]
        let (source, _) = try open(fixture)
        #expect(source.headers == ["Sárá Ŋ", "Ålesund"])
        #expect(try allTexts(source) == [["Čáhppes"]])
    }

    @Test func skippedColumnsRowsAndMissingReferences() throws {
        var fixture = XLSXFixture()
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="3"><c r="B3" t="inlineStr"><is><t>b</t></is></c><c r="D3" t="inlineStr"><is><t>d</t></is></c></row>
            <row r="4"><c r="B4"/><c r="C4" t="inlineStr"><is><t></t></is></c></row>
            <row r="7"><c r="C7"><v>3</v></c></row>
            <row><c><v>1</v></c><c><v>2</v></c></row>
            <row r="10"/>
            <row r="11"><c r="A11" t="inlineStr"><is><t>  </t></is></c></row>
            """))]
        let (source, _) = try open(fixture)
        #expect(source.headers == ["", "b", "", "d"])
        #expect(source.headerRowNumber == 3)
        let rows = try allRows(source)
        #expect(rows.map(\.number) == [7, 8])
        #expect(rows[0].cells == [.empty, .empty, .number(3)])
        #expect(rows[1].cells == [.number(1), .number(2)])
    }

    @Test(arguments: [false, true])
    func datesByNumberFormatInBothDateSystems(uses1904: Bool) throws {
        var fixture = XLSXFixture()
        fixture.date1904 = uses1904
        fixture.numberFormats = [(164, "dd/mm/yyyy;@"), (165, "[Red]0.00\" days\""), (166, "[$-414]d\\. mmmm yyyy"),
                                 (167, "[h]:mm:ss")]
        fixture.cellStyles = [0, 14, 164, 165, 166, 22, 167, 49]
        // 1900 system: 43466 is 2019-01-01. 1904 system: 43466 - 1462 = 42004 is the same day.
        let serial = uses1904 ? 42004 : 43466
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>\(serial)</v></c><c r="B2" s="2"><v>\(serial)</v></c>\
            <c r="C2" s="3"><v>\(serial)</v></c><c r="D2" s="4"><v>\(serial)</v></c><c r="E2" s="5"><v>\(serial).75</v></c>\
            <c r="F2" s="6"><v>1.5</v></c><c r="G2" s="7"><v>\(serial)</v></c><c r="H2" s="99"><v>5</v></c></row>
            """))]
        let (source, _) = try open(fixture)
        let row = try #require(try source.next())
        #expect(row[0] == .date(serial: Double(serial), uses1904: uses1904))
        #expect(row[0].text == "2019-01-01")
        #expect(row[1].text == "2019-01-01")
        #expect(row[2] == .number(Double(serial)))
        #expect(row[3].text == "2019-01-01")
        #expect(row[4].text == "2019-01-01 18:00")
        #expect(row[5].isDate)
        #expect(row[6] == .number(Double(serial)))
        #expect(row[7] == .number(5))
    }

    @Test func namedSheetAndSheetOrder() throws {
        var fixture = XLSXFixture()
        fixture.sheets = [("Oversikt", XLSXFixture.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")),
                          ("Ikke betalt", XLSXFixture.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Navn</t></is></c></row>"))]
        let (first, _) = try open(fixture)
        #expect(first.headers == ["1"])
        let (named, _) = try open(fixture, sheet: "ikke betalt")
        #expect(named.headers == ["Navn"])
        #expect(named.format == .xlsx(sheet: "Ikke betalt"))
    }

    @Test func entityDeclarationsAreRefused() throws {
        var fixture = XLSXFixture()
        fixture.sheets = [("Ark1", """
            <?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>
            """)]
        let folder = try TempFolder()
        let url = folder.path("entiteter.xlsx")
        try fixture.write(to: url)
        let error = spreadsheetError { _ = try TableReader.open(url: url) }
        #expect(error?.kind == .damagedWorkbook)
    }

    @Test func closingEarlyStopsTheBackgroundParse() throws {
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
        for index in 2...20_000 { rows += "<row r=\"\(index)\"><c r=\"A\(index)\"><v>\(index)</v></c></row>" }
        var fixture = XLSXFixture()
        fixture.sheets = [("Ark1", XLSXFixture.sheet(rows))]
        let (source, _) = try open(fixture)
        #expect(try source.next()?.number == 2)
        source.close()
        #expect(try source.next() == nil)
        let (again, _) = try open(fixture)
        #expect(try allRows(again).count == 19_999)
    }
}

extension Cell {
    var isDate: Bool {
        if case .date = self { return true }
        return false
    }
}
