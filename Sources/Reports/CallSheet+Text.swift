import Foundation
import TextCells

extension CallSheet {
    /// The sheet as plain text for the terminal or a printer, 80 columns wide, with room for each call's time,
    /// callback and note, and the reference at the end. Untrusted text is sanitised.
    public func renderText(width: Int = 80) -> String {
        var out = [TerminalText.sanitizeLine(title), String(repeating: "=", count: min(width, CellWidth.of(title)))]
        out.append(text("Skrevet ut ", "Printed ") + printedText)
        out += packed(outcomes.map { "\($0.key) \($0.label)" }, first: text("Taster: ", "Keys: "), width: width)
        out.append("")
        let boxes = outcomes.map { "\($0.key)[ ]" }
        for (index, line) in lines.enumerated() {
            let member = line.member
            let head = "\(index + 1). \(member.fullName)" + (member.record.branch.map { " (\($0))" } ?? "")
            let phone = member.record.phone?.display ?? "—"
            let number = text("nr. ", "no. ") + member.memberNumber
            let right = phone + "   " + number
            let gap = max(2, width - CellWidth.of(TerminalText.sanitizeLine(head)) - CellWidth.of(right))
            out.append(CellWidth.truncate(TerminalText.sanitizeLine(head), to: width - CellWidth.of(right) - 2)
                + String(repeating: " ", count: gap) + TerminalText.sanitizeLine(right))
            let earlier = attemptsSummary(line)
            if !earlier.isEmpty {
                out += CellWidth.wrap(text("   Tidligere: ", "   Earlier: ") + TerminalText.sanitizeLine(earlier), width: width)
            }
            out += packed(boxes, first: "   ", separator: "  ", width: width)
            let time = "   " + text("Tidspunkt", "Date/time") + ": " + String(repeating: "_", count: 16)
            let callback = text("Ring tilbake", "Call back") + ": "
            out.append(time + "   " + callback + String(repeating: "_", count: max(4, width - CellWidth.of(time) - 3 - CellWidth.of(callback))))
            out.append("   " + text("Notat", "Note") + ": " + String(repeating: "_", count: max(10, width - 10)))
            out.append("")
        }
        out += CellWidth.wrap(referenceText, width: width)
        return out.joined(separator: "\n")
    }

    /// Items laid out left to right, `separator` apart, never split across lines.
    private func packed(_ items: [String], first prefix: String, separator: String = "   ", width: Int) -> [String] {
        var lines: [String] = []
        var line = prefix
        for item in items {
            let candidate = line == prefix || line.allSatisfy(\.isWhitespace) ? line + item : line + separator + item
            if CellWidth.of(candidate) > width, !line.allSatisfy(\.isWhitespace), line != prefix {
                lines.append(line)
                line = String(repeating: " ", count: CellWidth.of(prefix)) + item
            } else {
                line = candidate
            }
        }
        return lines + [line]
    }
}
