import CallScreen
import Testing

@Suite struct ScreenBufferTests {
    @Test func putAlignsWideAndCombiningCharacters() {
        var screen = ScreenBuffer(columns: 12, rows: 3)
        screen.put("Ha\u{308}tta|", row: 0, column: 0)
        screen.put("Hätta|", row: 1, column: 0)
        screen.put("東京|", row: 2, column: 0)
        #expect(screen.line(0).count == 6 && screen.line(1).count == 6)
        #expect(screen[2, 1].text == "" && screen[2, 4].text == "|")
    }

    @Test func putSanitisesAndClips() {
        var screen = ScreenBuffer(columns: 10, rows: 1)
        let used = screen.put("Kari\u{1B}[2J\u{7}xyz", row: 0, column: 0)
        #expect(used == 10)
        #expect(screen.line(0) == "Kari␛[2J␇…")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = ScreenBuffer(columns: 4, rows: 1)
        screen.put("東京", row: 0, column: 0)
        screen.put("x", row: 0, column: 1)
        #expect(screen.line(0) == " x京")
    }

    @Test func firstDiffIsAFullRedraw() {
        var screen = ScreenBuffer(columns: 5, rows: 2)
        screen.put("ab", row: 1, column: 0, attributes: .bold)
        #expect(screen.diff(from: nil) == "\u{1B}[0m\u{1B}[H\u{1B}[2J\u{1B}[2;1H\u{1B}[0;1mab\u{1B}[0m   ")
    }

    @Test func diffWritesOnlyChangedCells() {
        var old = ScreenBuffer(columns: 20, rows: 2)
        old.put("Hei Ørjan", row: 0, column: 0)
        var new = old
        new.put("Åse", row: 0, column: 4)
        #expect(new.diff(from: old) == "\u{1B}[1;5HÅse")
        #expect(new.diff(from: new) == "")
    }

    @Test func diffJoinsNearbyChangesAndStartsWideCharactersAtTheirLeftHalf() {
        var old = ScreenBuffer(columns: 20, rows: 1)
        old.put("abcdefgh", row: 0, column: 0)
        var new = old
        new.put("X", row: 0, column: 1)
        new.put("Y", row: 0, column: 4)
        #expect(new.diff(from: old) == "\u{1B}[1;2HXcdY")
        var wide = ScreenBuffer(columns: 6, rows: 1)
        wide.put("東京", row: 0, column: 0)
        var changed = wide
        changed.put("京", row: 0, column: 0)
        #expect(changed.diff(from: wide) == "\u{1B}[1;1H京")
    }

    @Test func resizeForcesFullRedraw() {
        let small = ScreenBuffer(columns: 3, rows: 1)
        let large = ScreenBuffer(columns: 4, rows: 1)
        #expect(large.diff(from: small).hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
    }

    @Test func attributesAreResetAtTheEnd() {
        var old = ScreenBuffer(columns: 4, rows: 1)
        old.put("ab", row: 0, column: 0)
        var new = old
        new.put("a", row: 0, column: 0, attributes: .reverse)
        #expect(new.diff(from: old) == "\u{1B}[1;1H\u{1B}[0;7ma\u{1B}[0m")
    }
}
