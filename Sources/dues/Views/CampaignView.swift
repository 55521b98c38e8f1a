import Model
import Storage
import TextCells

/// The terminal rendering of `dues campaign show`.
struct CampaignView {
    let overview: CampaignOverview
    let text: Text
    /// The organisation's time zone, in which the meeting time is shown.
    let localTime: LocalTime

    func render() -> String {
        let campaign = overview.campaign
        let rules = campaign.rules
        let days = rules.callingDays.sorted().map { String($0.rawValue) }.joined()
        var lines = [
            "\(TerminalText.sanitizeLine(campaign.name)) — \(campaign.kind.label(text.language)) \(campaign.year), \(campaignStateLabel(isOpen: campaign.isOpen, text.language))"
                + (campaign.allowOverlap ? text(", kan overlappe andre lister", ", may overlap other lists") : ""),
            text(
                "Ringetider \(clock(rules.startMinute))–\(clock(rules.endMinute)), dager \(days), høyst \(rules.maxAttempts) forsøk, nytt forsøk etter \(rules.coolDownDays) ringedag(er), ledige igjen etter \(Int(rules.claimTimeout) / 60) min.",
                "Calling hours \(clock(rules.startMinute))–\(clock(rules.endMinute)), days \(days), at most \(rules.maxAttempts) attempts, retry after \(rules.coolDownDays) calling day(s), idle claims return after \(Int(rules.claimTimeout) / 60) min."),
            text(
                "På lista: \(overview.onList). I felles pott: \(overview.pool). Holdes av en ringer nå: \(overview.held).",
                "On the list: \(overview.onList). In the pool: \(overview.pool). Held by a caller now: \(overview.held)."),
        ] + welcomeLines(campaign) + [""]
        var statuses = TextTable(columns: [.init(text("Status", "Status")), .init(text("Antall", "Count"), alignment: .right)])
        for status in EntryStatus.allCases where overview.byStatus[status] != nil {
            statuses.append([status.label(text.language), String(overview.byStatus[status] ?? 0)])
        }
        lines.append(statuses.render())
        if !overview.callers.isEmpty {
            var callers = TextTable(columns: [
                .init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Åpne", "Open"), alignment: .right),
                .init(text("Ferdige", "Closed"), alignment: .right),
            ])
            for share in overview.callers { callers.append([share.caller, String(share.open), String(share.closed)]) }
            lines += ["", callers.render()]
        }
        let excluded = overview.exclusions
        lines += ["", text("Holdt utenfor:", "Left out:")]
            + LeftOutRule.allCases.map { "  \(LeftOutLabel.of($0, text)): \(excluded[$0])" }
        if excluded.alsoOnAnotherList > 0 {
            lines += ["", text(
                "\(excluded.alsoOnAnotherList) åpne står også på en annen åpen liste for \(overview.campaign.year), så to ringere kan nå dem. Lukk den ene lista (eller endre ringetidene med `dues campaign edit`).",
                "\(excluded.alsoOnAnotherList) open members are on another open list for \(overview.campaign.year) too, so two callers may reach them. Close one of the lists (or change the calling hours with `dues campaign edit`).")]
        }
        if !excluded.noUsableNumber.isEmpty {
            var missing = TextTable(columns: [
                .init(text("Medlemsnr", "Member no.")), .init(text("Navn", "Name"), shrinkPriority: 1),
                .init(text("Lokallag", "Branch"), shrinkPriority: 2), .init(text("Nummer i registeret", "Number on record"), shrinkPriority: 3),
            ])
            for member in excluded.noUsableNumber {
                missing.append([member.memberNumber, member.fullName, member.branch ?? "", member.phone ?? ""])
            }
            lines += ["", text("Finn et nummer til disse:", "Find a number for these:"), missing.render()]
        }
        return lines.flatMap { $0.contains("\n") || CellWidth.of($0) <= 80 ? [$0] : CellWidth.wrap($0, width: 80) }
            .joined(separator: "\n")
    }

    /// A welcome campaign's meeting and keep-in-touch weeks, and whether it is itself a keep-in-touch call.
    private func welcomeLines(_ campaign: Campaign) -> [String] {
        guard campaign.kind == .welcome else { return [] }
        let place = campaign.meetingPlace.map { text(" på ", " at ") + TerminalText.sanitizeLine($0) } ?? ""
        let meeting = campaign.meetingAt.map { "\(localTime.string($0)) (\(localTime.zone.identifier))\(place)" }
        return (campaign.isKeepInTouch ? [text("Dette er en holde-kontakt-samtale.", "This is a keep-in-touch call.")] : []) + [
            text(
                "Møtet for nye medlemmer: \(meeting ?? "ikke satt (--meeting med `dues campaign edit`)"). Holde-kontakt-samtalen etter \(campaign.keepInTouchWeeks) uker.",
                "Meeting for new members: \(meeting ?? "not set (--meeting with `dues campaign edit`)"). Keep-in-touch call after \(campaign.keepInTouchWeeks) weeks."),
        ]
    }

    private func clock(_ minute: Int) -> String {
        let hours = String(minute / 60), minutes = String(minute % 60)
        return (hours.count < 2 ? "0" + hours : hours) + ":" + (minutes.count < 2 ? "0" + minutes : minutes)
    }
}
