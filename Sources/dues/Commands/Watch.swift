import ArgumentParser
import Foundation
import Reports
import Storage
import Terminal

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: Text.ofCommandLine(
            "Følg ringebanken direkte: ringerne, lokallagene og de siste utfallene, oppdatert hvert annet sekund.",
            "Watch the phone bank live: the callers, the branches and the latest outcomes, refreshed every two seconds."),
        discussion: Text.ofCommandLine(
            "Bare lesing. q avslutter. Uten terminal, eller med --once, skrives ett bilde.",
            "Read-only. q quits. Without a terminal, or with --once, one frame is printed."))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp(
        "Kampanjen (standard: den eneste åpne).", "The campaign (default: the only open one).")) var campaign: String?
    @Flag(help: ArgumentHelp("Skriv ett bilde og avslutt.", "Print one frame and quit.")) var once = false

    func run() throws {
        let store = try options.open()
        let campaign = try campaign.map { try store.campaign(named: $0) } ?? store.defaultCampaign()
        let zone = try LocalTime(store).zone
        func frame(width: Int) throws -> [String] {
            let board = try store.phoneBankBoard(campaign: campaign)
            return PhoneBankView(board: board, language: options.language, zone: zone, now: store.now()).lines(width: width)
        }
        let environment = ProcessInfo.processInfo.environment
        guard !once, TerminalModes.isTerminal(), TerminalModes.fullScreenSupported(environment: environment) else {
            return try StandardOutput.line(frame(width: 80).joined(separator: "\n"))
        }
        let status = try LiveScreen().run(interval: 2) { columns, _ in try frame(width: columns) }
        if status != 0 { Foundation.exit(status) }
    }
}
