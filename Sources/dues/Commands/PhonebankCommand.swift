import ArgumentParser
import Foundation
import Spreadsheet
import Storage

struct PhonebankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phonebank",
        abstract: Text.ofCommandLine(
            "Ringebank over SSH: skriv og sjekk nøkkelfila til ringebankkontoen.",
            "Phone bank over SSH: write and check the keys file of the phone bank account."),
        discussion: Text.ofCommandLine(
            "Se avsnittet om ringebank i README for oppsettet fra bunnen av.",
            "See the phone bank section of the README for the setup from zero."),
        subcommands: [AuthorizedKeysCommand.self, Check.self])

    struct AuthorizedKeysCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "authorized-keys", abstract: Text.ofCommandLine(
            "Skriv authorized_keys: én linje per aktiv nøkkel, låst til ringeskjermen til ringeren.",
            "Print authorized_keys: one line per active key, locked to the caller's call screen."))
        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp(
            "Den absolutte stien til dues som sshd skal kjøre (standard: denne).",
            "The absolute path of the dues that sshd runs (default: this one).")) var binary: String?
        @Option(name: .short, help: ArgumentHelp("Skriv til denne fila (0600).", "Write to this file (0600).")) var output: String?
        @Flag(help: ArgumentHelp("Erstatt fila hvis den finnes.", "Replace the file if it exists.")) var force = false

        func run() throws {
            if !force { try OutputFile.check(output) }
            let text = try AuthorizedKeys(binary: binary, database: options.path).text(for: options.open().callerKeys())
            guard let output else { return try StandardOutput.write(Array(text.utf8)) }
            try SecureFile.write(Array(text.utf8), to: URL(fileURLWithPath: output), existing: force ? .replace : .refuse)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: Text.ofCommandLine(
            "Si om den installerte nøkkelfila er utdatert (avslutter med 1 da).",
            "Say whether the installed keys file is stale (exits with 1 if so)."))
        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp(
            "Den absolutte stien til dues som sshd skal kjøre (standard: denne).",
            "The absolute path of the dues that sshd runs (default: this one).")) var binary: String?
        @Argument(help: ArgumentHelp(
            "Den installerte fila (standard: ~/.ssh/authorized_keys).",
            "The installed file (default: ~/.ssh/authorized_keys).")) var file: String?

        func run() throws {
            let path = file ?? (NSHomeDirectory() as NSString).appendingPathComponent(".ssh/authorized_keys")
            let expected = try AuthorizedKeys(binary: binary, database: options.path).text(for: options.open().callerKeys())
            let text = Text(options.language)
            let installed = FileManager.default.contents(atPath: path)
            if installed == Data(expected.utf8) {
                return try StandardOutput.line(text("\(path) er à jour.", "\(path) is up to date."))
            }
            try StandardOutput.line(installed == nil
                ? text("\(path) finnes ikke; skriv den med `dues phonebank authorized-keys -o \(path)`.",
                       "\(path) does not exist; write it with `dues phonebank authorized-keys -o \(path)`.")
                : text("\(path) er utdatert; skriv den på nytt med `dues phonebank authorized-keys -o \(path) --force`.",
                       "\(path) is stale; write it again with `dues phonebank authorized-keys -o \(path) --force`."))
            try StandardOutput.finish()
            Foundation.exit(1)
        }
    }
}
