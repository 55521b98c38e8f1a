import ArgumentParser
import Foundation
import Reports
import Storage

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Text.ofCommandLine(
            "Hva en kampanje oppnådde: samtaler, hvem som ble nådd, utfall, og hvem som har betalt siden lista ble laget.",
            "What a campaign achieved: calls, reached, outcomes, and who has paid since the list was cut."),
        discussion: Text.ofCommandLine(
            """
            Uten KAMPANJE: den eneste åpne kampanjen, ellers den nyeste. --by deler tallene opp etter ringer, \
            lokallag, dag (lokal tid) eller utfall. --caller teller bare ringerens egne samtaler og medlemmene ringeren \
            har ringt eller holder, i hver oppdeling. --format html skriver én selvstendig side med diagrammer som \
            kan skrives ut på A4.
            """,
            """
            Without CAMPAIGN: the only open campaign, else the newest. --by breaks the numbers down by caller, \
            branch, day (local time) or outcome. --caller counts only that caller's own calls and the members they \
            called or hold, in every breakdown. --format html writes one self-contained page with charts that \
            prints on A4.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String?
    @Option(help: ArgumentHelp("caller, branch, day eller outcome.", "caller, branch, day or outcome.")) var by: ReportDimension?
    @Option(help: ArgumentHelp("table, csv, json eller html.", "table, csv, json or html.")) var format: ReportFormat = .table
    @Option(help: ArgumentHelp(
        "Tell bare denne ringerens egne samtaler og medlemmer.",
        "Count only this caller's own calls and members.")) var caller: String?
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Skriv til denne nye fila (modus 0600) i stedet for standard utdata.",
        "Write to this new file (mode 0600) instead of standard output.")) var output: String?

    func validate() throws {
        try OutputFile.check(output)
    }

    func run() throws {
        let store = try options.open()
        let report = try store.campaignReport(campaign: campaign, caller: caller)
        let view = CampaignReportView(report: report, language: options.language)
        switch format {
        case .table: try OutputFile.write(view.table(by: by), to: output)
        case .csv: try OutputFile.write(view.csv(by: by), to: output)
        case .json: try OutputFile.write(Array(try view.json()) + [0x0A], to: output)
        case .html: try OutputFile.write(view.html(generatedAt: store.now(), timeZone: try LocalTime(store).zone), to: output)
        }
        if let output {
            try StandardOutput.line(Text(options.language)("Rapporten er skrevet til \(output).", "The report is written to \(output)."))
        }
    }
}

/// The output formats of `dues report`.
enum ReportFormat: String, ChoiceArgument {
    case table, csv, json, html
}

extension ReportDimension: ChoiceArgument {}
