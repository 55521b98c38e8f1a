import Model
import Storage

/// One table of a report, independent of the output format: column titles, which columns are numbers, and rows.
public struct ReportGrid: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public let title: String
        public let isNumber: Bool
    }

    public let title: String
    public let columns: [Column]
    public let rows: [[String]]
}

extension ReportGrid {
    /// The headline numbers of a campaign, as a two-column table.
    static func summary(_ report: CampaignReport, _ words: Words) -> ReportGrid {
        var rows: [[String]] = [
            [words("På lista", "On the list"), String(report.onList)],
            [words("Ringt minst én gang", "Called at least once"),
             "\(report.called) (\(words.percent(report.called, of: report.onList)))"],
            [words("Nådd", "Reached"), "\(report.reached) (\(words.percent(report.reached, of: report.onList)))"],
            [words("Gjenstår å ringe", "Still to call"), String(report.stillToCall)],
            [words("Samtaler", "Calls"), String(report.calls)],
            [words("Forsøk per oppringt medlem", "Attempts per member called"), words.decimal(report.attemptsPerCalledMember)],
        ]
        if let paid = report.paidSince {
            let notReached = report.onList - report.reached
            rows += [
                [words("Betalt siden lista ble laget", "Paid since the list was cut"),
                 "\(paid.total) (\(words.percent(paid.total, of: report.onList)))"],
                [words("– nådd før de betalte", "– reached before paying"), String(paid.reached)],
                [words("  – av dem sa «vil betale»", "  – of whom said “will pay”"), String(paid.reachedWillPay)],
                [words("– aldri nådd", "– never reached"), String(paid.neverReached)],
                [words("Betalt blant de nådde", "Paid among those reached"), words.percent(paid.reached, of: report.reached)],
                [words("Betalt blant de ikke nådde", "Paid among those not reached"),
                 words.percent(paid.neverReached, of: notReached)],
            ]
        }
        if let texted = report.smsSent {
            rows.append([words("SMS sendt", "SMS sent"), "\(texted) (\(words.percent(texted, of: report.onList)))"])
        }
        return ReportGrid(
            title: words("Oppsummering", "Summary"),
            columns: [.init(title: words("Tall", "Figure"), isNumber: false), .init(title: words("Verdi", "Value"), isNumber: true)],
            rows: rows)
    }

    /// Welcome campaigns: the steps of the checklist and, with a meeting, who came (none for dues campaigns).
    static func welcome(_ report: CampaignReport, _ words: Words) -> [ReportGrid] {
        var grids: [ReportGrid] = []
        if let steps = report.welcomeSteps {
            grids.append(ReportGrid(
                title: words("Velkomststegene", "Welcome steps"),
                columns: [text(words("Steg", "Step"))] + numbers(words("Medlemmer", "Members"), words("Av velkomne", "Of welcomed")),
                rows: steps.map { [$0.step.label(words.language), String($0.members), String($0.welcomed)] }))
        }
        if let meeting = report.meetingAttendance {
            grids.append(ReportGrid(
                title: words("Møtet", "The meeting"),
                columns: [text(words("Kom de?", "Did they come?"))] + numbers(words("Medlemmer", "Members")),
                rows: [[words("Kom", "Came"), String(meeting.came)], [words("Kom ikke", "Did not come"), String(meeting.didNotCome)],
                       [words("Ikke kjent ennå", "Not known yet"), String(meeting.notKnown)]]))
        }
        return grids
    }

    /// The breakdown of a campaign by one dimension.
    static func breakdown(_ report: CampaignReport, by dimension: ReportDimension, _ words: Words) -> ReportGrid {
        switch dimension {
        case .caller:
            ReportGrid(
                title: words("Per ringer", "By caller"),
                columns: [text(words("Ringer", "Caller"))] + numbers(
                    words("Samtaler", "Calls"), words("Ringt", "Called"), words("Nådd", "Reached"),
                    words("Vil betale", "Will pay"), words("Betalt etter", "Paid since")),
                rows: report.byCaller.map { [$0.caller] + strings($0.calls, $0.called, $0.reached, $0.willPay, $0.paidSince) })
        case .branch:
            ReportGrid(
                title: words("Per lokallag", "By branch"),
                columns: [text(words("Lokallag", "Branch"))] + numbers(
                    words("På lista", "On list"), words("Ringt", "Called"), words("Nådd", "Reached"),
                    words("Igjen", "To call"), words("Betalt", "Paid"), words("Betalt, nådd", "Paid, reached")),
                rows: report.byBranch.map {
                    [$0.branch ?? words.noBranch]
                        + strings($0.onList, $0.called, $0.reached, $0.stillToCall, $0.paidSince, $0.paidSinceReached)
                })
        case .day:
            ReportGrid(
                title: words("Per dag", "By day"),
                columns: [text(words("Dag", "Day"))] + numbers(
                    words("Samtaler", "Calls"), words("Nådd", "Reached"), words("Vil betale", "Will pay")),
                rows: report.byDay.map { [words.day($0.day)] + strings($0.calls, $0.reached, $0.willPay) })
        case .outcome:
            ReportGrid(
                title: words("Per utfall", "By outcome"),
                columns: [text(words("Utfall", "Outcome"))] + numbers(
                    words("Samtaler", "Calls"), words("Medlemmer", "Members"), words("Andel", "Share")),
                rows: report.outcomes.map {
                    [$0.outcome.label(words.language), String($0.calls), String($0.members),
                     words.percent($0.calls, of: report.calls)]
                })
        }
    }

    private static func text(_ title: String) -> Column { Column(title: title, isNumber: false) }
    private static func numbers(_ titles: String...) -> [Column] { titles.map { Column(title: $0, isNumber: true) } }
    private static func strings(_ values: Int...) -> [String] { values.map(String.init) }
}
