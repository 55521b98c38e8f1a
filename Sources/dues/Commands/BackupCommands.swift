import ArgumentParser
import Model
import Storage

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Text.ofCommandLine(
            "Skriv en konsistent kopi av databasen til en ny fil (modus 0600), også mens andre ringer.",
            "Write a consistent copy of the database to a new file (mode 0600), even while others are calling."))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Den nye sikkerhetskopifila; en fil som finnes, skrives aldri over.", "The new backup file; an existing file is never overwritten.")) var file: String

    func validate() throws {
        try OutputFile.check(file, Wording("sikkerhetskopien", "the backup"))
    }

    func run() throws {
        try options.open().backup(to: file)
        print(Text(options.language)("Sikkerhetskopi skrevet til \(file).", "Backup written to \(file)."))
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: Text.ofCommandLine(
            "Erstatt databasen med en sjekket sikkerhetskopi; den erstattede databasen beholdes som DB.before-restore.",
            "Replace the database with a checked backup; the replaced database is kept as DB.before-restore."),
        discussion: Text.ofCommandLine(
            """
            Sikkerhetskopien sjekkes (integrity_check, fremmednøkler, en dues-database denne versjonen forstår, med \
            tabeller, indekser, triggere og visninger nøyaktig slik dues' migreringer lager dem) på en privat kopi, så \
            selve kopifila endres aldri. Andre dues-programmer som arbeider mot databasen, ser de gjenopprettede \
            dataene ved neste steg.
            """,
            """
            The backup is checked (integrity_check, foreign keys, a dues database this version understands, with \
            tables, indexes, triggers and views exactly as dues' migrations make them) on a private copy, so the \
            backup file itself is never changed. Other dues programs working on the database \
            see the restored data at their next step.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Sikkerhetskopifila.", "The backup file.")) var file: String
    @Flag(help: ArgumentHelp("Tillat en sikkerhetskopi av en annen database (en annen database_id).", "Allow a backup of a different database (another database_id).")) var otherDatabase = false

    func run() throws {
        let result = try Store.restore(from: file, into: options.path, allowOtherDatabase: otherDatabase)
        let text = Text(options.language)
        print(text(
            "Gjenopprettet \(options.path) fra \(file): \(result.members) medlemmer.",
            "Restored \(options.path) from \(file): \(result.members) members."))
        if let copy = result.beforeRestore {
            print(text("Databasen slik den var, er lagret som \(copy).", "The database as it was is kept as \(copy)."))
        }
        if result.migrationsApplied > 0 {
            print(text("Sikkerhetskopien ble oppgradert (\(result.migrationsApplied) endringer).", "The backup was upgraded (\(result.migrationsApplied) migrations)."))
        }
    }
}
