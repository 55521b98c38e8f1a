/// How `XLSXWriter` lays a sheet out for printing: fixed column widths, borders round every cell of the table,
/// A4 fitted to one page wide, the header row repeated on every page, and a page header and footer.
public struct XLSXPrintLayout: Sendable {
    /// Column widths in characters, one per column; columns beyond get the writer's own width.
    public var columnWidths: [Double]
    /// 0-based columns that are hidden on screen and on paper.
    public var hiddenColumns: Set<Int>
    /// Landscape rather than portrait.
    public var landscape: Bool
    /// Height of each data row in points, room to write by hand.
    public var rowHeight: Double
    /// The page header's left, centre and right parts (plain text; `&` is escaped for Excel).
    public var header: (left: String, center: String, right: String)
    /// The page footer's left part; the right part numbers the pages.
    public var footer: String

    public init(
        columnWidths: [Double], hiddenColumns: Set<Int> = [], landscape: Bool = true, rowHeight: Double = 24,
        header: (left: String, center: String, right: String) = ("", "", ""), footer: String = ""
    ) {
        self.columnWidths = columnWidths
        self.hiddenColumns = hiddenColumns
        self.landscape = landscape
        self.rowHeight = rowHeight
        self.header = header
        self.footer = footer
    }

    /// `<headerFooter>`: Excel's codes `&L`, `&C`, `&R`, `&P`/`&N`; a literal `&` is doubled. At most 255 characters
    /// each, as Excel allows.
    var headerFooterXML: String {
        func part(_ text: String) -> String {
            String(text.filter { !$0.isNewline }.replacingOccurrences(of: "&", with: "&&").prefix(80))
        }
        let head = "&L" + part(header.left) + "&C" + part(header.center) + "&R" + part(header.right)
        let foot = "&L" + String(footer.filter { !$0.isNewline }.replacingOccurrences(of: "&", with: "&&").prefix(200))
            + "&R&P / &N"
        return "<headerFooter><oddHeader>" + XMLText.escape(head) + "</oddHeader><oddFooter>"
            + XMLText.escape(foot) + "</oddFooter></headerFooter>"
    }

    /// Page margins, A4 (`paperSize="9"`), one page wide and as many tall as it takes.
    var pageSetupXML: String {
        "<printOptions gridLines=\"0\"/>"
            + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.7\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    }
}

/// A further sheet of plain text lines, one per row in column A (a script, a legend).
public struct XLSXTextSheet: Sendable, Hashable {
    public var name: String
    public var lines: [String]
    /// Width of column A in characters.
    public var width: Double

    public init(name: String, lines: [String], width: Double = 100) {
        self.name = name
        self.lines = lines
        self.width = width
    }
}
