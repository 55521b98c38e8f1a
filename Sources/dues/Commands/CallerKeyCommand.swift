import ArgumentParser
import Storage
import TextCells

extension CallerCommand {
    struct KeyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: Text.ofCommandLine(
                "SSH-nøklene ringerne logger inn i ringebanken med.",
                "The SSH keys callers log in to the phone bank with."),
            subcommands: [Add.self, List.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: Text.ofCommandLine(
                "Gi en ringer en offentlig SSH-nøkkel (fila .pub fra ssh-keygen).",
                "Give a caller an SSH public key (the .pub file from ssh-keygen)."))
            @OptionGroup var options: DatabaseOptions
            @Argument(help: ArgumentHelp("Ringerens navn.", "The caller's name.")) var name: String
            @Argument(help: ArgumentHelp("Den offentlige nøkkelen (FIL.pub).", "The public key (FILE.pub).")) var file: String
            @Option(help: ArgumentHelp(
                "call: ringeskjermen; watch: koordinatorens direktevisning.",
                "call: the call screen; watch: the coordinator's live view.")) var role: CallerKeyRole = .call

            func run() throws {
                let key = try SSHPublicKey(parsing: InputFile.text(at: file), source: file)
                let added = try options.open().addCallerKey(callerName: name, key: key, role: role)
                let name = TerminalText.sanitizeLine(added.callerName)
                try StandardOutput.line(Text(options.language)(
                    "Nøkkel \(added.fingerprint) lagt til for \(name); skriv nøkkelfila på nytt med `dues phonebank authorized-keys`.",
                    "Key \(added.fingerprint) added for \(name); write the keys file again with `dues phonebank authorized-keys`."))
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: Text.ofCommandLine(
                "List de aktive nøklene.", "List the active keys."))
            @OptionGroup var options: DatabaseOptions

            func run() throws {
                let text = Text(options.language)
                var table = TextTable(columns: [
                    .init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Rolle", "Role")),
                    .init(text("Type", "Type")), .init(text("Fingeravtrykk", "Fingerprint")),
                    .init(text("Kommentar", "Comment"), shrinkPriority: 2),
                ])
                for key in try options.open().callerKeys() {
                    table.append([key.callerName, key.role.rawValue, key.key.type, key.fingerprint, key.key.comment ?? ""])
                }
                try StandardOutput.line(table.render(maxWidth: 200))
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: Text.ofCommandLine(
                "Slå av en ringers nøkkel (eller alle), fra neste `dues phonebank authorized-keys`.",
                "Turn off a caller's key (or all of them), from the next `dues phonebank authorized-keys`."))
            @OptionGroup var options: DatabaseOptions
            @Argument(help: ArgumentHelp("Ringerens navn.", "The caller's name.")) var name: String
            @Argument(help: ArgumentHelp(
                "Fingeravtrykket fra `key list` (standard: alle ringerens nøkler).",
                "The fingerprint from `key list` (default: all the caller's keys).")) var fingerprint: String?

            func run() throws {
                let removed = try options.open().removeCallerKeys(callerName: name, fingerprint: fingerprint)
                let name = TerminalText.sanitizeLine(name)
                try StandardOutput.line(Text(options.language)(
                    "\(removed) nøkler til \(name) er slått av; skriv nøkkelfila på nytt med `dues phonebank authorized-keys`.",
                    "\(removed) of \(name)'s keys turned off; write the keys file again with `dues phonebank authorized-keys`."))
            }
        }
    }
}

extension CallerKeyRole: ChoiceArgument {}
