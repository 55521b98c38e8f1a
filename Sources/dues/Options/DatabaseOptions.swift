import ArgumentParser
import Foundation
import Model
import Storage

/// The options every command that uses the database takes.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Text.ofCommandLine(
        "Databasefila (standard: $DUES_DB, ellers ./dues.sqlite).", "The database file (default: $DUES_DB, else ./dues.sqlite).")))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(Text.ofCommandLine(
        "Språket i grensesnittet: nb eller en (standard: fra $LANG).", "Interface language: nb or en (default: from $LANG).")))
    var lang: Language?

    func validate() throws {
        if db?.isEmpty == true { throw ValidationError("--db trenger et filnavn", "--db needs a file name") }
        _ = try SystemClock.start(from: Environment.value("DUES_NOW"))
    }

    /// The database path after defaults.
    var path: String {
        db ?? Environment.value("DUES_DB").flatMap { $0.isEmpty ? nil : $0 } ?? "dues.sqlite"
    }

    /// The interface language after defaults.
    var language: Language {
        lang ?? Language.from(variable: Environment.value)
    }

    /// Opens the existing, up-to-date database.
    func open() throws -> Store {
        let store = try Store.open(at: path)
        warnIfExposed()
        return store
    }

    /// Warns on standard error when others than the owner can read the database or its companion files.
    func warnIfExposed() {
        let exposed = Store.exposedFiles(of: path)
        guard !exposed.isEmpty else { return }
        let text = Text(language)
        let files = exposed.map { "\($0.path) (\(String($0.mode, radix: 8)))" }.joined(separator: ", ")
        StandardOutput.writeError(text(
            "Advarsel: andre enn deg kan lese medlemsdata i \(files); `dues doctor --fix-permissions` gjør filene private (0600).\n",
            "Warning: others than you can read member data in \(files); `dues doctor --fix-permissions` makes the files private (0600).\n"))
    }
}

extension Language: ChoiceArgument {}
