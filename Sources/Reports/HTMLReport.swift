import Foundation
import Model
import Storage

/// The `--format html` page: XHTML that any browser opens and XML tools parse, with inline CSS for A4 printing,
/// charts as inline SVG, no scripts and nothing loaded from elsewhere. Every piece of text is escaped.
struct HTMLReport {
    let report: CampaignReport
    let words: Words
    let generatedAt: Date
    let timeZone: TimeZone

    static let style = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; max-width: 180mm; margin: 0 auto; }
        h1 { font-size: 16pt; margin-bottom: 2pt; }
        h2 { font-size: 12pt; margin: 14pt 0 4pt; }
        p.meta { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
        th, td { border-bottom: 1px solid #ccc; padding: 2pt 4pt; text-align: left; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        section { break-inside: avoid; page-break-inside: avoid; }
        svg { max-width: 100%; height: auto; font-size: 11px; font-family: inherit; }
        @media print { body { max-width: none; } }
        """

    func render() -> String {
        let title = words("Rapport", "Report") + ": " + report.campaign
        var body = "<h1>\(HTMLText.escape(title))</h1>"
        body += "<p class=\"meta\">\(HTMLText.escape(meta))</p>"
        body += section(table(.summary(report, words)))
        body += chart(
            words("Samtaler per dag", "Calls per day"),
            bars: report.byDay.map { .init(label: words.day($0.day), segments: [$0.reached, $0.calls - $0.reached]) },
            legend: [words("Nådd", "Reached"), words("Ikke nådd", "Not reached")])
        body += chart(
            words("Utfall", "Outcomes"),
            bars: report.outcomes.map { .init(label: $0.outcome.label(words.language), segments: [$0.calls]) }, legend: [])
        for grid in ReportGrid.welcome(report, words) {
            body += section(table(grid))
        }
        if report.paidSince != nil {
            body += chart(
                words("Betalt etter oppringing, per lokallag", "Paid since the call, by branch"),
                bars: report.byBranch.map {
                    .init(label: $0.branch ?? words.noBranch, segments: [$0.paidSinceReached, $0.paidSince - $0.paidSinceReached])
                },
                legend: [words("Nådd før betaling", "Reached before paying"), words("Ikke nådd", "Not reached")])
        }
        for dimension in ReportDimension.allCases {
            body += section(table(.breakdown(report, by: dimension, words)))
        }
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(words.language.rawValue)" xml:lang="\(words.language.rawValue)">
            <head><meta charset="UTF-8"/><title>\(HTMLText.escape(title))</title><style>
            \(Self.style)
            </style></head>
            <body>\(body)</body>
            </html>

            """
    }

    private var meta: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withFullDate, .withSpaceBetweenDateAndTime, .withTime, .withColonSeparatorInTime]
        let kind = report.kind == .dues ? words("kontingent", "dues") : words("velkomst", "welcome")
        let state = report.isOpen ? words("åpen", "open") : words("lukket", "closed")
        let keepInTouch = report.isKeepInTouch == true ? ", " + words.keepInTouchCall : ""
        return "\(kind) \(report.year)\(keepInTouch), \(state). " + words("Laget", "Generated") + " " + formatter.string(from: generatedAt)
    }

    private func section(_ content: String) -> String {
        "<section>\(content)</section>"
    }

    private func chart(_ title: String, bars: [SVGBarChart.Bar], legend: [String]) -> String {
        let content = bars.isEmpty
            ? "<p>\(HTMLText.escape(words("Ingen samtaler ennå.", "No calls yet.")))</p>"
            : SVGBarChart(title: title, bars: bars, legend: legend).render()
        return section("<h2>\(HTMLText.escape(title))</h2>" + content)
    }

    private func table(_ grid: ReportGrid) -> String {
        var html = "<h2>\(HTMLText.escape(grid.title))</h2><table><thead><tr>"
        for column in grid.columns {
            html += "<th\(column.isNumber ? " class=\"number\"" : "")>\(HTMLText.escape(column.title))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in grid.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let isNumber = index < grid.columns.count && grid.columns[index].isNumber
                html += "<td\(isNumber ? " class=\"number\"" : "")>\(HTMLText.escape(cell))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }
}
