import ArgumentParser
import Foundation
import Model
import Storage
import TextCells

struct CampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: Text.ofCommandLine(
            "Lag, se på, skriv manus for og avslutt ringekampanjer.",
            "Create, inspect, script and close calling campaigns."),
        subcommands: [Create.self, List.self, Show.self, Edit.self, Script.self, SMS.self, Refresh.self, Close.self, Delete.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: Text.ofCommandLine(
                "Lag en kampanje; lista lages fra registeret.",
                "Create a campaign; its list is derived from the register."),
            discussion: Text.ofCommandLine(
                """
                En kontingentkampanje har medlemmene som ikke har betalt for året; en velkomstkampanje har medlemmer som \
                meldte seg inn de siste --welcome-days dagene og ikke er ønsket velkommen. Medlemmer merket ikke-ring, som har \
                gått ut av registeret, som er over slettefristen eller ikke har et brukbart nummer, holdes utenfor.
                """,
                """
                A dues campaign holds the members unpaid for its year; a welcome campaign holds members who joined \
                in the last --welcome-days days and have not been welcomed. Members flagged do-not-call, who left \
                the register, who are past the retention deadline or have no usable number are left out.
                """))

        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjens navn.", "The campaign's name.")) var name: String
        @Option(help: ArgumentHelp("dues (kontingent) eller welcome (velkomst).", "dues or welcome.")) var kind: CampaignKind
        @Option(help: ArgumentHelp("Kontingentåret (ellers: det siste året med ubetalte medlemmer).", "The dues year (default: the latest year with unpaid members).")) var year: Int?
        @Option(help: ArgumentHelp("En manusfil med flettefelt (ellers: manuset for kampanjetypen på --lang).", "A script file with merge fields (default: the kind's script in --lang).")) var script: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Forsøk før et medlem uten kontakt gis opp.", "Calls before an entry with no contact is given up.")) var maxAttempts = 3
        @Option(help: ArgumentHelp("Ringetider, lokal tid (ellers: innstillingen calling-hours, eller 10:00-20:00).", "Calling hours, local time (default: the calling-hours setting, else 10:00-20:00).")) var hours: String?
        @Option(help: ArgumentHelp("Ringedager som ukedagsnummer, 1 = mandag (ellers: innstillingen calling-days, eller 123456).", "Calling days as ISO weekday numbers, 1 = Monday (default: the calling-days setting, else 123456)."))
        var days: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Velkomstkampanjer: medlemmer som meldte seg inn de siste så mange dagene (ellers: innstillingen welcome-window-days, eller 60).", "Welcome campaigns: members who joined within this many days (default: the welcome-window-days setting, else 60)."))
        var welcomeDays: Int?
        @Option(help: ArgumentHelp("Velkomstkampanjer: medlemmer som meldte seg inn denne dagen eller senere (i stedet for --welcome-days).", "Welcome campaigns: members who joined on or after this date (instead of --welcome-days)."))
        var joinedSince: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Ringedager å vente etter ikke svar, opptatt eller talepost.", "Calling days to wait after no answer, busy or voicemail.")) var coolDownDays = 1
        @Option(parsing: .unconditional, help: ArgumentHelp("Minutter uten aktivitet før et holdt medlem går tilbake til felles pott.", "Minutes without activity after which a held member returns to the pool."))
        var claimTimeout = 30
        @Flag(help: ArgumentHelp("Ta med medlemmer som også står åpne på en annen åpen liste av samme type og år.", "Put members on the list who are open on another open list of the same kind and year too."))
        var allowOverlap = false
        @Option(help: ArgumentHelp(
            "Velkomstkampanjer: når møtet de nye inviteres til, begynner, lokal tid, som \"2026-12-10 19:00\".",
            "Welcome campaigns: when the meeting new members are invited to starts, local time, like \"2026-12-10 19:00\"."))
        var meeting: String?
        @Option(help: ArgumentHelp(
            "Velkomstkampanjer: hvor møtet holdes, som \"Folkets hus\"; {meeting} sier det etter tidspunktet.",
            "Welcome campaigns: where the meeting is held, like \"Folkets hus\"; {meeting} says it after the time."))
        var meetingPlace: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Velkomstkampanjer: uker fra velkomstsamtalen til holde-kontakt-samtalen, 1-52 (ellers: 6).",
            "Welcome campaigns: weeks from the welcome call to the keep-in-touch call, 1-52 (default: 6)."))
        var keepInTouchWeeks: Int?
        @Option(help: ArgumentHelp(
            "Lag en kortere holde-kontakt-samtale til medlemmene som ble ønsket velkommen i denne velkomstkampanjen.",
            "Make a shorter keep-in-touch call to the members welcomed on this welcome campaign."))
        var keepInTouch: String?

        func validate() throws {
            if kind != .welcome, meeting != nil || meetingPlace != nil || keepInTouchWeeks != nil || keepInTouch != nil {
                throw ValidationError(
                    "--meeting, --meeting-place, --keep-in-touch-weeks og --keep-in-touch er for velkomstkampanjer (--kind welcome)",
                    "--meeting, --meeting-place, --keep-in-touch-weeks and --keep-in-touch are for welcome campaigns (--kind welcome)")
            }
            if let keepInTouchWeeks, !(1...52).contains(keepInTouchWeeks) {
                throw ValidationError("--keep-in-touch-weeks må være mellom 1 og 52, ikke \(keepInTouchWeeks)", "--keep-in-touch-weeks must be between 1 and 52, not \(keepInTouchWeeks)")
            }
            if let year, !(1900...2999).contains(year) { throw ValidationError("--year må være et år som 2026, ikke \(year)", "--year must be a year such as 2026, not \(year)") }
            if welcomeDays != nil && joinedSince != nil { throw ValidationError("bruk --welcome-days eller --joined-since, ikke begge", "use --welcome-days or --joined-since, not both") }
            if joinedSince != nil && kind != .welcome { throw ValidationError("--joined-since er for velkomstkampanjer", "--joined-since is for welcome campaigns") }
            if let welcomeDays, welcomeDays < 1 { throw ValidationError("--welcome-days må være et positivt antall dager, ikke \(welcomeDays)", "--welcome-days must be a positive number of days, not \(welcomeDays)") }
            if coolDownDays < 1 { throw ValidationError("--cool-down-days må være minst 1 ringedag, ikke \(coolDownDays)", "--cool-down-days must be at least 1 calling day, not \(coolDownDays)") }
            if claimTimeout < 1 { throw ValidationError("--claim-timeout tar hele minutter, minst 1, ikke \(claimTimeout)", "--claim-timeout takes whole minutes, at least 1, not \(claimTimeout)") }
        }

        func run() throws {
            let store = try options.open()
            let settings = try store.settings()
            let rules = try CallingRulesOption.rules(
                hours: hours ?? settings[.callingHours] ?? "10:00-20:00", days: days ?? settings[.callingDays] ?? "123456",
                maxAttempts: maxAttempts, coolDownDays: coolDownDays, claimTimeoutMinutes: claimTimeout,
                timeZone: settings[.timeZone] ?? "Europe/Oslo")
            let scriptText = try script.map { try InputFile.text(at: $0) }
            let today = CalendarDate(store.now(), in: rules.timeZone)
            let text = Text(options.language)
            let latestUnpaid = kind == .dues && year == nil ? try store.duesYears().first(where: { $0.unpaid > 0 }) : nil
            let year = year ?? latestUnpaid?.year ?? today.year
            let sinceDays = try joinedSince.map { try Self.days(since: $0, today: today, text: text) }
            let meetingAt = try meeting.map { try MeetingOption.moment($0, in: try LocalTime(store), words: text) }
            let (campaign, added) = try store.createCampaign(CampaignDraft(
                name: name, kind: kind, year: year, language: options.language, script: scriptText, rules: rules,
                welcomeWindowDays: sinceDays ?? welcomeDays ?? settings[.welcomeWindowDays].flatMap { Int($0) } ?? 60,
                allowOverlap: allowOverlap, meetingAt: meetingAt, meetingPlace: meetingPlace, keepInTouchWeeks: keepInTouchWeeks ?? 6,
                keepInTouchOf: keepInTouch))
            let shown = TerminalText.sanitizeLine(campaign.name)
            try StandardOutput.line(([text(
                "Kampanjen \(shown) er laget med \(added) medlemmer på lista.",
                "Campaign \(shown) created with \(added) members on its list.")]
                + (latestUnpaid.map { [text(
                    "Året er \($0.year), det siste med ubetalte medlemmer (\($0.unpaid)); velg et annet med --year.",
                    "The year is \($0.year), the latest with unpaid members (\($0.unpaid)); choose another with --year.")] } ?? [])
                + (try CampaignCreationNotes.lines(store, campaign: campaign, added: added, text: text))
                + (try ScriptGapNotes.lines(store, campaign: campaign, text: text))).joined(separator: "\n"))
        }

        /// The welcome window that reaches back to `text`, a date in the past.
        static func days(since text: String, today: CalendarDate, text words: Text) throws -> Int {
            let since: CalendarDate
            do {
                since = try CalendarDate.parse(text)
            } catch {
                throw CLIError(description: words(
                    "--joined-since: «\(TerminalText.sanitizeLine(text))» er ikke en dato; skriv den som 01.09.\(today.year)",
                    "--joined-since: '\(TerminalText.sanitizeLine(text))' is not a date; write it as 01.09.\(today.year)"))
            }
            let days = today.daysSinceEpoch - since.daysSinceEpoch
            guard (1...3660).contains(days) else {
                throw CLIError(description: words(
                    "--joined-since må være en dag de siste ti årene før i dag, ikke \(since.norwegian)",
                    "--joined-since must be a day in the ten years before today, not \(since.norwegian)"))
            }
            return days
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Text.ofCommandLine(
            "List kampanjene.",
            "List the campaigns."))
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try StandardOutput.line(StatusView(summary: try options.open().statusSummary(), text: Text(options.language)).campaignTable())
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: Text.ofCommandLine(
                "Vis en kampanje: lista etter status og ringer, den felles potten, og hvem som er holdt utenfor og hvorfor.",
                "Show a campaign: its list by status and caller, the pool, and who is left out and why."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String

        func run() throws {
            let store = try options.open()
            let overview = try store.overview(campaign: name)
            let text = Text(options.language)
            try StandardOutput.line(([CampaignView(overview: overview, text: text, localTime: try LocalTime(store)).render()]
                + (try CampaignCreationNotes.keepInTouchLines(store, campaign: overview.campaign, text: text))
                + ScriptGapNotes.placeholderLines(overview.campaign, text: text)
                + (try ScriptGapNotes.meetingLines(store, campaign: overview.campaign, text: text))).joined(separator: "\n"))
        }
    }

    struct Script: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "script",
            abstract: Text.ofCommandLine(
                "Skriv ut manuset til en kampanje, erstatt det fra en fil, eller rediger det i $EDITOR.",
                "Print a campaign's script, replace it from a file, or edit it in $EDITOR."),
            discussion: Text.ofCommandLine("Flettefelt: ", "Merge fields: ")
                + MergeField.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")
                + Text.ofCommandLine(
                    ". {member.branch|fylket} sier \"fylket\" når medlemmet ikke har et lokallag.",
                    ". {member.branch|fylket} says \"fylket\" when the member has no branch."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String
        @Option(help: ArgumentHelp("Erstatt manuset med denne fila.", "Replace the script with this file.")) var set: String?
        @Flag(help: ArgumentHelp("Rediger manuset i $EDITOR.", "Edit the script in $EDITOR.")) var edit = false
        @Option(help: ArgumentHelp("Skriv ut manuset slik en ringer leser det for dette medlemmet (et medlemsnummer).", "Print the script as a caller reads it to this member (a member number).")) var preview: String?
        @Option(help: ArgumentHelp("Med --preview: ringeren som leser det (ellers: ingen navngitt).", "With --preview: the caller who reads it (default: none named).")) var caller: String?

        func validate() throws {
            if [set != nil, edit, preview != nil].filter({ $0 }).count > 1 {
                throw ValidationError("bruk én av --set, --edit og --preview", "use one of --set, --edit and --preview")
            }
            if caller != nil && preview == nil { throw ValidationError("--caller hører sammen med --preview", "--caller goes with --preview") }
        }

        func run() throws {
            let store = try options.open()
            let campaign = try store.campaign(named: name)
            if let preview {
                try StandardOutput.line(try ScriptPreview.text(
                    store, campaign: campaign, memberNumber: preview, caller: caller, text: Text(options.language)))
                return
            }
            if let set {
                try store.setScript(campaign: name, to: try InputFile.text(at: set))
            } else if edit {
                try store.setScript(campaign: name, to: try Editor.edit(campaign.script))
            } else {
                try StandardOutput.line(TerminalText.sanitize(campaign.script))
                return
            }
            let text = Text(options.language)
            try StandardOutput.line(([text("Manuset er lagret.", "The script is saved.")]
                + (try ScriptGapNotes.lines(store, campaign: try store.campaign(named: name), text: text))).joined(separator: "\n"))
        }
    }

    struct Refresh: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "refresh", abstract: Text.ofCommandLine(
                "Legg til medlemmer som har kommet med siden lista ble laget.",
                "Add members who became eligible since the list was made."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            let added = try store.refreshCampaign(named: name)
            let campaign = try store.campaign(named: name)
            try StandardOutput.line(([text("\(added) medlemmer lagt til.", "\(added) members added.")]
                + (try CampaignCreationNotes.leftOutLines(store, campaign: campaign, text: text))
                + (try CampaignCreationNotes.keepInTouchLines(store, campaign: campaign, text: text))).joined(separator: "\n"))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: Text.ofCommandLine(
                "Avslutt en kampanje: ingenting mer deles ut fra den.",
                "Close a campaign: nothing more is handed out from it."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String

        func run() throws {
            try options.open().closeCampaign(named: name)
            let name = TerminalText.sanitizeLine(name)
            try StandardOutput.line(Text(options.language)("Kampanjen \(name) er lukket.", "Campaign \(name) is closed."))
        }
    }
}

extension CampaignKind: ChoiceArgument {}
