import TextCells

extension CallProgram {
    /// The modules of the code to show, nil when the member has none.
    func codeModules(_ shown: CallState.ShownCode, card: MemberCard) -> [[Bool]]? {
        switch shown {
        case .dial: return card.dialCode
        case .text: return card.textCode
        }
    }

    /// The line above the code, saying what scanning it does.
    func codeTitle(_ shown: CallState.ShownCode, card: MemberCard) -> String {
        switch shown {
        case .dial: return Strings.fill(strings.dialCodeTitle, TerminalText.sanitizeLine(card.fullName), card.phone)
        case .text: return Strings.fill(strings.textCodeTitle, TerminalText.sanitizeLine(card.fullName), card.phone)
        }
    }

    /// The window size a code of `side` modules needs: the code with its quiet zone, a title above and a hint below
    /// under the header.
    static func codeWindow(side: Int) -> (columns: Int, rows: Int) {
        let extent = QRText.extent(size: side)
        return (max(extent.columns + 2, minimumColumns), extent.rows + 3)
    }

    /// Draws the code over everything below the header, black on white with its quiet zone, or says how large the
    /// window must be when it cannot hold it.
    func drawCode(_ screen: inout ScreenBuffer, _ shown: CallState.ShownCode, card: MemberCard) {
        guard let modules = codeModules(shown, card: card) else { return }
        for row in 1..<screen.rows { screen.fill(row: row, attributes: .plain) }
        let needed = Self.codeWindow(side: modules.count)
        guard screen.columns >= needed.columns, screen.rows >= needed.rows else {
            let lines = [
                Strings.fill(strings.tooSmall, screen.columns, screen.rows),
                Strings.fill(strings.codeTooSmall, needed.columns, needed.rows), strings.helpClose,
            ]
            centre(&screen, lines, top: 1, bottom: screen.rows)
            return
        }
        let lines = QRText.lines(modules)
        let width = QRText.extent(size: modules.count).columns
        let top = 2 + (screen.rows - needed.rows) / 2
        let title = codeTitle(shown, card: card)
        screen.put(title, row: top - 1, column: max(1, (screen.columns - CellWidth.of(title)) / 2),
                   width: screen.columns - 2, attributes: .bold)
        let left = (screen.columns - width) / 2
        for (offset, line) in lines.enumerated() {
            screen.put(line, row: top + offset, column: left, attributes: .blackOnWhite)
        }
        let hint = shown == .text ? strings.textCodeHint : strings.helpClose
        screen.put(hint, row: top + lines.count, column: max(1, (screen.columns - CellWidth.of(hint)) / 2),
                   width: screen.columns - 2, attributes: .dim)
    }
}
