import Foundation
import Testing
@testable import Spreadsheet

/// Hands out bytes at most `size` at a time, so that every token can be made to straddle a chunk boundary.
private final class ChunkedInput: ByteInput {
    private let bytes: [UInt8]
    private let size: Int
    private var offset = 0

    init(_ bytes: [UInt8], size: Int) {
        self.bytes = bytes
        self.size = size
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        let n = min(count, size, bytes.count - offset)
        bytes.withUnsafeBufferPointer { if n > 0 { buffer.update(from: $0.baseAddress! + offset, count: n) } }
        offset += n
        return n
    }

    func close() {}
}

@Suite struct SheetScannerTests {
    private static func scan(_ xml: String, chunkSize: Int = 1 << 20, sharedStrings: [String] = [],
                             dateStyles: [Bool] = []) throws -> [TableRow] {
        var strings = SharedStrings()
        for string in sharedStrings { _ = strings.append(Array(string.utf8)) }
        var scanner = try SheetScanner(input: ChunkedInput(Array(xml.utf8), size: chunkSize), file: "r.xlsx",
                                       part: "xl/worksheets/sheet1.xml", sheetName: "Ark1", sharedStrings: strings,
                                       dateStyles: dateStyles, uses1904: false)
        var rows: [TableRow] = []
        while let row = try scanner.nextRow() { rows.append(row) }
        return rows
    }

    private static func error(_ xml: String, chunkSize: Int = 1 << 20) -> SpreadsheetError? {
        spreadsheetError { _ = try scan(xml, chunkSize: chunkSize) }
    }

    /// A small sheet with every construct the scanner knows, for the chunk-boundary test.
    private static let everything = "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<!-- written by hand --><x:worksheet xmlns:x=\"\(XLSXFixture.main)\"><x:sheetData>\r\n"
        + "<x:row r=\"2\" spans='1:4'><x:c t=\"s\" r=\"A2\"><x:v>1</x:v></x:c>"
        + "<x:c r = 'C2' s=\"1\"><x:v>43466</x:v></x:c>"
        + "<x:c><x:f>SUM(A1:B1)</x:f><x:v>12.5</x:v></x:c><x:c r=\"E2\"/></x:row>\n"
        + "<x:row><x:c r=\"B3\" t=\"inlineStr\"><x:is>"
        + "<x:r><x:t xml:space=\"preserve\">Ø &amp; &lt;&gt;&quot;&apos;</x:t></x:r>"
        + "<x:r><x:t>&#229;&#xE1;&#x1F600;</x:t></x:r><x:rPh><x:t>skip</x:t></x:rPh></x:is></x:c>"
        + "<x:c t=\"inlineStr\"><x:is><x:t><![CDATA[a < b & c]]></x:t></x:is></x:c>"
        + "<x:c t=\"b\"><x:v>1</x:v></x:c></x:row>"
        + "<x:row r=\"9\"/><x:row r=\"10\"><x:c t=\"inlineStr\"><x:is><x:t>line\r\nbreak&#13;</x:t></x:is></x:c>"
        + "<x:c t=\"str\"><x:v>&#x3C;ok&#x3E;</x:v></x:c></x:row></x:sheetData></x:worksheet>\n"

    @Test func everyConstructAtOnce() throws {
        let rows = try SheetScannerTests.scan(SheetScannerTests.everything, sharedStrings: ["x", "Tromsø"],
                                              dateStyles: [false, true])
        #expect(rows.map(\.number) == [2, 3, 10])
        #expect(rows[0].cells == [.text("Tromsø"), .empty, .date(serial: 43466, uses1904: false), .number(12.5),
                                  .empty])
        #expect(rows[1].cells == [.empty, .text("Ø & <>\"'åá😀"), .text("a < b & c"), .bool(true)])
        #expect(rows[2].cells == [.text("line\nbreak\r"), .text("<ok>")])
    }

    @Test func everyChunkSizeGivesTheSameRows() throws {
        let xml = SheetScannerTests.everything
        let whole = try SheetScannerTests.scan(xml, sharedStrings: ["x", "Tromsø"], dateStyles: [false, true])
        for size in 1...xml.utf8.count {
            let rows = try SheetScannerTests.scan(xml, chunkSize: size, sharedStrings: ["x", "Tromsø"],
                                                  dateStyles: [false, true])
            #expect(rows == whole, "chunk size \(size)")
        }
    }

    @Test func everyChunkSizeGivesTheSameError() throws {
        let xml = XLSXFixture.sheet(
            "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>a&bogus;</t></is></c></row>")
        let whole = try #require(SheetScannerTests.error(xml))
        #expect(whole.description == "r.xlsx:4:C: the workbook is damaged: cannot read xl/worksheets/sheet1.xml: "
            + "unknown entity \"&bogus;\"")
        for size in 1...xml.utf8.count {
            #expect(SheetScannerTests.error(xml, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test func attributesInAnyOrderWithEitherQuote() throws {
        let rows = try SheetScannerTests.scan(XLSXFixture.sheet("""
            <row spans="1:3" r='5' x14ac:dyDescent="0.25"><c s='1' t='inlineStr' r='C5'><is><t>c</t></is></c>\
            <c t="b"
              r="A5"><v>0</v></c></row>
            """), dateStyles: [false, true])
        #expect(rows.count == 1)
        #expect(rows[0].number == 5)
        #expect(rows[0].cells == [.bool(false), .empty, .text("c")])
    }

    @Test func rowsAndCellsWithoutReferencesFollowThePreviousOnes() throws {
        let rows = try SheetScannerTests.scan(XLSXFixture.sheet("""
            <row><c><v>1</v></c><c r="D1"><v>4</v></c><c><v>5</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>\
            <row><c/><c><v>2</v></c></row><row/><row><c t="inlineStr"><is><t> </t></is></c></row><row><c><v>6</v></c></row>
            """))
        #expect(rows.map(\.number) == [1, 3, 4, 7])
        #expect(rows.map { $0.cells.map(\.text) } == [["1", "", "", "4", "5"], ["", "2"], ["", "2"], ["6"]])
    }

    @Test func numbersAsSwiftReadsThem() throws {
        let rows = try SheetScannerTests.scan(XLSXFixture.sheet("""
            <row><c><v>007</v></c><c><v>1.5E3</v></c><c><v>-0</v></c><c><v>12345678901234567</v></c>\
            <c><v>4.1e1</v></c><c><v> 5</v></c><c><v>x1</v></c><c t="b"><v>TRUE</v></c><c t="b"><v>yes</v></c>\
            <c t="s"><v> 0 </v></c></row>
            """), sharedStrings: ["null"])
        #expect(rows[0].cells == [.number(7), .number(1500), .number(-0.0), .number(12_345_678_901_234_567),
                                  .number(41), .text(" 5"), .text("x1"), .bool(true), .bool(false), .text("null")])
    }

    @Test(arguments: [
        (" \n ", "the XML has no root element"),
        ("<worksheet><sheetData><row><c><v>1</v></c></row>", "the XML ends before its elements are closed"),
        ("<worksheet><row></c></row></worksheet>", "a closing tag does not match the open element"),
        ("<!DOCTYPE w [<!ENTITY a \"x\">]><worksheet/>", "the XML declares a document type, which a workbook never does"),
        ("<worksheet><row r=1/></worksheet>", "an attribute value is not quoted"),
        ("<worksheet><row r=\"1\"s=\"2\"/></worksheet>", "a tag is not well formed"),
        ("<worksheet><< /></worksheet>", "a tag has no valid name"),
        ("<worksheet>&#0;</worksheet>", "character reference \"&#0;\" is not a character XML allows"),
        ("<worksheet>&#xZZ;</worksheet>", "character reference \"&#xZZ;\" is not valid"),
        ("<worksheet>a & b</worksheet>", "an entity reference is not closed with \";\""),
        ("<worksheet>\u{1}</worksheet>", "the XML holds a control character (1)"),
        ("<worksheet/>text", "the XML has text outside its root element"),
        ("<worksheet/><worksheet/>", "the XML has more than one root element"),
        ("<worksheet><c a=\"<\"/></worksheet>", "an attribute value holds \"<\""),
        ("<?xml version=\"1.0\" encoding=\"windows-1252\"?><worksheet/>",
         "the XML is encoded as windows-1252; only UTF-8 can be read"),
        ("\u{FEFF}<worksheet><![CDATA[x</worksheet>", "the XML ends inside a tag"),
    ])
    func malformedXMLIsADamagedWorkbook(xml: String, message: String) {
        let error = SheetScannerTests.error(xml)
        #expect(error?.kind == .damagedWorkbook)
        #expect(error?.message == "the workbook is damaged: cannot read xl/worksheets/sheet1.xml: \(message)")
    }

    @Test func aFormulaWithoutASavedValueIsEmptyAndNamedInAWarning() throws {
        let xml = XLSXFixture.sheet("""
            <row r="7"><c r="A7"><f>1+1</f><v>2</v></c><c r="B7" t="str"><f>A1</f></c><c r="C7" t="str"><f>A1</f><v></v></c>            <c r="D7" t="inlineStr"><is><t>x</t></is></c></row>
            """ + (8...20).map { "<row r=\"\($0)\"><c r=\"C\($0)\"><f>B1</f></c><c r=\"D\($0)\"><v>1</v></c></row>" }.joined())
        var scanner = try SheetScanner(input: ChunkedInput(Array(xml.utf8), size: 64), file: "r.xlsx",
                                       part: "sheet.xml", sheetName: "Ark1", sharedStrings: SharedStrings(), dateStyles: [], uses1904: false)
        let first = try #require(try scanner.nextRow())
        #expect(first.cells == [.number(2), .empty, .empty, .text("x")])
        #expect(scanner.warnings.map(\.english) == ["Ark1!B7: formula without a saved value, read as empty; open and save the file in Excel or LibreOffice"])
        while try scanner.nextRow() != nil {}
        #expect(scanner.warnings.count == SheetScanner.maxNamedFormulaCells + 1)
        #expect(scanner.warnings.last?.english == "4 more formula cells without a saved value, read as empty")
    }

    @Test func utf16AndInvalidUTF8AreRefused() throws {
        var scanner = try? SheetScanner(input: ChunkedInput([0xFF, 0xFE, 0x3C, 0x00], size: 4), file: "r.xlsx",
                                        part: "sheet.xml", sheetName: "Ark1", sharedStrings: SharedStrings(), dateStyles: [], uses1904: false)
        #expect(scanner == nil)
        let sheet = XLSXFixture.sheet("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>@</t></is></c></row>")
        let parts = sheet.split(separator: "@", omittingEmptySubsequences: false)
        let bytes = Array(parts[0].utf8) + [0xC3, 0x28] + Array(parts[1].utf8)
        scanner = try SheetScanner(input: ChunkedInput(bytes, size: 7), file: "r.xlsx", part: "sheet.xml",
                                   sheetName: "Ark1", sharedStrings: SharedStrings(), dateStyles: [], uses1904: false)
        let error = spreadsheetError { _ = try scanner?.nextRow() }
        #expect(error?.description == "r.xlsx:2:B: the text is not valid UTF-8")
    }

    @Test func limitsOfRowsColumnsAndText() throws {
        #expect(SheetScannerTests.error(XLSXFixture.sheet("<row r=\"1048577\"/>"))?.message
            == "row number 1048577 is out of range")
        #expect(SheetScannerTests.error(XLSXFixture.sheet("<row><c r=\"XFE1\"/></row>"))?.message
            == "cell reference \"XFE1\" is not valid")
        #expect(SheetScannerTests.error(XLSXFixture.sheet("<row><c r=\"A1B\"/></row>"))?.message
            == "cell reference \"A1B\" is not valid")
        let long = String(repeating: "x", count: SheetScanner.maxTextBytes + 1)
        #expect(SheetScannerTests.error(XLSXFixture.sheet("<row><c t=\"str\"><v>\(long)</v></c></row>"))?.message
            == "a cell holds too much text")
        let huge = "<worksheet a=\"" + String(repeating: "x", count: 3 * SheetScanner.maxTextBytes) + "\"/>"
        #expect(SheetScannerTests.error(huge)?.message
            == "the workbook is damaged: cannot read xl/worksheets/sheet1.xml: an XML tag or entity is longer than 2 MiB")
    }

    @Test func sharedStringsAtEveryChunkSize() throws {
        let xml = """
            <?xml version="1.0"?><x:sst xmlns:x="\(XLSXFixture.main)" count="3"><x:si><x:t>A &amp; B</x:t></x:si>\
            <x:si><x:r><x:t>Sá</x:t></x:r><x:r><x:t xml:space="preserve">mi </x:t></x:r>\
            <x:rPh><x:t>SKIP</x:t></x:rPh></x:si>\
            <x:si><x:t/></x:si><x:si><x:t><![CDATA[<b>]]></x:t></x:si></x:sst>
            """
        for size in 1...xml.utf8.count {
            let strings = try SharedStrings.read(input: ChunkedInput(Array(xml.utf8), size: size), file: "r.xlsx",
                                                 part: "xl/sharedStrings.xml")
            #expect((0..<strings.count).map { strings[$0] } == ["A & B", "Sámi ", "", "<b>"], "chunk size \(size)")
        }
        let error = spreadsheetError {
            _ = try SharedStrings.read(input: ChunkedInput(Array("<sst><si><t>x</si></sst>".utf8), size: 3),
                                       file: "r.xlsx", part: "xl/sharedStrings.xml")
        }
        #expect(error?.description == "r.xlsx: the workbook is damaged: cannot read xl/sharedStrings.xml: "
            + "a closing tag does not match the open element")
    }

    @Test func zipChecksumMatchesTheStandardOneInAnyPieces() {
        let bytes = Array("123456789".utf8) + Array(repeating: 0xA5, count: 1000)
        var whole = ZipChecksum()
        bytes.withUnsafeBytes { whole.update(UnsafeRawBufferPointer(rebasing: $0[0..<9])) }
        #expect(whole.value == 0xCBF4_3926)
        bytes.withUnsafeBytes { whole.update(UnsafeRawBufferPointer(rebasing: $0[9...])) }
        for split in [1, 7, 8, 13, 500] {
            var pieces = ZipChecksum()
            bytes.withUnsafeBytes {
                pieces.update(UnsafeRawBufferPointer(rebasing: $0[..<split]))
                pieces.update(UnsafeRawBufferPointer(rebasing: $0[split...]))
            }
            #expect(pieces.value == whole.value, "split at \(split)")
        }
    }

    @Test func aSheetThatFailsItsChecksumIsDamaged() throws {
        let folder = try TempFolder()
        var fixture = XLSXFixture()
        fixture.compression = .none
        fixture.sheets = [("Ark1", XLSXFixture.sheet("<row r=\"1\"><c r=\"A1\"><v>41</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"))]
        let url = folder.path("endret.xlsx")
        try fixture.write(to: url)
        var bytes = try Array(Data(contentsOf: url))
        let marker = Array("<v>41</v>".utf8)
        let at = try #require((0...(bytes.count - marker.count)).first {
            bytes[$0..<$0 + marker.count].elementsEqual(marker)
        })
        bytes[at + 4] = UInt8(ascii: "2")
        let damaged = try folder.file("skadet.xlsx", bytes)
        let error = spreadsheetError { _ = try allRows(try TableReader.open(url: damaged)) }
        #expect(error?.description == "\(damaged.path): the workbook is damaged: cannot read xl/worksheets/sheet1.xml")
    }
}
