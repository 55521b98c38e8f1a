import Model
import Storage
import TextCells

/// The terminal rendering of `dues status`.
struct StatusView {
    let summary: StatusSummary
    let text: Text

    func render() -> String {
        var lines: [String] = []
        if summary.demo { lines.append(text("DEMODATA: medlemmene er oppdiktet.", "DEMO DATA: the members are invented.")) }
        if !summary.purgeDue.isEmpty { lines += CellWidth.wrap(purgeWarning(), width: 80) }
        lines.append(text(
            "Medlemmer: \(summary.members) (\(summary.leftRegister) har gått ut av registeret, \(summary.withoutBranch) uten lokallag). Ringere: \(summary.callers).",
            "Members: \(summary.members) (\(summary.leftRegister) left the register, \(summary.withoutBranch) without a branch). Callers: \(summary.callers)."))
        if !summary.years.isEmpty {
            var years = TextTable(columns: [
                .init(text("År", "Year")), .init(text("Ubetalt", "Unpaid"), alignment: .right),
                .init(text("Betalt", "Paid"), alignment: .right), .init(text("Fritatt", "Waived"), alignment: .right),
            ])
            for year in summary.years { years.append([String(year.year), String(year.unpaid), String(year.paid), String(year.waived)]) }
            lines += ["", years.render()]
        }
        if !summary.campaigns.isEmpty { lines += ["", campaignTable()] }
        let unpaid = summary.unpaidByBranch
        var branches = TextTable(columns: [
            .init(text("Lokallag", "Branch"), shrinkPriority: 1), .init(text("Medlemmer", "Members"), alignment: .right),
        ] + (unpaid.map { [.init(text("Ubetalt \($0.year)", "Unpaid \($0.year)"), alignment: .right)] } ?? []))
        for branch in summary.branches {
            branches.append([branch.branch, String(branch.members)] + (unpaid.map { [String($0.branches[branch.branch] ?? 0)] } ?? []))
        }
        if summary.withoutBranch > 0 {
            branches.append([text("(uten lokallag)", "(no branch)"), String(summary.withoutBranch)]
                + (unpaid.map { [String($0.withoutBranch)] } ?? []))
        }
        lines += ["", branches.render()]
        return lines.joined(separator: "\n")
    }

    /// The warning that member data has outlived its retention deadline.
    func purgeWarning() -> String {
        let due = summary.purgeDue
        return text(
            "SLETTING ER PÅKREVD: \(due.membersLeft) utmeldte, \(due.membersLapsed) over slettefristen og notater fra \(due.callTexts) samtaler skal slettes. Kjør `dues purge`.",
            "PURGE DUE: \(due.membersLeft) members who left, \(due.membersLapsed) past the retention deadline and notes of \(due.callTexts) calls must be deleted. Run `dues purge`.")
    }

    /// The campaigns, newest first.
    func campaignTable() -> String {
        var campaigns = TextTable(columns: [
            .init(text("Kampanje", "Campaign"), shrinkPriority: 1), .init(text("Type", "Kind")),
            .init(text("År", "Year")), .init(text("Status", "Status")),
            .init(text("Åpne", "Open"), alignment: .right), .init(text("Ferdige", "Closed"), alignment: .right),
        ])
        for campaign in summary.campaigns {
            let kind = CampaignKind(rawValue: campaign.kind)?.label(text.language) ?? campaign.kind
            let state = campaign.status == "open" || campaign.status == "closed"
                ? campaignStateLabel(isOpen: campaign.status == "open", text.language) : campaign.status
            campaigns.append([campaign.name, kind, String(campaign.year), state, String(campaign.open), String(campaign.closed)])
        }
        return campaigns.render()
    }
}
