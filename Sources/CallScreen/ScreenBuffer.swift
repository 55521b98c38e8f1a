import TextCells

/// A colour for text; only used when the program may use colours.
public enum TextColor: Int, Sendable, Hashable {
    case black = 30, red = 31, green = 32, yellow = 33, blue = 34, cyan = 36
}

/// A background colour; only QR codes set one, so they stay dark on light whatever the terminal's theme.
public enum BackgroundColor: Int, Sendable, Hashable {
    case white = 47
}

/// How a cell is drawn.
public struct Attributes: Sendable, Hashable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: TextColor?
    public var background: BackgroundColor?

    public init(
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, color: TextColor? = nil,
        background: BackgroundColor? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
        self.background = background
    }

    public static let plain = Attributes()
    public static let bold = Attributes(bold: true)
    public static let dim = Attributes(dim: true)
    public static let reverse = Attributes(reverse: true)
    /// Black on white, for QR codes: set even without colours, since a phone cannot read a code in the wrong colours.
    public static let blackOnWhite = Attributes(color: .black, background: .white)
}

/// One terminal cell: a grapheme cluster of width 1 or 2, or `""` for the right half of a wide one.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var attributes: Attributes

    public init(_ text: String = " ", _ attributes: Attributes = .plain) {
        self.text = text
        self.attributes = attributes
    }

    public static let blank = Cell()
}

/// A grid of cells the view draws into; `diff(from:)` turns it into terminal output.
public struct ScreenBuffer: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [Cell]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Writes `text` at a position, sanitised for one line and cut with `…` to `width` cells (default: to the
    /// right edge). Returns the number of cells written.
    @discardableResult
    public mutating func put(
        _ text: String, row: Int, column: Int, width: Int? = nil, attributes: Attributes = .plain
    ) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let room = min(width ?? columns - column, columns - column)
        let fitted = CellWidth.truncate(TerminalText.sanitizeLine(text), to: room)
        var col = column
        for character in fitted {
            let w = CellWidth.of(character)
            guard w > 0 else { continue }
            set(row, col, Cell(String(character), attributes))
            if w == 2 { set(row, col + 1, Cell("", attributes)) }
            col += w
        }
        return col - column
    }

    /// Sets the attributes of a run of cells, filling it with spaces where empty.
    public mutating func fill(row: Int, from column: Int = 0, width: Int? = nil, attributes: Attributes) {
        guard row >= 0, row < rows else { return }
        let end = min(columns, column + (width ?? columns))
        for col in max(0, column)..<max(max(0, column), end) {
            cells[row * columns + col] = Cell(" ", attributes)
        }
    }

    private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
        guard column < columns else { return }
        let index = row * columns + column
        if cells[index].text.isEmpty, column > 0 { cells[index - 1] = Cell(" ", cells[index - 1].attributes) }
        if column + 1 < columns, cells[index + 1].text.isEmpty, !cell.text.isEmpty {
            cells[index + 1] = Cell(" ", cells[index + 1].attributes)
        }
        cells[index] = cell
    }

    /// The text of the screen, one line per row, trailing spaces removed: what golden files hold.
    public var text: String {
        (0..<rows).map(line).joined(separator: "\n")
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String {
        var text = cells[(row * columns)..<((row + 1) * columns)].map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }
}
