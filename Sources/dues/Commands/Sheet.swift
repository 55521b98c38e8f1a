import ArgumentParser
import Foundation
import Reports
import Spreadsheet
import Storage

struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: Text.ofCommandLine(
            "Skriv ut en ringers ringeark, eller les inn et utfylt (`dues sheet import`).",
            "Print a caller's call sheet, or take a filled-in one back (`dues sheet import`)."),
        subcommands: [PrintSheet.self, SheetImport.self],
        defaultSubcommand: PrintSheet.self)
}

struct PrintSheet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: Text.ofCommandLine(
            "Skriv ut eller eksporter en ringers ringeark, med en avkrysningsboks per utfall (de samme tastene som ringeskjermen).",
            "Print or export a caller's call sheet, with a tick box per outcome (the same keys as the call screen)."),
        discussion: Text.ofCommandLine(
            """
            `dues sheet KAMPANJE --caller NAVN` er kort for `dues sheet print …`. Alle formater har kolonner for \
            utfallstasten, tidspunktet for samtalen, når det skal ringes tilbake og et notat, og har en referanse til \
            databasen, kampanjen og ringeren, så en utfylt CSV- eller xlsx-kopi kan leses inn igjen med \
            `dues sheet import FIL`. xlsx skrives ut på liggende A4, én side bred, med overskriftsraden på hver side og \
            manuset på et eget ark. Filene kan bare leses av deg (modus 0600) og skrives aldri over. CSV og xlsx \
            nøytraliserer formler.
            """,
            """
            `dues sheet CAMPAIGN --caller NAME` is short for `dues sheet print …`. Every format has columns for the \
            outcome key, the time of the call, a callback time and a note, and carries a reference to the database, \
            campaign and caller, so a filled-in CSV or xlsx copy goes back in with `dues sheet import FILE`. The xlsx \
            prints on A4 landscape, one page wide, with the header row on every page and the script on a second sheet. \
            Files are created readable by you only (mode 0600) and never overwritten. CSV and xlsx neutralise formulas.
            """))

    enum Format: String, ChoiceArgument {
        case text, html, csv, xlsx
    }

    enum Order: String, ChoiceArgument {
        case name, branch, phone

        var sheetOrder: SheetOrder {
            switch self {
            case .name: .name
            case .branch: .branch
            case .phone: .phone
            }
        }
    }

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String
    @Option(help: ArgumentHelp("Ringeren som lista skal skrives ut for.", "The caller whose list to print.")) var caller: String
    @Option(help: ArgumentHelp("text, html, csv eller xlsx.", "text, html, csv or xlsx.")) var format: Format = .text
    @Option(help: ArgumentHelp("Sorter medlemmene etter navn (etternavn), lokallag eller telefon.", "Order the members by name (surname), branch or phone.")) var sort: Order = .name
    @Option(name: .shortAndLong, help: ArgumentHelp("Skriv til denne fila i stedet for standard utdata.", "Write to this file instead of standard output.")) var output: String?

    func validate() throws {
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx trenger -o FIL", "--format xlsx needs -o FILE") }
        try OutputFile.check(output)
    }

    func run() throws {
        let store = try options.open()
        let data = try store.sheet(campaign: campaign, caller: caller)
        let sheet = CallSheet(
            campaign: data.campaign, caller: data.caller, lines: data.lines, databaseID: data.databaseID,
            language: options.language, printedAt: store.now(), order: sort.sheetOrder,
            meeting: data.campaign.meetingText(
                language: data.campaign.language, timeZone: try store.settings().organisationTimeZone, now: store.now()))
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
