import ArgumentParser
import Storage

struct Purge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: Text.ofCommandLine(
            "Slett det loven krever: utmeldte, medlemmer over slettefristen og gamle samtalenotater.",
            "Delete what the law says must go: members who left, lapsed members past the deadline, old call notes."),
        discussion: Text.ofCommandLine(
            """
            Sletter medlemmer som har gått ut av registeret, medlemmer som fortsatt ikke har betalt seks måneder etter \
            betalingsfristen for et år (`dues settings set payment-deadline`) og som ikke har sagt ja til å bli beholdt \
            (`dues members keep`), og notater og e-postadresser fra samtaler i kampanjer avsluttet for lengre siden enn \
            innstillingen note-retention-days. Tidligere rapporter beholder tallene sine. Slettet tekst overskrives \
            (secure_delete) og loggen for forhåndsskriving tømmes. Revisjonsloggen fører bare antall.
            """,
            """
            Deletes members who have left the register, members still unpaid six months after a year's payment \
            deadline (`dues settings set payment-deadline`) who have not agreed to be kept (`dues members keep`), \
            and the notes and emails of calls on campaigns closed longer ago than the note-retention-days setting. \
            Past reports keep their counts. Deleted text is overwritten (secure_delete) and the write-ahead log is \
            emptied. The audit log records counts only. The copy `dues restore` kept of the database it replaced \
            (DB.before-restore) still holds what was purged, so it is deleted too.
            """))

    @OptionGroup var options: DatabaseOptions
    @Flag(help: ArgumentHelp(
        "Tell hva som ville blitt slettet, og slett ingenting.",
        "Count what would be deleted, and delete nothing.")) var dryRun = false

    func run() throws {
        let result = try options.open().purge(dryRun: dryRun)
        let counts = result.counts
        let text = Text(options.language)
        let summary = text(
            "\(counts.membersLeft) utmeldte medlemmer, \(counts.membersLapsed) medlemmer over slettefristen, notater fra \(counts.callTexts) samtaler",
            "\(counts.membersLeft) members who left, \(counts.membersLapsed) members past the retention deadline, notes of \(counts.callTexts) calls")
        if dryRun {
            print(text("Ville slettet: ", "Would delete: ") + summary + ".")
            if let copy = result.beforeRestore {
                print(text(
                    "Ville også slettet \(copy), kopien fra før en gjenoppretting, som fortsatt har slettede medlemmer.",
                    "Would also delete \(copy), the copy kept before a restore, which still holds purged members."))
            }
        } else {
            print(text("Slettet: ", "Deleted: ") + summary + ".")
            if let copy = result.beforeRestore {
                print(text(
                    "Slettet også \(copy), kopien fra før en gjenoppretting, som fortsatt hadde slettede medlemmer.",
                    "Also deleted \(copy), the copy kept before a restore, which still held purged members."))
            }
            if !result.walTruncated {
                print(text(
                    "Advarsel: en annen dues bruker databasen, så loggfila (-wal) ble ikke tømt. Kjør `dues purge` igjen når den er ferdig.",
                    "Warning: another dues is using the database, so the log file (-wal) was not emptied. Run `dues purge` again when it is done."))
            }
        }
    }
}
