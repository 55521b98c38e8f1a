import Foundation
import TextCells

extension CallProgram {
    /// Renders the state into a screen buffer of the state's size. All untrusted text is sanitised by
    /// `ScreenBuffer.put`; widths are measured in terminal cells.
    public func view(_ state: CallState) -> ScreenBuffer {
        var screen = ScreenBuffer(columns: state.columns, rows: state.rows)
        if state.columns < Self.minimumColumns || state.rows < Self.minimumRows {
            drawTooSmall(&screen)
            return screen
        }
        let layout = Layout(program: self, state: state)
        drawHeader(&screen, state)
        switch state.phase {
        case .loading, .undoing(nil):
            centre(&screen, [strings.loading], top: 1, bottom: layout.ruleRow)
        case .empty:
            centre(&screen, [strings.empty, "", strings.emptyHints], top: 1, bottom: layout.ruleRow)
        case .finished:
            break
        case .card(let card, let step):
            drawCard(&screen, card, state: state, layout: layout, step: step)
        case .saving(let card, _), .undoing(.some(let card)):
            drawCard(&screen, card, state: state, layout: layout, step: .idle)
        }
        drawBottom(&screen, state, layout: layout)
        if state.showsHelp { drawHelp(&screen) }
        if let shown = state.shownCode, let card = state.card { drawCode(&screen, shown, card: card) }
        return screen
    }

    /// Where the fixed parts of the screen go for a given size.
    struct Layout {
        let legend: [[OutcomeOption]]
        let statusRow: Int
        let hintsRow: Int
        let legendTop: Int
        let noteRow: Int
        let ruleRow: Int

        init(program: CallProgram, state: CallState) {
            legend = program.legendRows(width: state.columns - 2)
            statusRow = state.rows - 1
            hintsRow = state.rows - 2
            legendTop = hintsRow - legend.count
            noteRow = legendTop - 1
            ruleRow = noteRow - 1
        }
    }

    /// The outcome keys flowed into rows that fit `width` cells.
    func legendRows(width: Int) -> [[OutcomeOption]] {
        var rows: [[OutcomeOption]] = [[]]
        var used = 0
        for option in context.outcomes {
            let w = CellWidth.of(legendItem(option))
            if used > 0, used + 2 + w > width {
                rows.append([])
                used = 0
            }
            used += (used > 0 ? 2 : 0) + w
            rows[rows.count - 1].append(option)
        }
        return rows
    }

    func legendItem(_ option: OutcomeOption) -> String {
        "\(option.key) " + TerminalText.sanitizeLine(option.label)
    }

    private func drawTooSmall(_ screen: inout ScreenBuffer) {
        let lines = [
            Strings.fill(strings.tooSmall, screen.columns, screen.rows),
            Strings.fill(strings.tooSmallHint, Self.minimumColumns, Self.minimumRows), strings.tooSmallQuit,
        ]
        centre(&screen, lines, top: 0, bottom: screen.rows)
    }

    func centre(_ screen: inout ScreenBuffer, _ lines: [String], top: Int, bottom: Int) {
        let first = top + max(0, (bottom - top - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let column = max(0, (screen.columns - CellWidth.of(line)) / 2)
            screen.put(line, row: first + i, column: column, attributes: i == 0 ? .bold : .plain)
        }
    }

    private func drawHeader(_ screen: inout ScreenBuffer, _ state: CallState) {
        screen.fill(row: 0, attributes: .reverse)
        var right = ""
        if let progress = state.progress {
            let total = progress.doneToday + progress.leftOnList
            let filled = total == 0 ? 10 : progress.doneToday * 10 / total
            right = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled) + " "
                + Strings.fill(strings.today, progress.doneToday) + " · " + Strings.fill(strings.left, progress.leftOnList)
        }
        let rightWidth = CellWidth.of(right)
        let rightColumn = screen.columns - rightWidth - 1
        screen.put(right, row: 0, column: rightColumn, attributes: .reverse)
        let left = "\(context.campaignName)" + (context.isKeepInTouch ? " (\(strings.keepInTouch))" : "")
            + " · \(strings.caller): \(context.callerName)"
        screen.put(left, row: 0, column: 1, width: rightColumn - 3, attributes: Attributes(bold: true, reverse: true))
    }

    private func drawBottom(_ screen: inout ScreenBuffer, _ state: CallState, layout: Layout) {
        let width = screen.columns - 2
        screen.put(String(repeating: "─", count: width), row: layout.ruleRow, column: 1, attributes: .dim)
        var step: CallState.Step?
        if case .card(_, let current) = state.phase { step = current }
        if case .note(let editor) = step {
            let label = strings.note + ": "
            let used = screen.put(label, row: layout.noteRow, column: 1, attributes: .bold)
            drawEditor(&screen, editor, row: layout.noteRow, column: 1 + used, width: width - used)
        } else if state.card != nil {
            let used = screen.put(strings.note + ": ", row: layout.noteRow, column: 1, attributes: .bold)
            let text = state.note.isEmpty ? strings.noNote : state.note
            screen.put(text, row: layout.noteRow, column: 1 + used, width: width - used,
                       attributes: state.note.isEmpty ? .dim : .plain)
        }
        let active = step == .idle
        for (i, items) in layout.legend.enumerated() {
            var column = 1
            for option in items {
                let keyAttributes = active
                    ? Attributes(bold: true, color: color ? .cyan : nil) : Attributes(dim: true)
                column += screen.put(String(option.key), row: layout.legendTop + i, column: column, attributes: keyAttributes)
                column += screen.put(" " + option.label, row: layout.legendTop + i, column: column,
                                     width: screen.columns - 1 - column, attributes: active ? .plain : .dim)
                column += 2
            }
        }
        screen.put(hints(for: step, phase: state.phase), row: layout.hintsRow, column: 1, width: width, attributes: .dim)
        drawStatus(&screen, state, row: layout.statusRow)
    }

    private func hints(for step: CallState.Step?, phase: CallState.Phase) -> String {
        switch step {
        case .none: return phase == .empty ? strings.emptyHints : ""
        case .idle: return strings.hints
        case .note: return strings.editorHints
        case .editEmail, .callback, .resignNotice: return strings.saveHints
        case .confirmEmail: return strings.confirmEmailHints
        case .checklist: return strings.checklistHints
        }
    }

    private func drawStatus(_ screen: inout ScreenBuffer, _ state: CallState, row: Int) {
        if case .saving(_, let submission) = state.phase {
            let label = context.outcomes.first { $0.code == submission.code }?.label ?? submission.code
            screen.put(Strings.fill(strings.saving, label), row: row, column: 1, width: screen.columns - 2, attributes: .dim)
            return
        }
        var column = 1
        if let notice = state.notice {
            let (text, attributes) = noticeText(notice)
            column += screen.put(text, row: row, column: column, width: screen.columns - 2, attributes: attributes)
            column += 2
        }
        if let left = undoSecondsLeft(state), case .saved = state.notice {
            screen.put(Strings.fill(strings.undoHint, left), row: row, column: column, attributes: .dim)
        }
    }

    private func noticeText(_ notice: CallState.Notice) -> (String, Attributes) {
        let warn = Attributes(bold: true, color: color ? .red : nil)
        switch notice {
        case .saved(let label, let at): return (savedText(label, at), Attributes(color: color ? .green : nil))
        case .skipped(let name): return (Strings.fill(strings.skipped, name), .plain)
        case .undone(let name): return (Strings.fill(strings.undone, name), .plain)
        case .undoExpired: return (strings.undoExpired, warn)
        case .nothingToUndo: return (strings.nothingToUndo, .plain)
        case .noCode: return (strings.noCode, .plain)
        case .smsNoted: return (strings.smsNoted, Attributes(color: color ? .green : nil))
        case .noteKept: return (strings.noteKept, .plain)
        case .invalidEmail: return (strings.invalidEmail, warn)
        case .unknownTime: return (strings.unknownTime, warn)
        case .failed(let message): return (Strings.fill(strings.failed, message), warn)
        }
    }

    /// Draws a line editor with its cursor as a reverse-video cell, scrolled so the cursor stays visible.
    func drawEditor(_ screen: inout ScreenBuffer, _ editor: LineEditor, row: Int, column: Int, width: Int) {
        let characters = Array(editor.text)
        var start = 0
        func span(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + CellWidth.of($1) } }
        while start < editor.cursor, span(start..<editor.cursor) + 1 > width { start += 1 }
        var col = column
        for index in start..<characters.count {
            let w = CellWidth.of(characters[index])
            if col + max(w, 1) > column + width { break }
            let attributes: Attributes = index == editor.cursor ? .reverse : .underlined
            col += screen.put(String(characters[index]), row: row, column: col, attributes: attributes)
        }
        if editor.cursor == characters.count, col < column + width {
            screen.put(" ", row: row, column: col, attributes: .reverse)
        }
    }
}

extension Attributes {
    static let underlined = Attributes(underline: true)
}
