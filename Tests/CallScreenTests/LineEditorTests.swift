import CallScreen
import Testing

@Suite struct LineEditorTests {
    @Test func editsByGraphemeWithNorwegianLetters() {
        var editor = LineEditor("Hæta")
        #expect(editor.cursor == 4)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.char("t"))
        #expect(editor.text == "Hætta")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        _ = editor.handle(.char("Ø"))
        _ = editor.handle(.end)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Øætt")
    }

    @Test func combiningMarkJoinsThePreviousLetter() {
        var editor = LineEditor()
        _ = editor.handle(.char("a"))
        _ = editor.handle(.char("\u{308}"))
        #expect(editor.text == "a\u{308}" && editor.cursor == 1)
        _ = editor.handle(.backspace)
        #expect(editor.text.isEmpty)
    }

    @Test func pasteDropsControlsAndKeepsTheLimit() {
        var editor = LineEditor(limit: 8)
        editor.insert("a\u{1B}[2J\r\nb\u{202E}c\u{9B}defghijk")
        #expect(editor.text == "a[2J bcd")
        #expect(editor.cursor == 8)
    }

    @Test func killToStartAndEnd() {
        var editor = LineEditor("Ring etter fem")
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "Ring etter ")
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "" && editor.cursor == 0)
        let handled = editor.handle(.enter)
        #expect(!handled)
    }
}
