/// An external hyperlink on one cell of the table `XLSXWriter` writes: tapping the cell opens `target`.
public struct XLSXHyperlink: Sendable, Hashable {
    /// 0-based row among the data rows (the header row not counted).
    public var row: Int
    /// 0-based column.
    public var column: Int
    /// The URI, e.g. `tel:+4741234567`.
    public var target: String

    public init(row: Int, column: Int, target: String) {
        self.row = row
        self.column = column
        self.target = target
    }
}
