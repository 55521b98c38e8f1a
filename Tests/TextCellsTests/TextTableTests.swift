import Testing
import TextCells

@Test func tableAlignsNorwegianLettersAndCombiningMarks() {
    var table = TextTable(columns: [
        .init("Navn"), .init("Lokallag"), .init("Beløp", alignment: .right),
    ])
    table.append(["Ørjan Hætta-Sara", "Kautokeino", "500"])
    table.append(["Ha\u{308}kon Ås", "Tromsø", "1 250"])
    let expected = """
        Navn              Lokallag    Beløp
        ----------------  ----------  -----
        Ørjan Hætta-Sara  Kautokeino    500
        Ha\u{308}kon Ås          Tromsø      1 250
        """
    #expect(table.render() == expected)
    let widths = table.render().split(separator: "\n").map { CellWidth.of(String($0)) }
    #expect(widths == [35, 35, 35, 35])
}

@Test func tableShrinksPreferredColumnFirstAndTruncates() {
    var table = TextTable(columns: [
        .init("Navn", minWidth: 6), .init("Notat", minWidth: 5, shrinkPriority: 1), .init("Nr", alignment: .right),
    ])
    table.append(["Åse Bø", "Vil bli ringt etter klokka fem på fredag", "7"])
    let lines = table.renderLines(maxWidth: 24)
    #expect(table.widths(maxWidth: 24) == [6, 12, 2])
    #expect(lines[2] == "Åse Bø  Vil bli rin…   7")
    #expect(lines.allSatisfy { CellWidth.of($0) <= 24 })
}

@Test func tableFallsBackToMinWidthsAndStillFits() {
    let table = TextTable(columns: [.init("Navn", minWidth: 10), .init("By", minWidth: 10)], rows: [["Kari", "Bodø"]])
    #expect(table.renderLines(maxWidth: 12).allSatisfy { CellWidth.of($0) <= 12 })
}

@Test func tableSanitisesHostileCells() {
    let table = TextTable(columns: [.init("Navn")], rows: [["Kari\u{1B}[2J\u{1B}]0;x\u{7}"], ["a\nb"]])
    let text = table.render()
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(text.hasSuffix("Kari␛[2J␛]0;x␇\na b"))
}

@Test func tableFillsShortRowsAndRespectsMaxWidth() {
    let table = TextTable(columns: [.init("A", maxWidth: 3), .init("B")], rows: [["abcdef"], ["x", "y", "ignored"]])
    #expect(table.renderLines() == ["A    B", "---  -", "ab…", "x    y"])
}
