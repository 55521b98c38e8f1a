import Testing
@testable import Spreadsheet

@Suite struct CellTests {
    @Test(arguments: [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"),
                      (702, "AAA"), (16_383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(ColumnName.letter(index) == letters)
        #expect(ColumnName.index(letters) == index)
        #expect(ColumnName.index(letters.lowercased()) == index)
    }

    @Test func invalidColumnLetters() {
        #expect(ColumnName.index("") == nil)
        #expect(ColumnName.index("A1") == nil)
        #expect(ColumnName.index("XFE") == nil)
        #expect(ColumnName.index("AAAA") == nil)
    }

    @Test(arguments: [(41_234_567.0, "41234567"), (4_741_234_567.0, "4741234567"), (1.0, "1"), (-3.0, "-3"),
                      (12.5, "12.5"), (0.1, "0.1"), (1e20, "1e+20"), (0, "0")])
    func numberText(value: Double, text: String) {
        #expect(Cell.number(value).text == text)
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (60.0, false, "1900-02-29"),
        (61.0, false, "1900-03-01"), (43_466.0, false, "2019-01-01"), (45_658.5, false, "2025-01-01 12:00"),
        (0.0, true, "1904-01-01"), (42_004.0, true, "2019-01-01"), (45_292.25, false, "2024-01-01 06:00"),
        (45_292 + 1.0 / 86_400 * 3661, false, "2024-01-01 01:01:01"),
    ])
    func excelDates(serial: Double, uses1904: Bool, text: String) {
        #expect(Cell.date(serial: serial, uses1904: uses1904).text == text)
    }

    @Test func excelDateComponents() throws {
        let date = try #require(ExcelDate(serial: 45_463.75, uses1904: false))
        #expect([date.year, date.month, date.day, date.hour, date.minute] == [2024, 6, 20, 18, 0])
        #expect(ExcelDate(serial: -1, uses1904: false) == nil)
        #expect(ExcelDate(serial: .nan, uses1904: false) == nil)
    }

    @Test(arguments: [("General", false), ("0.00", false), ("dd.mm.yyyy", true), ("d/m/yy h:mm", true),
                      ("[Red]0.00", false), ("\"dag\" 0", false), ("yyyy-mm-dd", true), ("[h]:mm", true),
                      ("#,##0 \"kr\"", false), ("\\d0", false), ("mmm", true), ("0.00E+00", false)])
    func dateFormatCodes(code: String, isDate: Bool) {
        #expect(NumberFormats.isDateFormat(code) == isDate)
    }

    @Test func blankCells() {
        #expect(Cell.empty.isBlank)
        #expect(Cell.text(" \t").isBlank)
        #expect(!Cell.text("x").isBlank)
        #expect(!Cell.number(0).isBlank)
        #expect(TableRow(number: 1, cells: [.empty, .text(" ")]).isBlank)
    }
}
