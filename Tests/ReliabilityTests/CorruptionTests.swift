import Foundation
import SQLite
import TestSupport
import Testing

/// A damaged database is reported, never crashes dues, and is not written to; a file that is not a database is
/// refused and left as it was.
@Suite struct CorruptionTests {
    static let pageSize = 4_096

    /// Overwrites page `number` (1-based) of the file with the same garbage every run.
    static func damage(page number: Int, of path: String) throws {
        let garbage = Data((0..<pageSize).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64((number - 1) * pageSize))
        handle.write(garbage)
    }

    /// Every command, as a volunteer or coordinator would type it against the demo database, about `member`.
    static func commands(member: String) -> [[String]] { [
        ["status"], ["status", "--format", "json"], ["doctor"],
        ["call", duesCampaign, "--caller", "Kari Nordmann", "--plain"],
        ["report", duesCampaign], ["report", duesCampaign, "--by", "branch", "--format", "json"],
        ["split", duesCampaign, "--callers", "Kari Nordmann,Ole Hansen"],
        ["reassign", duesCampaign, "--from", "Kari Nordmann", "--to", "Ole Hansen"],
        ["release", duesCampaign, "--caller", "Ole Hansen"],
        ["members", "list"], ["members", "list", "--unpaid", thisYear], ["members", "show", member],
        ["sheet", duesCampaign, "--caller", "Kari Nordmann"], ["followups", "--kind", "payment-info"], ["goals"],
        ["purge", "--dry-run"], ["campaign", "list"], ["campaign", "show", duesCampaign], ["campaign", "refresh", duesCampaign],
        ["caller", "list"], ["paid", member, "--year", thisYear],
        ["log", member, "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "no_answer"],
        ["import", "register.csv"], ["backup", "copy.sqlite"], ["pack", "status"],
        ["pack", "export", duesCampaign, "--caller", "Kari Nordmann", "-o", "kari.duespack", "--plain"], ["init"],
    ] }

    /// The commands that open a database in each of the ways dues has.
    static let openings: [[String]] = [
        ["status"], ["doctor"], ["init"], ["import", "register.csv"], ["call", duesCampaign, "--caller", "Kari Nordmann", "--plain"],
        ["report", duesCampaign], ["split", duesCampaign, "--callers", "Kari Nordmann"], ["backup", "copy.sqlite"],
        ["pack", "status"],
    ]

    @Test func aDamagedPageInTheMiddleIsReportedByDoctorAndCrashesNothing() throws {
        let scenario = try Scenario()
        try SyntheticRegister.write(members: 50, to: scenario.path("register.csv"))
        let member = try scenario.memberOnList(of: "Kari Nordmann")
        let pages = Int(FileFacts.size(scenario.db)) / Self.pageSize
        try Self.damage(page: pages / 2, of: scenario.db)

        let doctor = try scenario.dues(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL quick_check") && doctor.stdout.contains("FAIL integrity_check"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("problem(s) found"))

        var refused: [String] = []
        for arguments in Self.commands(member: member) where arguments != ["doctor"] {
            let result = try scenario.dues(arguments, input: "6\nq\n")
            #expect(!result.crashed, "\(arguments) crashed: \(result.status) \(result.stderr)")
            #expect(result.status == 0 || result.errorLines.count == 1, "\(arguments): one clear line, not \(result.stderr)")
            if result.stderr.contains("damaged") {
                #expect(result.stderr.contains("dues doctor"), "\(arguments): \(result.stderr)")
                refused.append(arguments.prefix(2).joined(separator: " "))
            }
        }
        print("middle page \(pages / 2) of \(pages) damaged; refused: \(refused.joined(separator: ", "))")
        #expect(!refused.isEmpty, "the commands that read the damaged page refuse")
    }

    @Test func aDamagedMembersTableIsRefusedByEveryCommandThatNeedsIt() throws {
        let scenario = try Scenario()
        try SyntheticRegister.write(members: 50, to: scenario.path("register.csv"))
        let member = try scenario.memberOnList(of: "Kari Nordmann")
        let root = try Database(path: scenario.db).fetchOne("SELECT rootpage FROM sqlite_schema WHERE name = 'members'") { $0[0] as Int }
        try Self.damage(page: try #require(root), of: scenario.db)
        let damaged = FileFacts.bytes(scenario.db)

        let doctor = try scenario.dues(["doctor"])
        #expect(doctor.status == 1 && doctor.stdout.contains("FAIL integrity_check"), "\(doctor.stdout)")
        let needMembers: [[String]] = [
            ["status"], ["call", duesCampaign, "--caller", "Kari Nordmann", "--plain"], ["import", "register.csv"],
            ["report", duesCampaign], ["split", duesCampaign, "--callers", "Kari Nordmann,Ole Hansen"],
            ["members", "list"], ["members", "show", member], ["sheet", duesCampaign, "--caller", "Kari Nordmann"],
            ["purge", "--dry-run"], ["backup", "copy.sqlite"],
            ["log", member, "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "no_answer"],
        ]
        for arguments in needMembers {
            let result = try scenario.dues(arguments, input: "6\nq\n")
            #expect(!result.crashed, "\(arguments) crashed: \(result.stderr)")
            #expect(result.status == 1, "\(arguments) refuses the damaged database")
            #expect(result.errorLines.count == 1 && result.stderr.contains("damaged"), "\(arguments): \(result.stderr)")
        }
        #expect(FileFacts.bytes(scenario.db) == damaged, "nothing was written to the damaged file")
        #expect(!FileFacts.exists(scenario.path("copy.sqlite")), "no backup of a damaged database")
    }

    @Test(arguments: NotADatabase.allCases)
    func aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas(_ kind: NotADatabase) throws {
        let scenario = try Scenario(demo: false)
        try SyntheticRegister.write(members: 5, to: scenario.path("register.csv"))
        let file = scenario.path(kind.fileName)
        try kind.write(to: file)
        let original = FileFacts.bytes(file)
        for arguments in Self.openings where kind != .empty || arguments != ["init"] {
            let result = try DuesBinary.run(arguments + ["--db", file, "--lang", "en"], in: scenario.folder.url, input: "q\n")
            #expect(!result.crashed, "\(arguments) crashed: \(result.stderr)")
            #expect(result.status == 1, "\(arguments) refuses \(kind.fileName)")
            if arguments == ["doctor"] {
                #expect(result.stdout.contains("FAIL"), "\(result.stdout)")
            } else {
                #expect(result.errorLines.count == 1 && result.stderr.contains(kind.fileName), "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains(kind.complaint), "\(arguments): \(result.stderr)")
            }
            #expect(FileFacts.bytes(file) == original, "\(arguments) left \(kind.fileName) byte-identical")
            #expect(!FileFacts.exists(file + "-wal") && !FileFacts.exists(file + "-shm"), "\(arguments) left no WAL beside it")
        }
    }
}

/// Files people might pass as --db by mistake.
enum NotADatabase: CaseIterable, CustomTestStringConvertible, Sendable {
    case text, png, xlsx, empty, otherProgram

    var fileName: String {
        switch self {
        case .text: "notes.txt"
        case .png: "logo.png"
        case .xlsx: "register.xlsx"
        case .empty: "empty.sqlite"
        case .otherProgram: "recipes.sqlite"
        }
    }

    /// What the refusal says.
    var complaint: String {
        switch self {
        case .empty: "is empty"
        case .otherProgram: "another program's SQLite database"
        default: "not a usable dues database"
        }
    }

    /// Writes the file; another program's database is a SQLite file with a rollback journal and a table of its own.
    func write(to file: String) throws {
        guard self == .otherProgram else { return try contents.write(to: URL(fileURLWithPath: file)) }
        let database = try Database(path: file, create: true)
        try database.execute("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('lapskaus'); PRAGMA journal_mode = DELETE")
    }

    private var contents: Data {
        switch self {
        case .text:
            Data(String(repeating: "Medlemsnummer;Fornavn;Etternavn\n1;Kari;Nordmann\n", count: 200).utf8)
        case .png:
            Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        case .xlsx:
            Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) + Data((0..<9_000).map { UInt8(truncatingIfNeeded: $0 &* 17 &+ 3) })
        case .empty, .otherProgram:
            Data()
        }
    }

    var testDescription: String { fileName }
}
