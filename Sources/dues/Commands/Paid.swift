import ArgumentParser
import Storage

struct Paid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paid",
        abstract: Text.ofCommandLine(
            "Merk medlemmer som betalt for et år for hånd, før neste registeruttrekk sier det.",
            "Mark members as paid for a year by hand, before the next register export says so."),
        discussion: Text.ofCommandLine(
            """
            Betalte medlemmer tas av de åpne ringelistene i årets kontingentkampanjer. --unpaid tar et merke tilbake og \
            setter dem på listene igjen. Alt eller ingenting: et ukjent medlemsnummer endrer ingenting.
            """,
            """
            Paid members leave the open call lists of the year's dues campaigns. --unpaid takes a mark back and puts \
            them on those lists again. All or nothing: an unknown member number changes nothing.
            """))

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp("Medlemsnumre.", "Member numbers."))
    var members: [String]

    @Option(help: ArgumentHelp("Kontingentåret.", "The dues year."))
    var year: Int

    @Flag(help: ArgumentHelp("Merk dem som ubetalt i stedet.", "Mark them unpaid instead."))
    var unpaid = false

    func validate() throws {
        guard !members.isEmpty else { throw ValidationError("oppgi minst ett medlemsnummer", "name at least one member number") }
        guard (1900...2999).contains(year) else { throw ValidationError("--year må være et år som 2018, ikke \(year)", "--year must be a year such as 2018, not \(year)") }
    }

    func run() throws {
        let text = Text(options.language)
        let summary = try options.open().markDues(memberNumbers: members, year: year, status: unpaid ? .unpaid : .paid)
        if unpaid {
            print(text(
                "\(summary.changed) markert som ikke betalt for \(year) (\(summary.unchanged) var det allerede); \(summary.entriesReopened) satt tilbake på ringelister.",
                "\(summary.changed) marked unpaid for \(year) (\(summary.unchanged) already were); \(summary.entriesReopened) put back on call lists."))
        } else {
            print(text(
                "\(summary.changed) markert som betalt for \(year) (\(summary.unchanged) var det allerede); \(summary.entriesClosed) tatt av ringelister, \(summary.promisedAndPaid) hadde sagt på telefonen at de ville betale.",
                "\(summary.changed) marked paid for \(year) (\(summary.unchanged) already were); \(summary.entriesClosed) taken off call lists, \(summary.promisedAndPaid) had said on the phone they would pay."))
        }
    }
}
