import ArgumentParser
import Foundation
import Reports
import Spreadsheet
import Storage

struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: Text.ofCommandLine(
            "Skriv ut eller eksporter en ringers ringeark, med en avkrysningsboks per utfall (de samme tastene som ringeskjermen).",
            "Print or export a caller's call sheet, with a tick box per outcome (the same keys as the call screen)."),
        discussion: Text.ofCommandLine(
            "Filene kan bare leses av deg (modus 0600) og skrives aldri over. CSV og xlsx nøytraliserer formler.",
            "Files are created readable by you only (mode 0600) and never overwritten. CSV and xlsx neutralise formulas."))

    enum Format: String, ChoiceArgument {
        case text, html, csv, xlsx
    }

    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The campaign.") var campaign: String
    @Option(help: "The caller whose list to print.") var caller: String
    @Option(help: "text, html, csv or xlsx.") var format: Format = .text
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func validate() throws {
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx trenger -o FIL", "--format xlsx needs -o FILE") }
        try OutputFile.check(output)
    }

    func run() throws {
        let store = try options.open()
        let data = try store.sheet(campaign: campaign, caller: caller)
        let sheet = CallSheet(
            campaign: data.campaign, caller: data.caller, lines: data.lines, language: options.language, printedAt: store.now())
        switch (format, output) {
        case (.csv, let path?): try sheet.writeCSV(to: URL(fileURLWithPath: path))
        case (.xlsx, let path?): try sheet.writeXLSX(to: URL(fileURLWithPath: path))
        case (.csv, nil): try StandardOutput.write(sheet.csvBytes())
        case (.text, let path): try OutputFile.write(sheet.renderText(), to: path)
        case (.html, let path): try OutputFile.write(sheet.renderHTML(), to: path)
        case (.xlsx, nil): throw ValidationError("--format xlsx trenger -o FIL", "--format xlsx needs -o FILE")
        }
        if let output {
            try StandardOutput.line(Text(options.language)("Skrev \(data.lines.count) medlemmer til \(output).", "Wrote \(data.lines.count) members to \(output)."))
        }
    }
}
