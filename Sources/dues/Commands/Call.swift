import ArgumentParser
import CallSession
import Foundation
import Storage
import Terminal

struct Call: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Call members one at a time on a full-screen call screen; quit and resume where you left off.",
        discussion: """
            Plain prompts are used with --plain, when TERM is dumb or unset, and when input or output is not a
            terminal. NO_COLOR turns colours off.
            """)

    @OptionGroup var options: DatabaseOptions
    @Argument(help: "The campaign (default: the only open one, or the only one with members assigned to you).") var campaign: String?
    @Option(help: "Who is calling.") var caller: String
    @Flag(help: "Plain prompts and lines, no full screen: for screen readers, SSH from a phone and scripts.")
    var plain = false

    func run() throws {
        let store = try options.open()
        let caller = try store.caller(named: caller)
        let campaign = try campaign.map { try store.campaign(named: $0) } ?? store.defaultCampaign(for: caller)
        let session = try CallSession(store: store, campaign: campaign, caller: caller, language: options.language)
        if case .nothingToDo(let message) = try session.begin() {
            print(message)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let program = session.program(color: TerminalModes.colorAllowed(environment: environment))
        let fullScreen = !plain && TerminalModes.isTerminal() && TerminalModes.fullScreenSupported(environment: environment)
        let status = fullScreen
            ? try TerminalSession().run(program: program, executor: session.execute)
            : PlainSession().run(program: program, executor: session.execute)
        session.finish()
        if status != 0 { Foundation.exit(status) }
    }
}
