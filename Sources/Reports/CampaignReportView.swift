import Foundation
import Model
import Spreadsheet
import Storage
import TextCells

/// Renders a campaign report for the terminal, as CSV, as JSON or as a self-contained HTML page.
public struct CampaignReportView: Sendable {
    public let report: CampaignReport
    public let language: Language

    public init(report: CampaignReport, language: Language) {
        self.report = report
        self.language = language
    }

    private var words: Words { Words(language) }

    /// The tables to show: the summary and the outcomes, or the one breakdown asked for.
    public func grids(by dimension: ReportDimension?) -> [ReportGrid] {
        guard let dimension else {
            return [.summary(report, words), .breakdown(report, by: .outcome, words)] + ReportGrid.welcome(report, words)
        }
        return [.breakdown(report, by: dimension, words)]
    }

    /// Aligned tables that fit `width` terminal cells.
    public func table(by dimension: ReportDimension?, width: Int = 80) -> String {
        let keepInTouch = report.isKeepInTouch == true ? ", " + words.keepInTouchCall : ""
        let heading = TerminalText.sanitizeLine(
            "\(report.campaign) (\(report.kind.label(language)) \(report.year)\(keepInTouch), \(campaignStateLabel(isOpen: report.isOpen, language)))")
        let tables = grids(by: dimension).map { grid in
            var table = TextTable(columns: grid.columns.enumerated().map { index, column in
                .init(column.title, alignment: column.isNumber ? .right : .left, minWidth: column.isNumber ? 3 : 8,
                      shrinkPriority: index == 0 ? 1 : 0)
            })
            grid.rows.forEach { table.append($0) }
            let body = grid.rows.isEmpty ? words("(ingen)", "(none)") : table.render(maxWidth: width)
            return CellWidth.truncate(TerminalText.sanitizeLine(grid.title), to: width) + "\n" + body
        }
        return ([CellWidth.truncate(heading, to: width)] + tables).joined(separator: "\n\n")
    }

    /// CSV (`;`, UTF-8 with BOM, formulas neutralised) of the summary or of one breakdown.
    public func csv(by dimension: ReportDimension?) -> [UInt8] {
        let grid = dimension.map { ReportGrid.breakdown(report, by: $0, words) } ?? .summary(report, words)
        let writer = CSVWriter()
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += writer.line(grid.columns.map { .text($0.title) })
        for row in grid.rows { bytes += writer.line(row.map { .text($0) }) }
        return bytes
    }

    /// The report as JSON: every number, with codes in English and times in ISO 8601 (UTC).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(report)
    }

    /// One self-contained XHTML page with inline SVG charts; the time it was made is shown in `timeZone`.
    public func html(generatedAt: Date, timeZone: TimeZone) -> String {
        HTMLReport(report: report, words: words, generatedAt: generatedAt, timeZone: timeZone).render()
    }
}
