import ArgumentParser
import Storage
import TextCells

struct CallerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caller",
        abstract: Text.ofCommandLine(
            "Legg til, list og fjern de frivillige som ringer.",
            "Add, list and remove the volunteers who call."),
        subcommands: [Add.self, List.self, Remove.self, KeyCommand.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Text.ofCommandLine(
            "Legg til en ringer.",
            "Add a caller."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Ringerens navn.", "The caller's name.")) var name: String
        @Option(help: ArgumentHelp("Ringerens telefonnummer.", "The caller's phone number.")) var phone: String?
        @Option(help: ArgumentHelp(
            "Ringerens lokallag (brukes av split --by branch).",
            "The caller's branch (used by split --by branch).")) var branch: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Hvor mange medlemmer ringeren kan ta (brukes av split --by capacity).",
            "How many members the caller can take (used by split --by capacity)."))
        var capacity = 30

        func run() throws {
            let caller = try options.open().addCaller(CallerDraft(name: name, phone: phone, branch: branch, capacity: capacity))
            try StandardOutput.line(Text(options.language)(
                "Ringer lagt til: \(TerminalText.sanitizeLine(caller.name)).", "Caller added: \(TerminalText.sanitizeLine(caller.name))."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Text.ofCommandLine(
            "List de aktive ringerne.",
            "List the active callers."))
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            let text = Text(options.language)
            var table = TextTable(columns: [
                .init(text("Navn", "Name"), shrinkPriority: 1), .init(text("Telefon", "Phone")),
                .init(text("Lokallag", "Branch"), shrinkPriority: 2), .init(text("Kapasitet", "Capacity"), alignment: .right),
            ])
            for caller in try options.open().callers() {
                table.append([caller.name, caller.phone ?? "", caller.branch ?? "", String(caller.capacity)])
            }
            try StandardOutput.line(table.render())
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: Text.ofCommandLine(
                "Fjern en ringer; de åpne oppføringene går tilbake til pottene. Samtalene blir stående i historikken.",
                "Remove a caller; their open entries go back to the pools. Their calls stay in the history."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Ringerens navn.", "The caller's name.")) var name: String

        func run() throws {
            let released = try options.open().removeCaller(named: name)
            let name = TerminalText.sanitizeLine(name)
            try StandardOutput.line(Text(options.language)(
                "\(name) er fjernet; \(released) medlemmer er tilbake i felles pott. SSH-nøklene er slått av fra neste `dues phonebank authorized-keys`.",
                "\(name) is removed; \(released) members are back in the pool. Their SSH keys are off from the next `dues phonebank authorized-keys`."))
        }
    }
}
