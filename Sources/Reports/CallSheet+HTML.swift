import Foundation

extension CallSheet {
    /// The sheet as one self-contained HTML page that prints cleanly on A4: no scripts, no external files,
    /// every name escaped.
    public func renderHTML() -> String {
        let e = HTMLText.escape
        let formatter = DateFormatter()
        formatter.timeZone = campaign.rules.timeZone
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        var rows = ""
        for (index, line) in lines.enumerated() {
            let member = line.member
            let boxes = outcomes.map { "<span class=\"box\">\(e(String($0.key)))</span>" }.joined()
            rows += """
                <tr>
                <td class="n">\(index + 1)</td>
                <td><strong>\(e(member.fullName))</strong><br/><span class="dim">\(e(member.record.branch ?? "")) · \(text("nr.", "no.")) \(e(member.memberNumber))</span></td>
                <td class="phone">\(e(member.record.phone?.display ?? "—"))</td>
                <td class="dim">\(e(attemptsSummary(line)))</td>
                <td class="boxes">\(boxes)</td>
                <td class="note"></td>
                </tr>

                """
        }
        let legend = outcomes.map { "<span class=\"box\">\(e(String($0.key)))</span> \(e($0.label))" }.joined(separator: " &#160; ")
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <title>\(e(title))</title>
            <style>
            @page { size: A4; margin: 14mm; }
            body { font: 10pt/1.35 system-ui, sans-serif; color: #111; }
            h1 { font-size: 14pt; margin: 0 0 2mm; }
            p.meta { margin: 0 0 3mm; color: #444; }
            p.legend { margin: 0 0 4mm; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border-bottom: 0.3mm solid #999; padding: 1.5mm 1mm; vertical-align: top; text-align: left; }
            tr { page-break-inside: avoid; }
            .n { width: 6mm; color: #666; }
            .phone { white-space: nowrap; font-weight: 600; }
            .dim { color: #555; font-size: 8.5pt; }
            .box { display: inline-block; min-width: 4.2mm; border: 0.3mm solid #333; margin: 0 0.6mm 0.6mm 0; text-align: center; font-size: 8pt; }
            .boxes { width: 46mm; }
            .note { width: 40mm; }
            </style>
            </head>
            <body>
            <h1>\(e(title))</h1>
            <p class="meta">\(e(text("Skrevet ut", "Printed"))) \(e(formatter.string(from: printedAt))) · \(lines.count) \(e(text("medlemmer", "members")))</p>
            <p class="legend">\(legend)</p>
            <table>
            <thead><tr><th></th><th>\(e(text("Medlem", "Member")))</th><th>\(e(text("Telefon", "Phone")))</th><th>\(e(text("Tidligere forsøk", "Earlier attempts")))</th><th>\(e(text("Utfall", "Outcome")))</th><th>\(e(text("Notat", "Note")))</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }
}
