import ArgumentParser
import Foundation
import Storage
import TextCells

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: Text.ofCommandLine(
            "En kort oversikt: medlemmer, medlemmer per lokallag, ubetalt per år, kampanjer.",
            "A short summary: members, members per branch, unpaid per year, campaigns."))

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("table eller json.", "table or json."))
    var format: OutputFormat = .table

    func run() throws {
        let store = try options.open()
        let summary = try store.statusSummary()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try StandardOutput.line(String(decoding: try encoder.encode(summary), as: UTF8.self))
        case .table:
            let text = Text(options.language)
            let warnings = try SettingsWarnings.lines(store, text: text).flatMap { CellWidth.wrap($0, width: 80) }
            try StandardOutput.line((warnings + [StatusView(summary: summary, text: text).render()]).joined(separator: "\n"))
        }
    }
}

/// The output formats of summary commands.
enum OutputFormat: String, ChoiceArgument {
    case table, json
}
