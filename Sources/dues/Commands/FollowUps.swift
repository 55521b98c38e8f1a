import ArgumentParser
import Foundation
import Model
import Reports
import Storage

struct FollowUps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: Text.ofCommandLine(
            "Arbeidet samtalene etterlot til kontoret: betalingsinformasjon å sende, betalinger å sjekke med mer.",
            "The work calls left for the office: payment details to send, payments to check, and more."),
        discussion: Text.ofCommandLine(
            """
            Hvert medlem står én gang, med sin siste samtale av denne typen. --done merker medlemmenes punkter som \
            ferdige: de forlater køen og blir stående i historikken. Punkter registeret har ordnet siden (en betaling \
            registrert, et medlem borte fra registeret, et nytt nummer) forlater køen av seg selv. Uten KAMPANJE: alle \
            kampanjer. Eksporter har bare kolonnene jobben trenger.
            """,
            """
            Each member appears once, with their latest call of the kind. --done marks members' items done: they \
            leave the queue and stay in the history. Items the register has settled since (a payment recorded, a \
            member gone from the register, a new number) leave the queue by themselves. Without CAMPAIGN: every \
            campaign. Exports hold only the columns the job needs.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp(
        "Kampanjen (standard: alle kampanjer).",
        "The campaign (default: all campaigns).")) var campaign: String?
    @Option(help: ArgumentHelp(
        "payment-info, already-paid, resign-info, wrong-number eller register-update.",
        "payment-info, already-paid, resign-info, wrong-number or register-update.")) var kind: FollowUpKind
    @Option(help: ArgumentHelp("table, csv eller xlsx.", "table, csv or xlsx.")) var format: FollowUpFormat = .table
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Skriv til denne nye fila (modus 0600); trengs for xlsx.",
        "Write to this new file (mode 0600); needed for xlsx.")) var output: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Merk punktene til disse medlemmene som ferdige (medlemsnumre).",
        "Mark these members' items done (member numbers).")) var done: [String] = []
    @Flag(help: ArgumentHelp("Vis også ferdige punkter.", "Show done items too.")) var includeDone = false

    func validate() throws {
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx trenger -o FIL", "--format xlsx needs -o FILE") }
        try OutputFile.check(output)
    }

    func run() throws {
        let store = try options.open()
        let text = Text(options.language)
        if !done.isEmpty {
            let marked = try store.markFollowUpsDone(kind: kind, campaign: campaign, memberNumbers: done)
            try StandardOutput.line(text("\(marked) merket som ferdig.", "\(marked) marked done."))
            return
        }
        let items = try store.followUps(kind: kind, campaign: campaign, includeDone: includeDone)
        let sheet = FollowUpSheet(
            kind: kind, items: items, language: options.language, showsDone: includeDone, timeZone: try LocalTime(store).zone)
        switch format {
        case .table:
            try OutputFile.write(sheet.table(), to: output)
        case .csv:
            if let output { try sheet.writeCSV(to: URL(fileURLWithPath: output)) } else { try OutputFile.write(sheet.csv(), to: nil) }
        case .xlsx:
            try sheet.writeXLSX(to: URL(fileURLWithPath: output!))
        }
        if let output {
            try store.recordFollowUpExport(kind: kind, rows: items.count)
            try StandardOutput.line(text("\(items.count) saker skrevet til \(output).", "\(items.count) items written to \(output)."))
        }
    }
}

/// The output formats of `dues followups`.
enum FollowUpFormat: String, ChoiceArgument {
    case table, csv, xlsx
}

extension FollowUpKind: ChoiceArgument {}
