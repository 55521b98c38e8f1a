import ArgumentParser
import Foundation
import Storage

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "A short summary: members, members per branch, unpaid per year, campaigns.")

    @OptionGroup var options: DatabaseOptions

    @Option(help: "table or json.")
    var format: OutputFormat = .table

    func run() throws {
        let summary = try options.open().statusSummary()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        case .table:
            print(StatusView(summary: summary, text: Text(options.language)).render())
        }
    }
}

/// The output formats of summary commands.
enum OutputFormat: String, ChoiceArgument {
    case table, json
}
