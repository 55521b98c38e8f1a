import ArgumentParser
import Foundation
import CallSession
import Model
import Storage
import TextCells

extension CampaignCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: Text.ofCommandLine(
                "Endre ringetidene, ringedagene og andre regler for en kampanje, eller navnet.",
                "Change a campaign's calling hours, days and other rules, or its name."),
            discussion: Text.ofCommandLine(
                "Bare det som oppgis, endres. Medlemmer som alt står på lista, blir stående.",
                "Only what is given changes. Members already on the list stay on it."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String
        @Option(help: ArgumentHelp("Ringetider, lokal tid, som 10:00-21:00.", "Calling hours, local time, like 10:00-21:00.")) var hours: String?
        @Option(help: ArgumentHelp("Ringedager som ukedagsnummer, 1 = mandag.", "Calling days as ISO weekday numbers, 1 = Monday.")) var days: String?
        @Option(help: ArgumentHelp("Tidssonen for ringetidene, som Europe/Oslo.", "The time zone of the calling hours, like Europe/Oslo.")) var timeZone: String?
        @Option(parsing: .unconditional, help: ArgumentHelp("Forsøk før et medlem uten kontakt gis opp.", "Calls before an entry with no contact is given up.")) var maxAttempts: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Ringedager å vente etter ikke svar, opptatt eller talepost.", "Calling days to wait after no answer, busy or voicemail.")) var coolDownDays: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Minutter uten aktivitet før et holdt medlem går tilbake til felles pott.", "Minutes without activity after which a held member returns to the pool."))
        var claimTimeout: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Velkomstkampanjer: medlemmer som meldte seg inn de siste så mange dagene.", "Welcome campaigns: members who joined within this many days.")) var welcomeDays: Int?
        @Option(help: ArgumentHelp("Et nytt navn.", "A new name.")) var rename: String?
        @Flag(inversion: .prefixedNo, help: ArgumentHelp("Om medlemmer som står åpne på en annen åpen liste av samme type og år, kan tas med på denne også.", "Whether members open on another open list of the same kind and year may be put on this one too."))
        var allowOverlap: Bool?
        @Option(help: ArgumentHelp(
            "Velkomstkampanjer: når møtet de nye inviteres til, begynner, lokal tid, som \"2026-12-10 19:00\".",
            "Welcome campaigns: when the meeting new members are invited to starts, local time, like \"2026-12-10 19:00\"."))
        var meeting: String?
        @Option(help: ArgumentHelp(
            "Velkomstkampanjer: hvor møtet holdes, som \"Folkets hus\"; tomt fjerner det.",
            "Welcome campaigns: where the meeting is held, like \"Folkets hus\"; empty removes it."))
        var meetingPlace: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Velkomstkampanjer: uker fra velkomstsamtalen til holde-kontakt-samtalen, 1-52.",
            "Welcome campaigns: weeks from the welcome call to the keep-in-touch call, 1-52."))
        var keepInTouchWeeks: Int?

        func validate() throws {
            guard hours ?? days ?? timeZone ?? rename ?? meeting ?? meetingPlace != nil
                || maxAttempts ?? coolDownDays ?? claimTimeout ?? welcomeDays ?? keepInTouchWeeks != nil
                || allowOverlap != nil
            else {
                throw ValidationError("oppgi minst én ting å endre, som --hours 10:00-21:00", "give at least one thing to change, such as --hours 10:00-21:00")
            }
        }

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            let campaign = try store.campaign(named: name)
            let old = campaign.rules
            let rules = try CallingRulesOption.rules(
                hours: hours ?? Self.range(old), days: days ?? old.callingDays.sorted().map { String($0.rawValue) }.joined(),
                maxAttempts: maxAttempts ?? old.maxAttempts, coolDownDays: coolDownDays ?? old.coolDownDays,
                claimTimeoutMinutes: claimTimeout ?? Int(old.claimTimeout / 60), timeZone: timeZone ?? old.timeZoneIdentifier)
            if let timeZone, TimeZone(identifier: timeZone) == nil {
                throw CLIError(description: text(
                    "«\(TerminalText.sanitizeLine(timeZone))» er ikke en tidssone; skriv for eksempel Europe/Oslo",
                    "'\(TerminalText.sanitizeLine(timeZone))' is not a time zone; write for example Europe/Oslo"))
            }
            if campaign.kind != .welcome, meeting != nil || meetingPlace != nil || keepInTouchWeeks != nil {
                throw CLIError(description: text(
                    "--meeting, --meeting-place og --keep-in-touch-weeks er for velkomstkampanjer, og \(TerminalText.sanitizeLine(campaign.name)) er en kontingentkampanje",
                    "--meeting, --meeting-place and --keep-in-touch-weeks are for welcome campaigns, and \(TerminalText.sanitizeLine(campaign.name)) is a dues campaign"))
            }
            let localTime = try LocalTime(store)
            let meetingAt = try meeting.map { try MeetingOption.moment($0, in: localTime, words: text) }
            let (edited, added) = try store.editCampaign(
                named: campaign.name, rules: rules, welcomeWindowDays: welcomeDays ?? campaign.welcomeWindowDays,
                allowOverlap: allowOverlap, newName: rename.map(TerminalText.sanitizeLine), meetingAt: meetingAt,
                meetingPlace: meetingPlace, keepInTouchWeeks: keepInTouchWeeks)
            let shown = TerminalText.sanitizeLine(edited.name)
            print(text(
                "Kampanjen \(shown) er endret: ringer \(Self.range(edited.rules)) på dagene \(Self.days(edited.rules)) (\(edited.rules.timeZoneIdentifier)); \(added) medlemmer lagt til.",
                "Campaign \(shown) changed: calls \(Self.range(edited.rules)) on days \(Self.days(edited.rules)) (\(edited.rules.timeZoneIdentifier)); \(added) members added."))
            if let meetingAt = edited.meetingAt, meeting != nil || meetingPlace != nil || keepInTouchWeeks != nil {
                let place = edited.meetingPlace.map { text(" på ", " at ") + TerminalText.sanitizeLine($0) } ?? ""
                print(text(
                    "Møtet: \(localTime.string(meetingAt)) (\(localTime.zone.identifier))\(place); holde-kontakt-samtalen etter \(edited.keepInTouchWeeks) uker.",
                    "Meeting: \(localTime.string(meetingAt)) (\(localTime.zone.identifier))\(place); keep-in-touch call after \(edited.keepInTouchWeeks) weeks."))
            } else if let place = edited.meetingPlace, meetingPlace != nil {
                let shownPlace = TerminalText.sanitizeLine(place)
                print(text(
                    "Møtestedet: \(shownPlace); møtetidspunktet er ikke satt ennå (--meeting).",
                    "Meeting place: \(shownPlace); the meeting time is not set yet (--meeting)."))
            } else if keepInTouchWeeks != nil {
                print(text(
                    "Holde-kontakt-samtalen etter \(edited.keepInTouchWeeks) uker.", "Keep-in-touch call after \(edited.keepInTouchWeeks) weeks."))
            }
        }

        static func range(_ rules: CallingRules) -> String {
            String(format: "%02d:%02d-%02d:%02d", rules.startMinute / 60, rules.startMinute % 60, rules.endMinute / 60, rules.endMinute % 60)
        }

        static func days(_ rules: CallingRules) -> String {
            rules.callingDays.sorted().map { String($0.rawValue) }.joined()
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: Text.ofCommandLine(
                "Slett en kampanje laget ved en feil, med lista.",
                "Delete a campaign made by mistake, with its list."),
            discussion: Text.ofCommandLine(
                "Nektes når en samtale er ført eller en pakke er tatt ut: en slik kampanje avsluttes i stedet.",
                "Refused once a call is logged or a pack exported on it: such a campaign is closed instead."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var name: String

        func run() throws {
            let entries = try options.open().deleteCampaign(named: name)
            let shown = TerminalText.sanitizeLine(name)
            print(Text(options.language)(
                "Kampanjen \(shown) er slettet, med \(entries) medlemmer på lista.",
                "Campaign \(shown) is deleted, with the \(entries) members on its list."))
        }
    }
}

/// What `campaign create` and `campaign refresh` add to their confirmation: how many members each rule left out,
/// members open on two lists, and, for an empty list, where the members are.
enum CampaignCreationNotes {
    static func lines(_ store: Store, campaign: Campaign, added: Int, text: Text) throws -> [String] {
        var lines = try leftOutLines(store, campaign: campaign, text: text)
        if campaign.isKeepInTouch { return lines + (try keepInTouchLines(store, campaign: campaign, text: text)) }
        guard added == 0 else { return lines }
        switch campaign.kind {
        case .dues:
            let years = try store.duesYears().filter { $0.unpaid > 0 }
            let others = years.filter { $0.year != campaign.year }.prefix(5).map { "\($0.year) (\($0.unpaid))" }.joined(separator: ", ")
            if years.contains(where: { $0.year == campaign.year }) {
                lines.append(text(
                    "Lista er tom: alle ubetalte for \(campaign.year) er holdt utenfor. `dues campaign show \(campaign.name)` viser hvorfor.",
                    "The list is empty: every unpaid member for \(campaign.year) is left out. `dues campaign show \(campaign.name)` shows why."))
            } else if !others.isEmpty {
                lines.append(text(
                    "Lista er tom: ingen står som ubetalt for \(campaign.year). Ubetalte finnes for \(others); velg året med --year.",
                    "The list is empty: nobody is unpaid for \(campaign.year). There are unpaid members for \(others); choose the year with --year."))
            } else {
                lines.append(text(
                    "Lista er tom: ingen medlemmer står som ubetalt for noe år. Importer registeret først (`dues import`).",
                    "The list is empty: no member is unpaid for any year. Import the register first (`dues import`)."))
            }
        case .welcome:
            let newest = try store.newestJoinDate()
            lines.append(newest.map { newest in
                text(
                    "Lista er tom: ingen har meldt seg inn de siste \(campaign.welcomeWindowDays) dagene; den nyeste meldte seg inn \(newest.norwegian). Bruk --joined-since \(newest.norwegian) eller --welcome-days.",
                    "The list is empty: nobody joined in the last \(campaign.welcomeWindowDays) days; the newest member joined on \(newest.norwegian). Use --joined-since \(newest.norwegian) or --welcome-days.")
            } ?? text(
                "Lista er tom: ingen medlemmer har innmeldingsdato. Importer registeret med innmeldingsdatoer først.",
                "The list is empty: no member has a join date. Import a register with join dates first."))
        }
        return lines
    }

    /// A keep-in-touch campaign's welcome campaign and how many welcomed there are left out as too recent, so that
    /// an empty list is never silent; nothing for other campaigns.
    static func keepInTouchLines(_ store: Store, campaign: Campaign, text: Text) throws -> [String] {
        guard let (source, tooRecent) = try store.keepInTouchWaiting(campaign: campaign) else { return [] }
        let name = TerminalText.sanitizeLine(source.name), weeks = source.keepInTouchWeeks
        return [text(
            "Holde-kontakt-samtale til dem som ble ønsket velkommen i \(name) for minst \(weeks) uker siden. Holdt utenfor fordi velkomstsamtalen er for ny: \(tooRecent); `dues campaign refresh` tar dem med når tiden er inne.",
            "Keep-in-touch call to those welcomed on \(name) at least \(weeks) weeks ago. Left out because their welcome call is too recent: \(tooRecent); `dues campaign refresh` adds them when their time comes.")]
    }

    /// One line counting the members each rule left out, and the warning about members open on another list too.
    static func leftOutLines(_ store: Store, campaign: Campaign, text: Text) throws -> [String] {
        let excluded = try store.exclusions(campaign: campaign)
        var lines: [String] = []
        let counts = LeftOutRule.allCases.filter { excluded[$0] > 0 }.map { "\(excluded[$0]) \(LeftOutLabel.of($0, text))" }
        if !counts.isEmpty {
            lines.append(text("Holdt utenfor: ", "Left out: ") + counts.joined(separator: ", ") + ".")
        }
        if excluded[.onAnotherList] > 0 {
            lines.append(text(
                "\(excluded[.onAnotherList]) står åpne på en annen åpen liste for \(campaign.year); --allow-overlap (med `dues campaign edit`) tar dem med her også.",
                "\(excluded[.onAnotherList]) are open on another open list for \(campaign.year); --allow-overlap (with `dues campaign edit`) puts them on this one too."))
        }
        if excluded.alsoOnAnotherList > 0 {
            lines.append(text(
                "Advarsel: \(excluded.alsoOnAnotherList) på lista står også på en annen åpen liste for \(campaign.year), så to ringere kan nå dem. Lukk den ene lista, eller endre ringetidene med `dues campaign edit` i stedet for å lage en ny kampanje.",
                "Warning: \(excluded.alsoOnAnotherList) on the list are on another open list for \(campaign.year) too, so two callers may reach them. Close one of the lists, or change the calling hours with `dues campaign edit` instead of making a new campaign."))
        }
        return lines
    }
}

/// The warnings that a campaign's script leaves a gap for some members or still holds text in brackets to fill in,
/// for `campaign create`, `campaign script` and `campaign show`.
enum ScriptGapNotes {
    static func lines(_ store: Store, campaign: Campaign, text: Text) throws -> [String] {
        placeholderLines(campaign, text: text) + (try meetingLines(store, campaign: campaign, text: text))
            + (try store.scriptGaps(campaign: campaign).map { gap in
            let shown = gap.memberNumbers.prefix(10).joined(separator: ", ") + (gap.memberNumbers.count > 10 ? ", …" : "")
            let field = gap.field.rawValue
            return text(
                "Advarsel: {\(field)} er tom for \(gap.memberNumbers.count) medlemmer på lista (\(shown)). Gi manuset noe å si i stedet, som {\(field)|fylket}.",
                "Warning: {\(field)} is empty for \(gap.memberNumbers.count) members on the list (\(shown)). Give the script something to say instead, like {\(field)|the county}.")
        })
    }

    /// The warning that the script or SMS invites to a meeting the campaign lacks, which stops a call session.
    static func meetingLines(_ store: Store, campaign: Campaign, text: Text) throws -> [String] {
        guard campaign.lacksMeeting(smsTemplate: try store.smsTemplate(campaign: campaign.name), language: text.language, now: store.now())
        else { return [] }
        return [text("Advarsel: ", "Warning: ")
            + MissingMeeting(campaign: campaign.name, passed: campaign.meetingAt != nil, language: text.language).description]
    }

    /// The warning about bracketed text left to fill in, which a caller would read out as it stands.
    static func placeholderLines(_ campaign: Campaign, text: Text) -> [String] {
        guard let script = try? ScriptTemplate(validating: campaign.script), let first = script.placeholders.first else { return [] }
        let shown = TerminalText.sanitizeLine(String(first.prefix(60))) + (first.count > 60 ? "…]" : "")
        let name = TerminalText.sanitizeLine(campaign.name)
        return [text(
            "Advarsel: manuset har \(script.placeholders.count) plassholder(e) som må fylles inn, som \(shown). Rett det med `dues campaign script \(name) --edit`.",
            "Warning: the script has \(script.placeholders.count) placeholder(s) to fill in, such as \(shown). Fix it with `dues campaign script \(name) --edit`.")]
    }
}

/// A campaign's script as a caller reads it to one member, for `campaign script --preview`.
enum ScriptPreview {
    static func text(_ store: Store, campaign: Campaign, memberNumber: String, caller: String?, text: Text) throws -> String {
        guard let member = try store.member(number: memberNumber) else {
            throw CLIError(description: text(
                "Fant ikke medlem nummer \(TerminalText.sanitizeLine(memberNumber))",
                "No member with number \(TerminalText.sanitizeLine(memberNumber))"))
        }
        let callerFirstName = try caller.map { try store.caller(named: $0).firstName } ?? text("[ringer]", "[caller]")
        let settings = try store.settings()
        let script = CardSource.script(
            campaign, for: member, callerFirstName: callerFirstName, party: settings[.party] ?? "",
            officeEmail: settings[.membershipOfficeEmail] ?? "", paymentDetails: settings[.paymentDetails] ?? "",
            meeting: campaign.meetingText(language: campaign.language, timeZone: settings.organisationTimeZone, now: store.now()))
        var lines = [TerminalText.sanitize(script)]
        let missing = campaign.missingSettings(in: settings)
        if !missing.isEmpty {
            lines.append(text(
                "Advarsel: ikke satt: \(missing.compactMap(\.commandName).joined(separator: ", ")); en ringeøkt starter ikke før de er satt med `dues settings set`.",
                "Warning: not set: \(missing.compactMap(\.commandName).joined(separator: ", ")); a call session will not start until they are set with `dues settings set`."))
        }
        lines += try ScriptGapNotes.meetingLines(store, campaign: campaign, text: text)
        return (lines + ScriptGapNotes.placeholderLines(campaign, text: text)).joined(separator: "\n")
    }
}
