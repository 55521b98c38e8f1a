import Foundation
import Testing
@testable import Spreadsheet

/// OOXML's `_xHHHH_` escapes, as Excel and LibreOffice write them.
@Suite struct XstringEscapeTests {
    @Test(arguments: [
        ("Kari_x000D__x000A_Nordmann", "Kari\r\nNordmann"), ("_x001B_]52;c;aGk=_x0007_", "\u{1B}]52;c;aGk=\u{07}"),
        ("_x005F_x0041_", "_x0041_"), ("a_x005f_b", "a_b"), ("_x00C5_lesund", "Ålesund"), ("_xD83D__xDE00_", "😀"),
        ("_xD83D_ alone", "\u{FFFD} alone"), ("_x12G4_", "_x12G4_"), ("_x123_", "_x123_"), ("plain_text", "plain_text"),
        ("_x0041", "_x0041"), ("__x0041_", "_A"),
    ])
    func escapesAreDecodedOnce(_ text: String, _ decoded: String) {
        #expect(XstringEscape.decode(text) == decoded)
    }

    @Test func sharedAndInlineStringsAreDecoded() throws {
        var fixture = XLSXFixture()
        fixture.sharedStrings = ["Navn", "Merknad", "Kari_x0009_Nordmann", "_x005F_x0041_"]
        fixture.sheets = [("Ark1", XLSXFixture.sheet("""
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Ola_x001B_Nordmann</t></is></c><c r="B3" t="str"><f>A1</f><v>x_x005F_y</v></c></row>
            """))]
        let folder = try TempFolder()
        let url = folder.path("register.xlsx")
        try fixture.write(to: url)
        let source = try TableReader.open(url: url, sheet: nil)
        var rows: [[String]] = []
        while let row = try source.next() { rows.append(row.cells.map(\.text)) }
        #expect(rows == [["Kari\tNordmann", "_x0041_"], ["Ola\u{1B}Nordmann", "x_y"]])
    }
}
