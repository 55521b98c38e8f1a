import ArgumentParser
import Foundation
import Storage

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: Text.ofCommandLine(
            "Lag databasen, eller oppgrader den til skjemaet i denne versjonen.",
            "Create the database, or upgrade it to this version's schema."),
        discussion: Text.ofCommandLine(
            """
            I en terminal spør den etter organisasjonens navn og e-postadressen til medlemskontoret når de ikke er \
            satt; ellers oppgis de med --organisation og --office-email (eller senere med `dues settings set`).
            """,
            """
            At a terminal it asks for the organisation's name and the membership office's email when they are not \
            set; elsewhere give them with --organisation and --office-email (or later with `dues settings set`).
            """))

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp("Organisasjonens navn, som manusene sier.", "The organisation's name, which the scripts say."))
    var organisation: String?

    @Option(help: ArgumentHelp(
        "E-postadressen til medlemskontoret, dit medlemmer skriver for å melde seg ut.",
        "The membership office's email, where members write to resign."))
    var officeEmail: String?

    func run() throws {
        let text = Text(options.language)
        // Checked before the file is made, so a typing error leaves nothing behind.
        let given = try [(OrganisationSetting.organisation, organisation), (.officeEmail, officeEmail)].compactMap { setting, value in
            try value.map { (setting, try setting.normalized($0, text: text)) }
        }
        let (store, applied) = try Store.create(at: options.path)
        options.warnIfExposed()
        if applied.isEmpty {
            print(text("\(store.path) er oppdatert.", "\(store.path) is up to date."))
        } else {
            print(text(
                "\(store.path): \(applied.count) skjemaendring(er) lagt inn (\(applied.map(\.fileName).joined(separator: ", "))).",
                "\(store.path): applied \(applied.count) migration(s) (\(applied.map(\.fileName).joined(separator: ", ")))."))
        }
        for (setting, value) in given { try store.setSetting(setting.key, to: value) }
        let settings = try store.settings()
        let missing = OrganisationSetting.essential.filter { settings[$0.key] == nil }
        if isatty(STDIN_FILENO) == 1 {
            for setting in missing { try ask(setting, store: store, text: text) }
        }
        for line in try SettingsWarnings.lines(store, text: text) { print(line) }
    }

    /// Asks at the terminal until the answer is valid; an empty answer leaves the setting for later.
    private func ask(_ setting: OrganisationSetting, store: Store, text: Text) throws {
        while true {
            let prompt = text("\(setting.meaning(text).capitalizedFirst) (Enter for senere): ", "\(setting.meaning(text).capitalizedFirst) (Enter for later): ")
            FileHandle.standardError.write(Data(prompt.utf8))
            guard let line = readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            do {
                try store.setSetting(setting.key, to: try setting.normalized(line, text: text))
                return
            } catch let error as CLIError {
                FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            }
        }
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
