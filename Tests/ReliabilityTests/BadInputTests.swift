import Foundation
import TestSupport
import Testing

/// Every command refuses wrong values with one clear line and a non-zero exit, and changes nothing.
/// (CLITests' CampaignCommandTests covers a first handful; these are the rest.)
@Suite struct BadInputTests {
    /// One demo database shared by every case: each case fails, so none may change it.
    static let shared: Result<Fixture, Error> = Result { try Fixture() }

    struct Fixture: @unchecked Sendable {
        let scenario: Scenario
        let original: Data

        init() throws {
            scenario = try Scenario()
            try FileManager.default.createDirectory(atPath: scenario.path("a-folder"), withIntermediateDirectories: true)
            try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: scenario.path("notes.txt")))
            try SyntheticRegister.write(members: 5, to: scenario.path("register.csv"))
            original = FileFacts.bytes(scenario.db)
        }
    }

    static let kari = "Kari Nordmann"
    static let log = ["log", "602450", "--campaign", duesCampaign, "--caller", kari]

    /// The arguments and what the error line must say.
    static let cases: [BadInput] = [
        // Database and global options.
        .init(["status", "--db", ""], "--db needs a file name"),
        .init(["status", "--db", "a-folder"], "a-folder is a folder, not a database file"),
        .init(["init", "--db", "a-folder"], "a-folder is a folder, not a database file"),
        .init(["status", "--db", "missing.sqlite"], "no database at missing.sqlite"),
        .init(["status", "--lang", "xx"], "'xx' is invalid for '--lang"),
        .init(["status", "--format", "xml"], "'xml' is invalid for '--format"),
        .init(["purge", "--bogus"], "Unknown option '--bogus'"),
        .init(["demo"], "already exists"),
        .init(["demo", "--seed", "-1", "--db", "other.sqlite"], "'-1' is invalid for '--seed"),
        // Import.
        .init(["import", "missing.csv"], "missing.csv: cannot open the file"),
        .init(["import", "a-folder"], "a-folder: this is a folder, not a file"),
        .init(["import", ""], "name the register file to import"),
        .init(["import", "register.csv", "--year", "20266"], "--year must be a year such as 2018, not 20266"),
        .init(["import", "register.csv", "--year", "next"], "'next' is invalid for '--year"),
        .init(["import", "register.csv", "--map", "foo"], "'foo' is not COLUMN=FIELD"),
        .init(["import", "register.csv", "--map", "Fornavn=shoe_size"], "shoe_size"),
        .init(["import", "notes.txt"], "no column for the member number"),
        // Paid and members.
        .init(["paid", "999999", "--year", thisYear], "no member named 999999"),
        .init(["paid", "602450", "--year", "0"], "--year must be a year such as 2018, not 0"),
        .init(["paid", "602450", "--year", "abc"], "'abc' is invalid for '--year"),
        .init(["members", "show", "999999"], "No member with number 999999"),
        .init(["members", "list", "--branch", "Atlantis"], "no branch named Atlantis"),
        .init(["members", "list", "--format", "xml"], "'xml' is invalid for '--format"),
        .init(["members", "list", "--unpaid", "abc"], "'abc' is invalid for '--unpaid"),
        // Campaigns and callers.
        .init(["campaign", "create", "", "--kind", "dues"], "a campaign needs a name"),
        .init(["campaign", "create", "X", "--kind", "dues", "--year", "1800"], "1800"),
        .init(["campaign", "create", "X", "--kind", "dues", "--days", "89"], "--days takes ISO weekday numbers"),
        .init(["campaign", "create", "X", "--kind", "dues", "--hours", "25:00-26:00"], "--hours takes a range"),
        .init(["campaign", "create", duesCampaign, "--kind", "dues"], "already a campaign named \(duesCampaign)"),
        .init(["campaign", "create", "X", "--kind", "dues", "--max-attempts", "0"], "0"),
        .init(["campaign", "create", "X", "--kind", "welcome", "--welcome-days", "-5"], "--welcome-days must be a positive number"),
        .init(["campaign", "script", "Nope"], "no campaign named Nope"),
        .init(["campaign", "script", duesCampaign, "--set", "missing.txt"], "missing.txt: cannot read the file"),
        .init(["campaign", "script", duesCampaign, "--set", "a-folder"], "a-folder"),
        .init(["campaign", "refresh", "Nope"], "no campaign named Nope"),
        .init(["campaign", "close", "Nope"], "no campaign named Nope"),
        .init(["caller", "add", ""], "a caller needs a name"),
        .init(["caller", "add", kari], "already a caller named Kari Nordmann"),
        .init(["caller", "add", "Per", "--capacity", "-3"], "capacity must be a positive number, not -3"),
        .init(["caller", "add", "Per", "--capacity", "0"], "capacity must be a positive number, not 0"),
        .init(["caller", "remove", "Nobody"], "no caller named Nobody"),
        // Split, reassign, release.
        .init(["split", "Nope", "--callers", kari], "no campaign named Nope"),
        .init(["split", duesCampaign, "--callers", ""], "name at least one caller"),
        .init(["reassign", "Nope", "--from", kari, "--to", "Ole Hansen"], "no campaign named Nope"),
        .init(["reassign", duesCampaign, "--from", "Nobody", "--to", kari], "no caller named Nobody"),
        .init(["reassign", duesCampaign, "--from", kari, "--to", "Nobody"], "no caller named Nobody"),
        .init(["release", "Nope", "--caller", kari], "no campaign named Nope"),
        .init(["release", duesCampaign, "--caller", "Nobody"], "no caller named Nobody"),
        // Paper calls.
        .init(["log", "602450", "--campaign", "Nope", "--caller", kari, "--outcome", "no_answer"], "no campaign named Nope"),
        .init(["log", "602450", "--campaign", duesCampaign, "--caller", "Nobody", "--outcome", "no_answer"], "no caller named Nobody"),
        .init(log + ["--outcome", ""], "'' is not an outcome for a dues campaign"),
        .init(log + ["--outcome", "callback", "--callback", "someday"], "cannot read the callback time 'someday'"),
        .init(log + ["--outcome", "no_answer", "--callback", "i morgen 18"], "--callback goes with --outcome callback"),
        .init(log + ["--outcome", "will_pay", "--email", "not-an-email"], "'not-an-email' is not an email address"),
        .init(log + ["--outcome", "no_answer", "--checklist", "told_activity"], "--checklist goes with --outcome welcomed"),
        .init(log + ["--outcome", "no_answer", "--at", "2099-01-01 10:00"], "lies in the future"),
        .init(log + ["--outcome", "no_answer", "--at", ""], "''"),
        .init(["log", "602450", "--campaign", welcomeCampaign, "--caller", kari, "--outcome", "paid_already"], "not an outcome for a welcome campaign"),
        // Sheets, the call screen, reports, follow-ups, goals.
        .init(["sheet", "Nope", "--caller", kari], "no campaign named Nope"),
        .init(["sheet", duesCampaign, "--caller", "Nobody"], "no caller named Nobody"),
        .init(["sheet", duesCampaign, "--caller", kari, "--format", "pdf"], "'pdf' is invalid for '--format"),
        .init(["sheet", duesCampaign, "--caller", kari, "-o", "a-folder"], "a-folder is a folder, not a file"),
        .init(["sheet", duesCampaign, "--caller", kari, "-o", ""], "-o needs a file name"),
        .init(["sheet", duesCampaign, "--caller", kari, "-o", "no-such-folder/sheet.txt"], "no-such-folder/sheet.txt: cannot create the file"),
        .init(["call", "Nope", "--caller", kari, "--plain"], "no campaign named Nope"),
        .init(["call", duesCampaign, "--caller", "Nobody", "--plain"], "no caller named Nobody"),
        .init(["call", duesCampaign, "--plain"], "say who is calling with --caller NAME"),
        .init(["call", "--caller", kari, "--pack", "missing.duespack"], "missing.duespack"),
        .init(["call", "--caller", kari, "--pack", "notes.txt"], "notes.txt is not a usable dues database"),
        .init(["report", "Nope"], "no campaign named Nope"),
        .init(["report", duesCampaign, "--by", "week"], "'week' is invalid for '--by"),
        .init(["report", duesCampaign, "--format", "pdf"], "'pdf' is invalid for '--format"),
        .init(["report", duesCampaign, "--by", "caller", "--caller", "Nobody"], "no caller named Nobody"),
        .init(["report", duesCampaign, "-o", "a-folder"], "a-folder is a folder, not a file"),
        .init(["followups", "Nope", "--kind", "payment-info"], "no campaign named Nope"),
        .init(["followups", "--kind", "nope"], "'nope' is invalid for '--kind"),
        .init(["followups", "--kind", "payment-info", "--format", "xlsx"], "--format xlsx needs -o FILE"),
        .init(["followups", "--kind", "payment-info", "--done", "999999"], "999999"),
        .init(["goals", "show", "--year", "abc"], "'abc' is invalid for '--year"),
        .init(["goals", "set", "Atlantis", "--total", "10", "--by", "2028"], "no branch named Atlantis"),
        .init(["goals", "set", "Tromsø", "--total", "-5", "--by", "2028"], "-5"),
        .init(["goals", "set", "Tromsø", "--total", "10", "--by", "1800"], "1800 is not a year"),
        .init(["goals", "set", "Tromsø"], "give --total N --by YEAR"),
        // Backup, restore, packs.
        .init(["backup", "a-folder"], "a-folder is a folder, not a file"),
        .init(["backup", "dues.sqlite"], "dues.sqlite: the file already exists"),
        .init(["sheet", duesCampaign, "--caller", kari, "-o", "notes.txt"], "notes.txt: the file already exists"),
        .init(["backup", ""], "the backup needs a file name"),
        .init(["restore", "missing.sqlite"], "no database at missing.sqlite"),
        .init(["restore", "notes.txt"], "notes.txt is not a usable dues database"),
        .init(["restore", "a-folder"], "a-folder is a folder, not a database file"),
        .init(["pack", "export", "Nope", "--caller", kari, "-o", "p.duespack"], "no campaign named Nope"),
        .init(["pack", "export", duesCampaign, "--caller", "Nobody", "-o", "p.duespack"], "no caller named Nobody"),
        .init(["pack", "import", "missing.duespack"], "no file at missing.duespack"),
        .init(["pack", "import", "notes.txt"], "notes.txt is damaged and was not merged"),
    ]

    @Test(arguments: cases)
    func wrongValuesGetOneClearLineAndChangeNothing(_ input: BadInput) throws {
        let fixture = try Self.shared.get()
        let scenario = fixture.scenario
        let hasDB = input.arguments.contains("--db")
        let result = try DuesBinary.run(
            input.arguments + (hasDB ? [] : ["--db", scenario.db]) + ["--lang", "en"].filter { _ in !input.arguments.contains("--lang") },
            in: scenario.folder.url, input: "q\n")
        #expect(result.status != 0, "it fails")
        #expect(!result.crashed, "no crash: \(result.status) \(result.stderr)")
        #expect(result.errorLines.count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.contains(input.expected), "says \(input.expected): \(result.stderr)")
        #expect(result.stdout.isEmpty, "prints nothing else: \(result.stdout)")
        #expect(FileFacts.bytes(scenario.db) == fixture.original, "the database file is byte-identical")
        for leftover in ["other.sqlite", "p.duespack", "a-folder/dues.sqlite"] {
            #expect(!FileFacts.exists(scenario.path(leftover)), "no \(leftover) left behind")
        }
    }
}

/// One wrong command line and what its error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let expected: String

    init(_ arguments: [String], _ expected: String) {
        self.arguments = arguments
        self.expected = expected
    }

    var testDescription: String { arguments.joined(separator: " ") }
}
