import ArgumentParser
import Foundation
import Model
import Reports
import Storage

struct FollowUps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: Text.ofCommandLine(
            "Arbeidet samtalene etterlot til kontoret: betalingsinformasjon å sende, betalinger å sjekke med mer.",
            "The work calls left for the office: payment details to send, payments to check, and more."),
        discussion: Text.ofCommandLine(
            """
            Hvert medlem står én gang, med sin siste samtale av denne typen. --done merker medlemmenes punkter som \
            ferdige: de forlater køen og blir stående i historikken. Punkter registeret har ordnet siden (en betaling \
            registrert, et medlem borte fra registeret, et nytt nummer) forlater køen av seg selv. Uten KAMPANJE: alle \
            kampanjer. Eksporter har bare kolonnene jobben trenger. welcome-tasks er styrets velkomstoppgaver: per \
            nytt medlem punktene ringeren ikke krysset av (e-postlista, den sosiale gruppa, invitasjon, SMS) og, når \
            møtetiden er passert, «kom de på møtet?». --done med --item merker ett punkt; --came og --did-not-come \
            registrerer om de kom.
            """,
            """
            Each member appears once, with their latest call of the kind. --done marks members' items done: they \
            leave the queue and stay in the history. Items the register has settled since (a payment recorded, a \
            member gone from the register, a new number) leave the queue by themselves. Without CAMPAIGN: every \
            campaign. Exports hold only the columns the job needs. welcome-tasks is the board's welcome work: per \
            new member the items the caller did not tick (mail list, social group, invitation, SMS) and, once the \
            meeting time has passed, "did they come?". --done with --item marks one item; --came and --did-not-come \
            record whether they came.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp(
        "Kampanjen (standard: alle kampanjer).",
        "The campaign (default: all campaigns).")) var campaign: String?
    @Option(help: ArgumentHelp(
        "payment-info, already-paid, resign-info, wrong-number, register-update eller welcome-tasks.",
        "payment-info, already-paid, resign-info, wrong-number, register-update or welcome-tasks.")) var kind: FollowUpKind
    @Option(help: ArgumentHelp("table, csv eller xlsx.", "table, csv or xlsx.")) var format: FollowUpFormat = .table
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Skriv til denne nye fila (modus 0600); trengs for xlsx.",
        "Write to this new file (mode 0600); needed for xlsx.")) var output: String?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Merk punktene til disse medlemmene som ferdige (medlemsnumre).",
        "Mark these members' items done (member numbers).")) var done: [String] = []
    @Flag(help: ArgumentHelp("Vis også ferdige punkter.", "Show done items too.")) var includeDone = false
    @Option(help: ArgumentHelp(
        "welcome-tasks med --done: bare dette punktet (mail_list, social_group, invited_meeting, sent_sms eller came_to_meeting).",
        "welcome-tasks with --done: only this item (mail_list, social_group, invited_meeting, sent_sms or came_to_meeting)."))
    var item: WelcomeTask?
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "welcome-tasks: disse medlemmene kom på møtet (medlemsnumre).",
        "welcome-tasks: these members came to the meeting (member numbers).")) var came: [String] = []
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "welcome-tasks: disse medlemmene kom ikke på møtet (medlemsnumre).",
        "welcome-tasks: these members did not come to the meeting (member numbers).")) var didNotCome: [String] = []

    func validate() throws {
        if kind != .welcomeTasks, item != nil || !came.isEmpty || !didNotCome.isEmpty {
            throw ValidationError("--item, --came og --did-not-come hører til --kind welcome-tasks", "--item, --came and --did-not-come go with --kind welcome-tasks")
        }
        if item != nil, done.isEmpty { throw ValidationError("--item hører sammen med --done", "--item goes with --done") }
        if [!done.isEmpty, !came.isEmpty, !didNotCome.isEmpty].filter({ $0 }).count > 1 {
            throw ValidationError("bruk én av --done, --came og --did-not-come", "use one of --done, --came and --did-not-come")
        }
        if format == .xlsx, output == nil { throw ValidationError("--format xlsx trenger -o FIL", "--format xlsx needs -o FILE") }
        try OutputFile.check(output)
    }

    func run() throws {
        let store = try options.open()
        let text = Text(options.language)
        if kind == .welcomeTasks { return try runWelcomeTasks(store, text: text) }
        if !done.isEmpty {
            let marked = try store.markFollowUpsDone(kind: kind, campaign: campaign, memberNumbers: done)
            try StandardOutput.line(text("\(marked) merket som ferdig.", "\(marked) marked done."))
            return
        }
        let items = try store.followUps(kind: kind, campaign: campaign, includeDone: includeDone)
        let sheet = FollowUpSheet(
            kind: kind, items: items, language: options.language, showsDone: includeDone, timeZone: try LocalTime(store).zone)
        try write(sheet, rows: items.count, store, text: text)
    }

    /// Writes a queue in the chosen format, to `-o` or standard output; a file written is recorded in the audit log.
    private func write(_ sheet: some QueueSheet, rows: Int, _ store: Store, text: Text) throws {
        switch format {
        case .table:
            try OutputFile.write(sheet.table(width: 80), to: output)
        case .csv:
            if let output { try sheet.writeCSV(to: URL(fileURLWithPath: output)) } else { try OutputFile.write(sheet.csv(), to: nil) }
        case .xlsx:
            try sheet.writeXLSX(to: URL(fileURLWithPath: output!))
        }
        if let output {
            try store.recordFollowUpExport(kind: kind, rows: rows)
            try StandardOutput.line(text("\(rows) saker skrevet til \(output).", "\(rows) items written to \(output)."))
        }
    }
}

extension FollowUps {
    /// The welcome-tasks queue: per member and step rather than per call, with meeting attendance.
    private func runWelcomeTasks(_ store: Store, text: Text) throws {
        if !done.isEmpty {
            let marked = try store.markWelcomeTasksDone(campaign: campaign, memberNumbers: done, task: item)
            try StandardOutput.line(text("\(marked) punkt(er) merket som ferdig.", "\(marked) item(s) marked done."))
            return
        }
        if !came.isEmpty || !didNotCome.isEmpty {
            let didCome = !came.isEmpty
            let recorded = try store.recordMeetingAttendance(campaign: campaign, memberNumbers: didCome ? came : didNotCome, came: didCome)
            try StandardOutput.line(didCome
                ? text("Registrert at \(recorded) kom på møtet.", "Recorded that \(recorded) came to the meeting.")
                : text("Registrert at \(recorded) ikke kom på møtet.", "Recorded that \(recorded) did not come to the meeting."))
            return
        }
        let items = try store.welcomeTasks(campaign: campaign, includeDone: includeDone)
        let sheet = WelcomeTaskSheet(items: items, language: options.language, showsDone: includeDone, timeZone: try LocalTime(store).zone)
        try write(sheet, rows: items.count, store, text: text)
    }
}

/// The output formats of `dues followups`.
enum FollowUpFormat: String, ChoiceArgument {
    case table, csv, xlsx
}

extension FollowUpKind: ChoiceArgument {}

extension WelcomeTask: ChoiceArgument {}
