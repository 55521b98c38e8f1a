import ArgumentParser
import Foundation
import Storage

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: Text.ofCommandLine(
            "Slå opp medlemmer, og registrer samtykke til å bli beholdt.",
            "Look members up, and record their consent to be kept."),
        subcommands: [ListMembers.self, ShowMember.self, KeepMembers.self])
}

/// The formats of `members list`.
enum ListFormat: String, ChoiceArgument {
    case table, csv, json
}

struct ListMembers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: Text.ofCommandLine(
            "List medlemmene i registeret, etter navn.",
            "List the members on the register, by name."),
        discussion: Text.ofCommandLine(
            """
            CSV er ;-delt UTF-8 med byte order mark og overskrifter på --lang, med formler nøytralisert; JSON er en \
            liste av objektene som er beskrevet i README.
            """,
            """
            CSV is ;-separated UTF-8 with a byte order mark and headers in --lang, formulas neutralised; JSON is an \
            array of the objects described in the README.
            """))

    @OptionGroup var options: DatabaseOptions

    @Option(help: ArgumentHelp(
        "Bare medlemmer som ikke har betalt for dette året.",
        "Only members unpaid for this year.", valueName: "YEAR"))
    var unpaid: Int?

    @Option(help: ArgumentHelp("Bare medlemmer i dette lokallaget.", "Only members of this branch."))
    var branch: String?

    @Option(help: ArgumentHelp(
        "Bare medlemmer der navn, nummer, e-post eller telefon inneholder denne teksten.",
        "Only members whose name, number, email or phone contains this text."))
    var search: String?

    @Option(help: ArgumentHelp("table, csv eller json.", "table, csv or json."))
    var format: ListFormat = .table

    func run() throws {
        let store = try options.open()
        let filter = MemberFilter(unpaidIn: unpaid, branch: branch, search: search)
        let text = Text(options.language)
        switch format {
        case .table:
            try StandardOutput.line(MemberListView(members: try store.members(matching: filter), text: text).render())
        case .csv:
            var output = BufferedOutput()
            try output.write(MemberCSV.header(text))
            try store.forEachMember(matching: filter) { try output.write(MemberCSV.line($0, text)) }
            try output.flush()
        case .json:
            var output = BufferedOutput()
            var first = true
            try output.write(Array("[".utf8))
            try store.forEachMember(matching: filter) { member in
                try output.write(Array(((first ? "\n" : ",\n") + (try MemberJSON.line(member))).utf8))
                first = false
            }
            try output.write(Array((first ? "]\n" : "\n]\n").utf8))
            try output.flush()
        }
    }
}

struct ShowMember: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Text.ofCommandLine(
            "Vis et medlemskort: kontaktinformasjon, kontingent per år, ringelister og samtaler.",
            "Show a member's card: contact details, dues per year, call lists and call history."))

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp("Medlemsnummeret.", "The member number."))
    var number: String

    @Option(help: ArgumentHelp("table eller json.", "table or json."))
    var format: OutputFormat = .table

    func run() throws {
        let text = Text(options.language)
        let store = try options.open()
        guard let card = try store.memberProfile(number: number.trimmingCharacters(in: .whitespaces)) else {
            throw CLIError(description: text("Ingen medlem med nummer \(number).", "No member with number \(number)."))
        }
        switch format {
        case .table: try StandardOutput.line(MemberCardView(card: card, text: text, clock: try LocalTime(store)).render())
        case .json: try StandardOutput.line(try MemberCardJSON.encode(card))
        }
    }
}

/// Standard output in large writes, for long listings.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ bytes: [UInt8]) throws {
        buffer += bytes
        if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        try StandardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
