extension ScreenBuffer {
    /// The terminal output that turns `old` into this screen: only changed cells are written, runs separated by
    /// fewer than four unchanged cells are joined. No old screen, or one of another size, means a full redraw.
    /// Attributes are reset at the end, so the output can be followed by anything.
    public func diff(from old: ScreenBuffer?) -> String {
        var out = ""
        var current = Attributes.plain
        let full = old == nil || old!.columns != columns || old!.rows != rows
        if full { out += "\u{1B}[0m\u{1B}[H\u{1B}[2J" }
        for row in 0..<rows {
            var col = 0
            while col < columns {
                guard full || changed(row, col, old!) else { col += 1; continue }
                var start = col
                if self[row, start].text.isEmpty, start > 0 { start -= 1 }
                var end = col + 1
                var quiet = 0
                var probe = end
                while probe < columns, quiet < 4 {
                    if full || changed(row, probe, old!) { end = probe + 1; quiet = 0 } else { quiet += 1 }
                    probe += 1
                }
                if full && isBlankTail(row, from: start) { break }
                out += "\u{1B}[\(row + 1);\(start + 1)H"
                for c in start..<end {
                    let cell = self[row, c]
                    if cell.text.isEmpty { continue }
                    if cell.attributes != current {
                        out += Self.sgr(cell.attributes)
                        current = cell.attributes
                    }
                    out += cell.text
                }
                if end < columns, self[row, end].text.isEmpty { end += 1 }
                col = end
            }
        }
        if current != .plain { out += "\u{1B}[0m" }
        return out
    }

    private func changed(_ row: Int, _ column: Int, _ old: ScreenBuffer) -> Bool {
        self[row, column] != old[row, column]
    }

    private func isBlankTail(_ row: Int, from column: Int) -> Bool {
        (column..<columns).allSatisfy { self[row, $0] == .blank }
    }

    /// The SGR sequence that sets exactly `attributes`.
    static func sgr(_ attributes: Attributes) -> String {
        var codes = ["0"]
        if attributes.bold { codes.append("1") }
        if attributes.dim { codes.append("2") }
        if attributes.underline { codes.append("4") }
        if attributes.reverse { codes.append("7") }
        if let color = attributes.color { codes.append(String(color.rawValue)) }
        if let background = attributes.background { codes.append(String(background.rawValue)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
