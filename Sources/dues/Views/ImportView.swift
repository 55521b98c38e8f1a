import Register
import Spreadsheet
import Storage
import TextCells

/// The terminal rendering of an import's summary: what changed, and what it means for the people calling.
struct ImportView {
    let result: RegisterImportResult
    let file: String
    let text: Text

    func render() -> String {
        let summary = result.summary
        var lines = Self.wrap(headline)
        var counts = TextTable(columns: [.init(""), .init("", alignment: .right)], showsHeader: false)
        counts.append([text("Nye medlemmer", "New members"), String(summary.new)])
        counts.append([text("Endret", "Updated"), String(summary.updated)])
        counts.append([text("Uendret", "Unchanged"), String(summary.unchanged)])
        if let year = summary.year {
            counts.append([text("Nylig betalt \(year)", "Newly paid \(year)"), String(summary.newlyPaid)])
            if summary.newlyUnpaid > 0 {
                counts.append([text("Ikke lenger betalt \(year)", "No longer paid \(year)"), String(summary.newlyUnpaid)])
            }
        }
        if summary.mode == .register {
            counts.append([text("Gått ut av registeret", "Left the register"), String(summary.leftRegister)])
        }
        if summary.returned > 0 {
            counts.append([text("Tilbake i registeret", "Back in the register"), String(summary.returned)])
        }
        counts.append([text("Advarsler", "Warnings"), String(result.warnings.count)])
        lines += counts.renderLines().map { "  " + $0 }
        lines += Self.wrap(text(
            "Ringelister: \(summary.paidMembersOffLists) som nå har betalt er tatt av åpne lister, \(summary.leftRegisterEntriesClosed) oppføringer lukket for medlemmer som har gått ut.",
            "Call lists: \(summary.paidMembersOffLists) now-paid members taken off open lists, \(summary.leftRegisterEntriesClosed) entries closed for members who left."))
        lines += Self.wrap(text(
            "Sa på telefonen at de ville betale, og har nå betalt: \(summary.promisedAndPaid).",
            "Said on the phone they would pay, and have now paid: \(summary.promisedAndPaid)."))
        if !summary.promisedAndPaidMembers.isEmpty {
            var promised = TextTable(columns: [.init(""), .init("", shrinkPriority: 1)], showsHeader: false)
            for member in summary.promisedAndPaidMembers { promised.append([member.memberNumber, member.name]) }
            lines += promised.renderLines(maxWidth: 76).map { "  " + $0 }
            let more = summary.promisedAndPaid - summary.promisedAndPaidMembers.count
            if more > 0 { lines.append(text("  … og \(more) til", "  … and \(more) more")) }
        }
        if result.warnings.count > 0 {
            lines.append(text("Advarsler:", "Warnings:"))
            for message in result.warnings.messages { lines += Self.wrap(message(text.language), indent: "  ") }
            let more = result.warnings.count - result.warnings.messages.count
            if more > 0 { lines.append(text("  … og \(more) til", "  … and \(more) more")) }
        }
        if summary.dryRun {
            lines.append(text("Prøvekjøring: ingenting er lagret.", "Dry run: nothing was written."))
        }
        return lines.joined(separator: "\n")
    }

    /// Sanitised and wrapped to 80 columns, continuation lines indented two more spaces.
    private static func wrap(_ line: String, indent: String = "") -> [String] {
        CellWidth.wrap(TerminalText.sanitizeLine(line), width: 78 - indent.count).enumerated().map { index, part in
            (index == 0 ? indent : indent + "  ") + part
        }
    }

    private var headline: String {
        let summary = result.summary
        let format: String
        switch result.format {
        case .csv(let delimiter, let encoding):
            let shown = delimiter == "\t" ? "tab" : String(delimiter)
            format = "CSV, \(shown), \(encoding.rawValue)"
        case .xlsx(let sheet):
            format = text("arket \"\(sheet)\"", "sheet \"\(sheet)\"")
        }
        let rows = summary.rows
        let what: String
        switch (summary.mode, summary.year) {
        case (.register, let year?): what = text("hele registeret, betaling for \(year)", "the whole register, payments for \(year)")
        case (.register, nil): what = text("hele registeret", "the whole register")
        case (.unpaidList, let year): what = text("liste over ubetalt \(year ?? 0)", "list of unpaid for \(year ?? 0)")
        }
        let verb = summary.dryRun ? text("Ville ha importert", "Would import") : text("Importerte", "Imported")
        return text(
            "\(verb) \(rows) medlem(mer) fra \(file) (\(format)) som \(what).",
            "\(verb) \(rows) member(s) from \(file) (\(format)) as \(what).")
    }
}
