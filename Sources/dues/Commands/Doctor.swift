import ArgumentParser
import Foundation
import Storage
import TextCells

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: Text.ofCommandLine(
            "Sjekk databasen: integritet, fremmednøkler, WAL-modus, filtilganger, skjema.",
            "Check the database: integrity, foreign keys, WAL mode, file permissions, schema."),
        discussion: Text.ofCommandLine(
            """
            Åpner databasen bare for lesing og endrer ingenting (ikke engang journalmodusen). Avslutter med en annen \
            status enn 0 når en sjekk feiler. Eneste unntak er --fix-permissions, som først gjør databasen, fila -wal \
            og -shm og kopien fra før en gjenoppretting lesbare bare for eieren (0600).
            """,
            """
            Opens the database read-only and changes nothing (not even its journal mode). Exits non-zero when any \
            check fails. The one exception is --fix-permissions, which first makes the database, its -wal and -shm \
            files and the copy kept before a restore readable by their owner only (0600).
            """))

    @OptionGroup var options: DatabaseOptions
    @Flag(help: ArgumentHelp("Gjør først databasen og filene ved siden av den private (modus 0600).", "First make the database and the files beside it private (mode 0600).")) var fixPermissions = false

    func run() throws {
        let text = Text(options.language)
        if fixPermissions {
            for file in try Store.fixPermissions(of: options.path) {
                print(text("\(file) er nå privat (0600).", "\(file) is now private (0600)."))
            }
        }
        let checks = Store.diagnose(path: options.path)
        for check in checks {
            print("\(check.ok ? "ok  " : text("FEIL", "FAIL")) \(check.name): \(TerminalText.sanitizeLine(check.detail(options.language)))")
        }
        let failures = checks.filter { !$0.ok }.count
        if failures == 0, let (settings, years) = try? Store.organisation(readingOnly: options.path) {
            // Not problems with the file, but a real branch cannot call or purge right without them.
            for line in SettingsWarnings.lines(settings: settings, years: years, text: text) {
                print(text("NB  ", "note") + " " + line)
            }
        }
        if failures > 0 {
            print(text("\(failures) problem(er) funnet i \(options.path).", "\(failures) problem(s) found in \(options.path)."))
            throw ExitCode(1)
        }
        print(text("Alt i orden.", "All good."))
    }
}
