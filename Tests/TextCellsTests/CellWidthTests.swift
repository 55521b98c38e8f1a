import Testing
import TextCells

@Test(arguments: [
    ("Ørjan Hætta-Sara", 16),
    ("Ha\u{308}tta", 5),
    ("Hätta", 5),
    ("Åse Bø", 6),
    ("東京", 4),
    ("한국", 4),
    ("👍", 2),
    ("👍🏽", 2),
    ("🇳🇴", 2),
    ("❤️", 2),
    ("e\u{301}\u{301}\u{301}", 1),
    ("\u{301}", 0),
    ("a\u{200B}b", 2),
    ("", 0),
])
func widthInCells(_ text: String, _ width: Int) {
    #expect(CellWidth.of(text) == width)
}

@Test func printableASCIIIsOneCellACharacterLikeEveryOtherText() {
    let ascii = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
    #expect(CellWidth.of(ascii) == ascii.count)
    #expect(CellWidth.of(ascii) == ascii.reduce(0) { $0 + CellWidth.of($1) })
    #expect(CellWidth.of("ab\tc\u{7F}") == 3)
}

@Test func precomposedAndDecomposedPadToSameWidth() {
    let a = CellWidth.pad("Hætta", to: 8) + "|"
    let b = CellWidth.pad("Ha\u{308}tta", to: 8) + "|"
    #expect(CellWidth.of(a) == 9 && CellWidth.of(b) == 9)
    #expect(a.unicodeScalars.count + 1 == b.unicodeScalars.count)
}

@Test func truncateAddsEllipsisOnlyWhenCut() {
    #expect(CellWidth.truncate("Ørjan Hætta-Sara", to: 16) == "Ørjan Hætta-Sara")
    #expect(CellWidth.truncate("Ørjan Hætta-Sara", to: 8) == "Ørjan H…")
    #expect(CellWidth.truncate("Ha\u{308}tta-Sara", to: 4) == "Ha\u{308}t…")
    #expect(CellWidth.truncate("東京都", to: 4) == "東…")
    #expect(CellWidth.truncate("abc", to: 1) == "…")
    #expect(CellWidth.truncate("abc", to: 0) == "")
}

@Test func padAlignsByCells() {
    #expect(CellWidth.pad("Bø", to: 5, alignment: .right) == "   Bø")
    #expect(CellWidth.pad("Bø", to: 6, alignment: .center) == "  Bø  ")
    #expect(CellWidth.pad("東京", to: 5) == "東京 ")
    #expect(CellWidth.pad("Tromsø og omegn", to: 8) == "Tromsø …")
}

@Test func wrapByWordsAndCells() {
    let text = "Hei Ørjan, jeg ringer fra Tromsø lokallag.\n\nHar du tid? Supercalifragilistisk"
    let lines = CellWidth.wrap(text, width: 12)
    #expect(lines == ["Hei Ørjan,", "jeg ringer", "fra Tromsø", "lokallag.", "", "Har du tid?", "Supercalifra", "gilistisk"])
    #expect(lines.allSatisfy { CellWidth.of($0) <= 12 })
}

@Test func wrapHardBreaksWideCharacters() {
    #expect(CellWidth.wrap("東京都庁舎", width: 5) == ["東京", "都庁", "舎"])
    #expect(CellWidth.wrap("a", width: 0) == ["a"])
}
