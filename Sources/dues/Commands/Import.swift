import ArgumentParser
import Foundation
import Register
import Storage

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Text.ofCommandLine(
            "Importer medlemsregisteret (.xlsx eller CSV) og avstem betalinger.",
            "Import the member register (.xlsx or CSV) and reconcile payments."),
        discussion: Text.ofCommandLine(
            """
            Et helt register (standard) er fasit for lokallagene det dekker: nye medlemmer legges til, endringer \
            oppdateres, betalingsstatus for året settes fra betalt-kolonnen, og medlemmer som mangler i det, merkes som \
            gått ut av registeret. Med --unpaid-list er fila en liste over ubetalte: alle i den er ubetalte, og medlemmer \
            som er ubetalte i databasen, men mangler i lista, har betalt siden. Alt eller ingenting, i én transaksjon.
            Felt for --map: member_number, first_name, last_name, name, phone, email, branch, joined, paid, ignore.
            """,
            """
            A whole register (the default) is the truth for the branches it covers: new members are added, changes \
            updated, payment status for the year set from the paid column, and members missing from it marked as \
            having left the register. With --unpaid-list the file is a "not paid" list: everyone in it is unpaid, and \
            members unpaid in the database but missing from it have paid since. All or nothing, in one transaction.
            Fields for --map: member_number, first_name, last_name, name, phone, email, branch, joined, paid, ignore.
            """))

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp(
        "Registeruttrekket: en .xlsx-arbeidsbok eller en CSV-fil.",
        "The register export: an .xlsx workbook or a CSV file."))
    var file: String

    @Option(help: ArgumentHelp(
        "Kontingentåret betalingsmerkene gjelder (standard: året i overskriften på betalt-kolonnen).",
        "The dues year of the payment marks (default: the year in the paid column's header)."))
    var year: Int?

    @Flag(name: .customLong("unpaid-list"), help: ArgumentHelp(
        "Fila lister bare medlemmer som ikke har betalt for året.",
        "The file lists only members who have not paid for the year."))
    var unpaidList = false

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Si hvilket felt en kolonne har.",
        "Say which field a column holds.", valueName: "COLUMN=FIELD"))
    var maps: [String] = []

    @Option(help: ArgumentHelp(
        "Arket som skal leses i en arbeidsbok (standard: det første).",
        "The sheet to read from a workbook (default: the first)."))
    var sheet: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(
        "Vis hva importen ville endret, og endre ingenting.",
        "Show what the import would change, and change nothing."))
    var dryRun = false

    func validate() throws {
        if file.isEmpty { throw ValidationError("oppgi registerfila som skal importeres", "name the register file to import") }
        if let year, !(1900...2999).contains(year) {
            throw ValidationError("--year må være et år som 2018, ikke \(year)", "--year must be a year such as 2018, not \(year)")
        }
    }

    func run() throws {
        let request = RegisterImportRequest(
            url: URL(fileURLWithPath: file), displayName: file, mode: unpaidList ? .unpaidList : .register, year: year,
            overrides: try maps.map(ColumnOverride.init(parsing:)), sheet: sheet, dryRun: dryRun)
        let register = try RegisterFile(request)
        let result = try register.importInto(try options.open())
        try StandardOutput.line(ImportView(result: result, file: file, text: Text(options.language)).render())
    }
}
