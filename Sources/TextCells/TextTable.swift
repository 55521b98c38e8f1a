/// A plain-text table aligned by terminal cell width. Cells are sanitised, and the table is fitted to a maximum width
/// by shrinking columns (highest `shrinkPriority` first, down to their `minWidth`) and truncating cells with `…`.
public struct TextTable: Sendable, Equatable {
    /// One column: its heading, alignment and width limits.
    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: CellWidth.Alignment
        public var minWidth: Int
        public var maxWidth: Int?
        /// Columns with a higher priority give up width first when the table is too wide.
        public var shrinkPriority: Int

        public init(
            _ title: String, alignment: CellWidth.Alignment = .left, minWidth: Int = 1, maxWidth: Int? = nil,
            shrinkPriority: Int = 0
        ) {
            self.title = title
            self.alignment = alignment
            self.minWidth = max(1, minWidth)
            self.maxWidth = maxWidth
            self.shrinkPriority = shrinkPriority
        }
    }

    public var columns: [Column]
    /// Rows of cells; a short row is filled with empty cells and cells beyond the last column are ignored.
    public var rows: [[String]]
    /// Whether the header and a rule of `-` are printed above the rows.
    public var showsHeader: Bool
    /// Spaces between columns.
    public var gap: Int

    public init(columns: [Column], rows: [[String]] = [], showsHeader: Bool = true, gap: Int = 2) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
        self.gap = gap
    }

    /// Appends one row.
    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The column widths the table gets within `maxWidth` cells.
    public func widths(maxWidth: Int = 80) -> [Int] {
        let cleanRows = rows.map { row in columns.indices.map { i in i < row.count ? clean(row[i]) : "" } }
        var widths = columns.enumerated().map { i, column in
            var natural = showsHeader ? CellWidth.of(clean(column.title)) : 0
            for row in cleanRows { natural = max(natural, CellWidth.of(row[i])) }
            if let cap = column.maxWidth { natural = min(natural, cap) }
            return max(natural, column.minWidth)
        }
        var excess = widths.reduce(0, +) + gap * max(0, columns.count - 1) - maxWidth
        for priority in Set(columns.map(\.shrinkPriority)).sorted(by: >) where excess > 0 {
            let group = columns.indices.filter { columns[$0].shrinkPriority == priority }
            while excess > 0 {
                let candidates = group.filter { widths[$0] > columns[$0].minWidth }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        return widths
    }

    /// The table as lines joined by `\n`, no line wider than `maxWidth` cells, trailing spaces trimmed.
    public func render(maxWidth: Int = 80) -> String {
        renderLines(maxWidth: maxWidth).joined(separator: "\n")
    }

    /// The table as separate lines.
    public func renderLines(maxWidth: Int = 80) -> [String] {
        let widths = widths(maxWidth: maxWidth)
        let separator = String(repeating: " ", count: gap)
        func line(_ cells: [String]) -> String {
            let padded = columns.indices.map { i in
                CellWidth.pad(i < cells.count ? clean(cells[i]) : "", to: widths[i], alignment: columns[i].alignment)
            }
            return trimTrailing(CellWidth.truncate(padded.joined(separator: separator), to: maxWidth))
        }
        var lines: [String] = []
        if showsHeader {
            lines.append(line(columns.map(\.title)))
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: separator)
            lines.append(CellWidth.truncate(rule, to: maxWidth))
        }
        for row in rows { lines.append(line(row)) }
        return lines
    }

    private func clean(_ text: String) -> String {
        TerminalText.sanitizeLine(text)
    }

    private func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
