import Foundation
import Testing
@testable import Spreadsheet

@Suite struct ReaderErrorTests {
    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array("\r\n\r\n;;\n".utf8)] as [[UInt8]])
    func emptyFile(bytes: [UInt8]) throws {
        let folder = try TempFolder()
        let url = try folder.file("tom.csv", bytes)
        let error = spreadsheetError { _ = try TableReader.open(url: url) }
        #expect(error?.kind == .empty)
        #expect(error?.description.hasPrefix(url.path + ": the file is empty") == true)
    }

    @Test func missingFile() throws {
        let folder = try TempFolder()
        let error = spreadsheetError { _ = try TableReader.open(url: folder.path("finnes-ikke.csv")) }
        #expect(error?.kind == .unreadable)
        #expect(error?.message.contains("No such file") == true)
    }

    @Test func folderInsteadOfFile() throws {
        let folder = try TempFolder()
        #expect(spreadsheetError { _ = try TableReader.open(url: folder.url) }?.kind == .unreadable)
    }

    @Test func binaryGarbage() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let folder = try TempFolder()
        let url = try folder.file("søppel.csv", bytes)
        let error = spreadsheetError {
            let source = try TableReader.open(url: url)
            _ = try allRows(source)
        }
        #expect(error?.kind == .binary)
        #expect(error?.message == "this is not a CSV file: it contains binary data")
    }

    @Test func nulByteLaterInTheFile() throws {
        var bytes = Array("a;b\n".utf8)
        for _ in 0..<20_000 { bytes += Array("1;2\n".utf8) }
        bytes += Array("3;x".utf8) + [0] + Array("y\n".utf8)
        let source = try TableReader.openCSV(bytes: bytes)
        let error = spreadsheetError { _ = try allRows(source) }
        #expect(error?.kind == .binary)
        #expect(error?.row == 20_002)
        #expect(error?.column == 1)
    }

    @Test func oleCompoundFileIsAnEncryptedOrOldWorkbook() throws {
        let folder = try TempFolder()
        let url = try folder.file("kryptert.xlsx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512))
        let error = spreadsheetError { _ = try TableReader.open(url: url) }
        #expect(error?.kind == .encrypted)
        #expect(error?.message == "password-protected or old .xls workbook: save it as .xlsx or CSV")
    }

    @Test func unbalancedQuoteNamesRowAndColumnWhereItOpened() throws {
        var text = "a;b;c\n"
        for index in 2...11 { text += "\(index);x;y\n" }
        text += "12;x;\"never closed\n13;x;y\n"
        let source = try TableReader.openCSV(bytes: Array(text.utf8), file: "liste.csv")
        let error = spreadsheetError { _ = try allRows(source) }
        #expect(error?.kind == .unbalancedQuote)
        #expect(error?.description == "liste.csv:12: quoted field opened in column C is never closed")
    }

    @Test func tenMegabyteLine() throws {
        let bytes = Array("a;b\n1;".utf8) + Array(repeating: UInt8(ascii: "x"), count: 10 << 20) + [0x0A]
        let source = try TableReader.openCSV(bytes: bytes, file: "lang.csv")
        let error = spreadsheetError { _ = try allRows(source) }
        #expect(error?.kind == .tooLong)
        #expect(error?.description == "lang.csv:2:B: field is longer than 1024 KiB")
    }

    @Test func tenMegabyteLineOfShortFields() throws {
        let field = Array(repeating: UInt8(ascii: "y"), count: 999) + [UInt8(ascii: ";")]
        var bytes = Array("a;b\n".utf8)
        for _ in 0..<10_000 { bytes += field }
        let source = try TableReader.openCSV(bytes: bytes + [0x0A], file: "lang.csv")
        let error = spreadsheetError { _ = try allRows(source) }
        #expect(error?.kind == .tooLong)
        #expect(error?.description == "lang.csv:2: row is longer than 4096 KiB")
    }

    @Test func tooManyColumns() throws {
        let bytes = Array("a\n".utf8) + Array(repeating: UInt8(ascii: ";"), count: 20_000) + Array("x\n".utf8)
        let source = try TableReader.openCSV(bytes: bytes)
        #expect(spreadsheetError { _ = try allRows(source) }?.kind == .tooManyColumns)
    }

    @Test func truncatedWorkbook() throws {
        let folder = try TempFolder()
        let whole = folder.path("hel.xlsx")
        var fixture = XLSXFixture()
        fixture.sharedStrings = ["Navn"]
        fixture.sheets = [("Ark1", XLSXFixture.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))]
        try fixture.write(to: whole)
        let bytes = try Array(Data(contentsOf: whole))
        let url = try folder.file("avkuttet.xlsx", Array(bytes.prefix(bytes.count / 2)))
        let error = spreadsheetError { _ = try TableReader.open(url: url) }
        #expect(error?.kind == .notWorkbook)
        #expect(error?.message.hasPrefix("not an Excel workbook") == true)
    }

    @Test func zipThatIsNotAWorkbook() throws {
        let folder = try TempFolder()
        var fixture = XLSXFixture()
        fixture.includeWorkbook = false
        let url = folder.path("bilder.zip")
        try fixture.write(to: url)
        let error = spreadsheetError { _ = try TableReader.open(url: url) }
        #expect(error?.kind == .notWorkbook)
    }

    @Test func unknownSheetListsTheSheetsThereAre() throws {
        let folder = try TempFolder()
        var fixture = XLSXFixture()
        fixture.sheets = [("Medlemmer", XLSXFixture.sheet("")), ("Ikke betalt", XLSXFixture.sheet(""))]
        let url = folder.path("register.xlsx")
        try fixture.write(to: url)
        let error = spreadsheetError { _ = try TableReader.open(url: url, sheet: "Ark3") }
        #expect(error?.kind == .unknownSheet)
        #expect(error?.message == "there is no sheet \"Ark3\"; the sheets are \"Medlemmer\", \"Ikke betalt\"")
    }

    @Test func malformedSheetXML() throws {
        let folder = try TempFolder()
        var fixture = XLSXFixture()
        fixture.sheets = [("Ark1", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t>"
            + "</is></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>" + String(repeating: "<<<&&", count: 100))]
        let url = folder.path("feil.xlsx")
        try fixture.write(to: url)
        let error = spreadsheetError {
            let source = try TableReader.open(url: url)
            _ = try allRows(source)
        }
        #expect(error?.kind == .damagedWorkbook)
    }

    @Test func sharedStringIndexOutOfRange() throws {
        let folder = try TempFolder()
        var fixture = XLSXFixture()
        fixture.sharedStrings = ["Navn"]
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>
            """))]
        let url = folder.path("feil.xlsx")
        try fixture.write(to: url)
        let source = try TableReader.open(url: url)
        let error = spreadsheetError { _ = try allRows(source) }
        #expect(error?.description == "\(url.path):2:B: refers to a shared string that does not exist")
    }
}
