import Foundation
import TextCells

/// The member card, the script and the follow-up panels.
extension CallProgram {
    func drawCard(_ screen: inout ScreenBuffer, _ card: MemberCard, state: CallState, layout: Layout, step: CallState.Step) {
        let dates = DateText(language: context.language, timeZone: timeZone)
        let width = screen.columns - 2
        let numberText = "\(strings.memberNumber) \(TerminalText.sanitizeLine(card.number))"
        let numberWidth = CellWidth.of(numberText)
        screen.put(numberText, row: 1, column: screen.columns - 1 - numberWidth, attributes: .dim)
        screen.put(card.fullName, row: 1, column: 1, width: width - numberWidth - 2, attributes: .bold)

        let labelWidth = [strings.phone, strings.email, strings.dues].map(CellWidth.of).max()! + 2
        let rightColumn = screen.columns / 2 + 4
        let rightLabelWidth = [strings.branch, strings.memberSince].map(CellWidth.of).max()! + 2
        let leftValueWidth = rightColumn - 2 - 1 - labelWidth
        let rightValueWidth = screen.columns - 1 - rightColumn - rightLabelWidth
        func field(_ label: String, _ value: String, row: Int, column: Int, labelWidth: Int, valueWidth: Int) {
            screen.put(label, row: row, column: column, attributes: .dim)
            screen.put(value, row: row, column: column + labelWidth, width: valueWidth)
        }
        let kind = card.phoneKind.isEmpty ? "" : " (\(card.phoneKind))"
        field(strings.phone, card.phone + kind, row: 2, column: 1, labelWidth: labelWidth, valueWidth: leftValueWidth)
        field(strings.email, card.email ?? "–", row: 3, column: 1, labelWidth: labelWidth, valueWidth: leftValueWidth)
        field(strings.branch, card.branch, row: 2, column: rightColumn, labelWidth: rightLabelWidth, valueWidth: rightValueWidth)
        field(strings.memberSince, card.memberSince.map(dates.day) ?? "–", row: 3, column: rightColumn,
              labelWidth: rightLabelWidth, valueWidth: rightValueWidth)
        screen.put(strings.dues, row: 4, column: 1, attributes: .dim)
        var column = 1 + labelWidth
        for (i, year) in card.dues.enumerated() {
            if i > 0 { column += screen.put(" · ", row: 4, column: column, attributes: .dim) }
            let (text, attributes): (String, Attributes) = switch year.status {
            case .paid: (strings.paid, .plain)
            case .unpaid: (strings.unpaid, Attributes(bold: true, color: color ? .yellow : nil))
            case .other(let label): (label, .plain)
            }
            column += screen.put("\(year.year) ", row: 4, column: column)
            column += screen.put(text, row: 4, column: column, width: screen.columns - 1 - column, attributes: attributes)
            if column >= screen.columns - 1 { break }
        }

        let scriptMinimum = 3
        let shown = min(card.attempts.count, 3, max(card.attempts.isEmpty ? 0 : 1, layout.ruleRow - 7 - scriptMinimum))
        var title = strings.attempts + (card.attempts.isEmpty ? ": " + strings.none : "")
        if shown < card.attempts.count { title += "  " + Strings.fill(strings.older, card.attempts.count - shown) }
        screen.put(title, row: 5, column: 1, attributes: card.attempts.isEmpty ? .dim : .bold)
        let recent = card.attempts.sorted { $0.at > $1.at }.prefix(shown)
        let table = TextTable(
            columns: [
                .init("", minWidth: 10), .init("", minWidth: 6, maxWidth: 18, shrinkPriority: 2),
                .init("", minWidth: 6, maxWidth: 20, shrinkPriority: 3), .init("", minWidth: 8, shrinkPriority: 1),
                .init("", minWidth: 4, shrinkPriority: 4),
            ],
            rows: recent.map { [dates.moment($0.at), $0.caller, $0.campaign, $0.outcome, $0.note.map { "«\($0)»" } ?? ""] },
            showsHeader: false)
        for (i, line) in table.renderLines(maxWidth: width - 2).enumerated() {
            screen.put(line, row: 6 + i, column: 3)
        }

        let sectionRow = 6 + shown
        let area = (sectionRow + 1)..<layout.ruleRow
        if case .note = step {
            drawScript(&screen, card, state: state, titleRow: sectionRow, area: area)
        } else if step == .idle {
            drawScript(&screen, card, state: state, titleRow: sectionRow, area: area)
        } else {
            drawPanel(&screen, card, state: state, step: step, titleRow: sectionRow, area: area, dates: dates)
        }
    }

    private func section(_ screen: inout ScreenBuffer, _ title: String, row: Int, attributes: Attributes = .bold) {
        screen.put("─", row: row, column: 1, attributes: .dim)
        let used = screen.put(" \(title) ", row: row, column: 2, width: screen.columns - 6, attributes: attributes)
        let rest = screen.columns - 3 - used
        if rest > 0 { screen.put(String(repeating: "─", count: rest), row: row, column: 2 + used, attributes: .dim) }
    }

    /// The script lines for this card at the screen's width.
    func scriptLines(_ card: MemberCard, columns: Int) -> [String] {
        CellWidth.wrap(TerminalText.sanitize(card.script), width: columns - 4)
    }

    private func drawScript(_ screen: inout ScreenBuffer, _ card: MemberCard, state: CallState, titleRow: Int, area: Range<Int>) {
        section(&screen, strings.script, row: titleRow)
        let lines = scriptLines(card, columns: screen.columns)
        let offset = min(state.scriptOffset, max(0, lines.count - area.count))
        for (i, row) in area.enumerated() where offset + i < lines.count {
            screen.put(lines[offset + i], row: row, column: 2)
        }
        if offset + area.count < lines.count {
            let more = "▼ " + strings.more
            screen.put(" \(more) ", row: area.upperBound, column: screen.columns - CellWidth.of(more) - 4, attributes: .bold)
        }
    }

    private func drawPanel(
        _ screen: inout ScreenBuffer, _ card: MemberCard, state: CallState, step: CallState.Step, titleRow: Int,
        area: Range<Int>, dates: DateText
    ) {
        let width = screen.columns - 4
        var row = area.lowerBound
        func line(_ text: String, attributes: Attributes = .plain, indent: Int = 2) {
            guard row < area.upperBound else { return }
            screen.put(text, row: row, column: indent, width: width, attributes: attributes)
            row += 1
        }
        func editor(_ editor: LineEditor) {
            guard row < area.upperBound else { return }
            screen.put("›", row: row, column: 2, attributes: .bold)
            drawEditor(&screen, editor, row: row, column: 4, width: width - 2)
            row += 1
        }
        let highlight = Attributes(bold: true, reverse: true)
        switch step {
        case .idle, .note:
            return
        case .confirmEmail(let index):
            section(&screen, Strings.fill(strings.confirmEmailTitle, context.outcomes[index].label), row: titleRow, attributes: highlight)
            line(strings.emailGoesTo)
            row += 1
            line(card.email ?? "", attributes: .bold, indent: 4)
        case .editEmail(let index, let text):
            section(&screen, Strings.fill(strings.confirmEmailTitle, context.outcomes[index].label), row: titleRow, attributes: highlight)
            line((card.email ?? "").isEmpty ? strings.noEmail : strings.emailGoesTo)
            row += 1
            editor(text)
        case .resignNotice(let index):
            let option = context.outcomes[index]
            section(&screen, Strings.fill(strings.resignTitle, option.label), row: titleRow, attributes: highlight)
            guard case .resignNotice(let notice) = option.followUp else { return }
            for text in CellWidth.wrap(TerminalText.sanitize(notice), width: width) { line(text) }
        case .callback(let index, let text, let parsed):
            section(&screen, Strings.fill(strings.callbackTitle, context.outcomes[index].label), row: titleRow, attributes: highlight)
            line(strings.callbackExamples, attributes: .dim)
            row += 1
            editor(text)
            if let parsed {
                line("→ " + dates.appointment(parsed), attributes: .bold, indent: 4)
            } else if !text.text.isEmpty {
                line(strings.callbackUnknown, attributes: .dim, indent: 4)
            }
        case .checklist(let index, let ticked):
            let option = context.outcomes[index]
            section(&screen, Strings.fill(strings.checklistTitle, option.label), row: titleRow, attributes: highlight)
            guard case .checklist(let items) = option.followUp else { return }
            for item in items {
                let mark = ticked.contains(item.code) ? "[x]" : "[ ]"
                line("\(mark) \(item.key)  \(item.label)", attributes: ticked.contains(item.code) ? .bold : .plain)
            }
        }
    }

    func drawHelp(_ screen: inout ScreenBuffer) {
        let keyWidth = strings.help.map { CellWidth.of($0.0) }.max()! + 2
        let width = min(screen.columns - 4, 66)
        let height = strings.help.count + 4
        let left = (screen.columns - width) / 2
        let top = max(1, (screen.rows - height) / 2)
        for row in top..<(top + height) { screen.fill(row: row, from: left, width: width, attributes: .plain) }
        let bar = String(repeating: "─", count: width - 2)
        screen.put("┌" + bar + "┐", row: top, column: left)
        screen.put(" \(strings.helpTitle) ", row: top, column: left + 2, attributes: .bold)
        for row in (top + 1)..<(top + height - 1) {
            screen.put("│", row: row, column: left)
            screen.put("│", row: row, column: left + width - 1)
        }
        screen.put("└" + bar + "┘", row: top + height - 1, column: left)
        for (i, entry) in strings.help.enumerated() {
            screen.put(entry.0, row: top + 1 + i, column: left + 2, attributes: .bold)
            screen.put(entry.1, row: top + 1 + i, column: left + 2 + keyWidth, width: width - 4 - keyWidth)
        }
        screen.put(strings.helpClose, row: top + height - 2, column: left + 2, width: width - 4, attributes: .dim)
    }
}
