import ArgumentParser
import Foundation
import Model
import Storage
import TextCells

@main
struct Dues: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "dues",
        abstract: Text.ofCommandLine(
            "Ring medlemmer som ikke har betalt kontingenten, og ønsk nye velkommen.",
            "Call members who have not paid their dues, and welcome new ones."),
        discussion: Text.ofCommandLine(
            """
            Begynn med `dues demo` for en ferdig demodatabase, eller `dues init` og `dues import FIL` for din egen.
            Databasen er ./dues.sqlite med mindre --db eller DUES_DB sier noe annet.
            """,
            """
            Start with `dues demo` for a ready demo database, or `dues init` and `dues import FILE` for your own.
            The database is ./dues.sqlite unless --db or DUES_DB says otherwise.
            """),
        version: "dues \(version) (schema \(Schema.migrations.last?.version ?? 0))",
        subcommands: [
            Init.self, Demo.self, Status.self, SettingsCommand.self, Doctor.self, Import.self, Paid.self, Members.self,
            CampaignCommand.self, CallerCommand.self, Split.self, Reassign.self, Release.self, Log.self, Sheet.self, Call.self,
            Report.self, FollowUps.self, Goals.self, Purge.self, Backup.self, Restore.self, PackCommand.self, PhonebankCommand.self,
            Watch.self,
        ])

    /// Parses the arguments (usage errors come with the usage), then runs the command; what goes wrong while it runs
    /// is one line on standard error and exit status 1. Output that could not be written is such an error, except a
    /// reader that closed the pipe, which ends the run quietly (see `StandardOutput`).
    static func main() {
        umask(0o077)
        setlocale(LC_ALL, "")
        StandardOutput.ignoreBrokenPipeSignal()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            fail(error)
        }
        do {
            try command.run()
            try StandardOutput.finish()
        } catch let failure as StandardOutput.Failure {
            if failure.isBrokenPipe { Foundation.exit(StandardOutput.brokenPipeStatus) }
            let text = Text(Language.ofCommandLine)
            let reason = String(cString: strerror(failure.code))
            fail(CLIError(description: text(
                "kunne ikke skrive utdata (\(reason)); utdataene er ufullstendige", "could not write the output (\(reason)); it is incomplete")))
        } catch let error as ValidationError {
            fail(CLIError(description: error.message))
        } catch {
            fail(CLIError.wrap(error))
        }
    }

    /// Ends the program for `error`: help and version as ArgumentParser prints them, anything else as one line on
    /// standard error (a usage error names the help to read instead of printing the usage).
    static func fail(_ error: Error) -> Never {
        let code = exitCode(for: error)
        let language = Language.ofCommandLine
        guard code != .success else {
            // Help or the version, on standard output, with ArgumentParser's own words in the user's language.
            let output = HelpWords.translated(fullMessage(for: error), to: language)
            do {
                if !output.isEmpty { try StandardOutput.line(output) }
                try StandardOutput.finish()
            } catch let failure as StandardOutput.Failure {
                Foundation.exit(failure.isBrokenPipe ? StandardOutput.brokenPipeStatus : 1)
            } catch {
                Foundation.exit(1)
            }
            Foundation.exit(0)
        }
        let message = UsageMessage.bilingual(in: error)?.message(language) ?? UsageMessage.translated(
            message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "", to: language)
        var line = TerminalText.sanitizeLine(message)
        if code == .validationFailure {
            line += Text(language)(" (se `\(helpCommand()) --help`)", " (see `\(helpCommand()) --help`)")
        }
        if !line.isEmpty {
            StandardOutput.writeError(Text(language)("Feil: ", "Error: ") + line + "\n")
        }
        Foundation.exit(code.rawValue)
    }

    /// `dues` and the subcommands named on the command line, e.g. `dues campaign create`.
    static func helpCommand() -> String {
        var names = ["dues"]
        var command: ParsableCommand.Type = Dues.self
        for argument in CommandLine.arguments.dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            names.append(argument)
            command = next
        }
        return names.joined(separator: " ")
    }
}
