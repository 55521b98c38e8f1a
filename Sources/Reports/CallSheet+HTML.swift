import Foundation
import Model
import QRCode

extension CallSheet {
    /// The sheet as one self-contained HTML page that prints cleanly on A4 from any browser: `@page` rules, the
    /// header row repeated on every page, rows of a fixed height so that at least `membersPerPage` fit a page, the
    /// keys and the script's opening on page 1, the reference at the end. No scripts, no external files, every name
    /// escaped.
    public func renderHTML() -> String {
        let e = HTMLText.escape
        var rows = ""
        for (index, line) in lines.enumerated() {
            let member = line.member
            let boxes = outcomes.map { "<span class=\"box\">\(e(String($0.key)))</span>" }.joined()
            rows += """
                <tr>
                <td class="n">\(index + 1)</td>
                <td class="who"><div class="clip"><strong>\(e(member.fullName))</strong><br/><span class="dim">\(e(member.record.branch ?? "")) · \(text("nr.", "no.")) \(e(member.memberNumber))</span></div></td>
                <td class="phone">\(phoneCell(member.record.phone))</td>
                <td class="dim earlier"><div class="clip">\(e(attemptsSummary(line)))</div></td>
                <td class="boxes">\(boxes)</td>
                <td class="time"></td>
                <td class="time"></td>
                <td class="note"></td>
                </tr>

                """
        }
        let legend = outcomes.map { "<span class=\"box\">\(e(String($0.key)))</span> \(e($0.label))" }.joined(separator: " &#160; ")
        let script = scriptLines.prefix(Self.scriptOpeningLines).map(e).joined(separator: "<br/>")
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="dues-sheet" content="\(e(reference.text))"/>
            <title>\(e(title))</title>
            <style>
            @page { size: A4 portrait; margin: \(Self.pageMarginMM)mm; }
            @page { @bottom-right { content: counter(page) " / " counter(pages); } }
            html, body { margin: 0; }
            body { font: 8pt/1.2 system-ui, sans-serif; color: #111; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            h1 { font-size: 12pt; margin: 0 0 1mm; }
            p.meta, p.ref { margin: 0 0 1.5mm; color: #444; }
            p.legend { margin: 0 0 1.5mm; }
            div.script { margin: 0 0 2mm; padding: 1.5mm 2mm; border: 0.3mm solid #999; max-height: 24mm; overflow: hidden; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            thead { display: table-header-group; }
            th, td { border: 0.25mm solid #777; padding: 0.6mm 1mm; vertical-align: top; text-align: left; overflow: hidden; }
            th { background: #eee; font-size: 7.5pt; }
            tbody tr { height: \(Self.rowHeightMM)mm; page-break-inside: avoid; break-inside: avoid; }
            .clip { max-height: \(Self.rowHeightMM - 2)mm; overflow: hidden; }
            .n { width: 5mm; color: #666; }
            .who { width: 40mm; }
            .phone { width: 36mm; white-space: nowrap; font-weight: 600; }
            .phone a { color: inherit; text-decoration: none; }
            .phone svg { float: right; width: \(Self.codeMM)mm; height: \(Self.codeMM)mm; }
            .earlier { width: 22mm; }
            .dim { color: #555; font-size: 7pt; }
            .box { display: inline-block; min-width: 3.6mm; border: 0.25mm solid #333; margin: 0 0.5mm 0.5mm 0; text-align: center; font-size: 7pt; line-height: 1.15; }
            .boxes { width: 30mm; }
            .time { width: 17mm; }
            .note { width: auto; }
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>
            <p class="meta">\(e(text("Skrevet ut", "Printed"))) \(e(printedText)) · \(lines.count) \(e(text("medlemmer", "members")))</p>
            <p class="legend">\(legend)</p>
            <div class="script">\(script)</div>
            <table>
            <thead><tr><th class="n"></th><th class="who">\(e(text("Medlem", "Member")))</th><th class="phone">\(e(text("Telefon", "Phone")))</th><th class="earlier">\(e(text("Tidligere forsøk", "Earlier attempts")))</th><th class="boxes">\(e(text("Utfall", "Outcome")))</th><th class="time">\(e(text("Tidspunkt", "Date/time")))</th><th class="time">\(e(text("Ring tilbake", "Call back")))</th><th class="note">\(e(text("Notat", "Note")))</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            <p class="ref">\(e(referenceText))</p>
            </body>
            </html>

            """
    }

    /// The phone cell: the number as a `tel:` link and a small QR code of the same URI a phone camera dials from;
    /// just the escaped text (or a dash) when the number is not valid.
    func phoneCell(_ phone: PhoneNumber?) -> String {
        guard let phone else { return "—" }
        let shown = HTMLText.escape(phone.display)
        guard let uri = phone.telURI, let code = QRMatrix(encoding: uri) else { return shown }
        return QRImage.svg(code) + "<a href=\"\(HTMLText.escape(uri))\">\(shown)</a>"
    }

    /// The side of a member's QR code on paper, in millimetres: 0.3 mm a module for the usual 33 modules.
    static let codeMM = 10.0
    /// How many lines of the script page 1 shows.
    static let scriptOpeningLines = 4
    /// The page margin on every side, in millimetres.
    static let pageMarginMM = 10.0
    /// The height of one member's row, in millimetres: A4's 297 mm less the margins and the header row leaves room
    /// for more than 20 rows per page.
    static let rowHeightMM = 11.0
}
