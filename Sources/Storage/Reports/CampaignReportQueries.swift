import Foundation
import Model
import SQLite

extension Store {
    /// The campaign a report is about: the one named, else the only open one, else the newest.
    public func reportCampaign(named name: String?) throws -> Campaign {
        if let name { return try campaign(named: name) }
        let all = try campaigns()
        let open = all.filter(\.isOpen)
        if open.count > 1 { return try defaultCampaign() }
        guard let chosen = open.first ?? all.first else {
            throw StoreError.invalid(Wording("det finnes ingen kampanjer ennå: lag en med `dues campaign create`", "there are no campaigns yet: create one with `dues campaign create`"))
        }
        return chosen
    }

    /// The report of one campaign, from one snapshot. With `caller`, only that caller's row is given by caller,
    /// so a volunteer sees their own numbers and no one else's.
    public func campaignReport(campaign name: String?, caller callerName: String? = nil) throws -> CampaignReport {
        try read { database in
            let campaign = try reportCampaign(named: name)
            let onlyCaller = try callerName.map { try caller(named: $0).id }
            let arguments = ReportSQL.arguments(campaign, caller: onlyCaller)
            try database.execute("DROP TABLE IF EXISTS temp.report_facts")
            try database.execute(ReportSQL.createFacts)
            defer { try? database.execute("DROP TABLE IF EXISTS temp.report_facts") }
            try database.run(ReportSQL.entryFacts, .named(arguments))
            let totals = try database.fetchOne("""
                SELECT count(*), count(*) FILTER (WHERE calls > 0), count(*) FILTER (WHERE reached),
                       count(*) FILTER (WHERE status = 'open'), coalesce(sum(calls), 0),
                       count(*) FILTER (WHERE paid_at IS NOT NULL), count(*) FILTER (WHERE reached_before_paid),
                       count(*) FILTER (WHERE promised_before_paid)
                FROM temp.report_facts
                """) { row in (0..<8).map { row[$0] as Int } }!
            return CampaignReport(
                campaign: campaign.name, kind: campaign.kind, year: campaign.year, isOpen: campaign.isOpen,
                onList: totals[0], called: totals[1], reached: totals[2], stillToCall: totals[3], calls: totals[4],
                outcomes: try outcomeRows(database, campaign, only: onlyCaller),
                paidSince: campaign.kind == .dues
                    ? PaidSince(total: totals[5], reached: totals[6], reachedWillPay: totals[7]) : nil,
                byCaller: try callerRows(database, campaign, only: onlyCaller),
                byBranch: try branchRows(database, campaign),
                byDay: try dayRows(database, campaign, only: onlyCaller),
                welcomeSteps: campaign.kind == .welcome ? try welcomeStepRows(database, campaign, only: onlyCaller) : nil,
                smsSent: campaign.kind == .dues ? try smsSentMembers(database, campaign, only: onlyCaller) : nil,
                isKeepInTouch: campaign.kind == .welcome ? campaign.isKeepInTouch : nil,
                meetingAttendance: try meetingAttendance(database, campaign, only: onlyCaller))
        }
    }

    /// The members with at least one call on which the caller confirmed sending the SMS.
    private func smsSentMembers(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> Int {
        try database.fetchOne("""
            SELECT count(DISTINCT c.entry_id) FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
            WHERE e.campaign_id = ?1 AND (?2 IS NULL OR c.caller_id = ?2) AND c.sms_sent_at IS NOT NULL
            """, [campaign.id, caller]) { $0[0] as Int } ?? 0
    }

    /// Per checklist step, the welcomed members whose `welcomed` calls ticked it.
    private func welcomeStepRows(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> [WelcomeStepRow] {
        let welcomed = try database.fetchOne("""
            SELECT count(DISTINCT c.entry_id) FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
            WHERE e.campaign_id = ?1 AND (?2 IS NULL OR c.caller_id = ?2) AND c.outcome = 'welcomed'
            """, [campaign.id, caller]) { $0[0] as Int } ?? 0
        // A step counts when the caller ticked it on a welcome call or the board marked it done afterwards.
        let counts = try database.fetchAll("""
            WITH welcomed AS (
                SELECT DISTINCT c.entry_id, e.member_id FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                WHERE e.campaign_id = ?1 AND (?2 IS NULL OR c.caller_id = ?2) AND c.outcome = 'welcomed'
            )
            SELECT item, count(*) FROM (
                SELECT c.entry_id, k.item FROM call_checklist k JOIN call_log c ON c.id = k.call_id
                WHERE c.outcome = 'welcomed' AND c.entry_id IN (SELECT entry_id FROM welcomed)
                  AND (?2 IS NULL OR c.caller_id = ?2)
                UNION
                SELECT w.entry_id, d.item FROM welcomed w JOIN welcome_tasks_done d ON d.member_id = w.member_id
            )
            GROUP BY item
            """, [campaign.id, caller]) { row in (row[0] as String, row[1] as Int) }
        let byItem = Dictionary(counts, uniquingKeysWith: +)
        return WelcomeChecklistItem.allCases.map {
            WelcomeStepRow(step: $0, members: byItem[$0.rawValue] ?? 0, welcomed: welcomed)
        }
    }

    /// How many members welcomed on the campaign came to its meeting, did not, or are not known; nil without a meeting.
    private func meetingAttendance(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> MeetingAttendance? {
        guard campaign.kind == .welcome, let meetingAt = campaign.meetingAt else { return nil }
        let counts = try database.fetchOne("""
            SELECT count(*), count(*) FILTER (WHERE a.came = 1), count(*) FILTER (WHERE a.came = 0)
            FROM (SELECT DISTINCT e.member_id FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
                  WHERE e.campaign_id = ?1 AND (?2 IS NULL OR c.caller_id = ?2) AND c.outcome = 'welcomed'
                    AND e.member_id IS NOT NULL) w
            LEFT JOIN meeting_attendance a ON a.campaign_id = ?1 AND a.member_id = w.member_id
            """, [campaign.id, caller]) { row in (0..<3).map { row[$0] as Int } }!
        return MeetingAttendance(meetingAt: meetingAt, came: counts[1], didNotCome: counts[2], notKnown: counts[0] - counts[1] - counts[2])
    }

    private func outcomeRows(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> [OutcomeRow] {
        try database.fetchAll("""
            SELECT c.outcome, count(*), count(DISTINCT c.entry_id)
            FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
            WHERE e.campaign_id = ?1 AND (?2 IS NULL OR c.caller_id = ?2)
            GROUP BY c.outcome ORDER BY count(*) DESC, c.outcome
            """, [campaign.id, caller]) { row in
            (Outcome(rawValue: row[0]), row[1] as Int, row[2] as Int)
        }.compactMap { outcome, calls, members in
            outcome.map { OutcomeRow(outcome: $0, calls: calls, members: members) }
        }
    }

    private func callerRows(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> [CallerRow] {
        try database.fetchAll("""
            SELECT k.name, count(*), count(DISTINCT c.entry_id),
                   count(DISTINCT c.entry_id) FILTER (WHERE c.outcome IN (SELECT value FROM json_each(:reached))),
                   count(DISTINCT c.entry_id) FILTER (WHERE c.outcome = :will_pay),
                   count(DISTINCT c.entry_id) FILTER (
                       WHERE c.outcome IN (SELECT value FROM json_each(:reached)) AND c.called_at <= f.paid_at)
            FROM temp.report_facts f JOIN call_log c ON c.entry_id = f.id JOIN callers k ON k.id = c.caller_id
            WHERE :caller IS NULL OR k.id = :caller
            GROUP BY k.id ORDER BY k.name, k.id
            """, .named(ReportSQL.arguments(campaign, caller: caller))) {
            CallerRow(caller: $0[0], calls: $0[1], called: $0[2], reached: $0[3], willPay: $0[4], paidSince: $0[5])
        }
    }

    private func branchRows(_ database: Database, _ campaign: Campaign) throws -> [BranchRow] {
        try database.fetchAll("""
            SELECT b.name, count(*), count(*) FILTER (WHERE f.calls > 0), count(*) FILTER (WHERE f.reached),
                   count(*) FILTER (WHERE f.status = 'open'), count(*) FILTER (WHERE f.paid_at IS NOT NULL),
                   count(*) FILTER (WHERE f.reached_before_paid)
            FROM temp.report_facts f
            LEFT JOIN members m ON m.id = f.member_id LEFT JOIN branches b ON b.id = m.branch_id
            GROUP BY b.id ORDER BY b.name IS NULL, b.name
            """) {
            BranchRow(
                branch: $0[0], onList: $0[1], called: $0[2], reached: $0[3], stillToCall: $0[4], paidSince: $0[5],
                paidSinceReached: $0[6])
        }
    }

    /// Calls per local day. SQL counts per quarter hour (every time zone's offset is a whole number of quarter
    /// hours, so no bucket straddles a local midnight) and the buckets are folded into days here.
    private func dayRows(_ database: Database, _ campaign: Campaign, only caller: Int64?) throws -> [DayRow] {
        var days: [CalendarDate: (calls: Int, reached: Int, willPay: Int)] = [:]
        let timeZone = campaign.rules.timeZone
        try database.forEach("""
            SELECT c.called_at / 900, count(*),
                   count(*) FILTER (WHERE c.outcome IN (SELECT value FROM json_each(:reached))),
                   count(*) FILTER (WHERE c.outcome = :will_pay)
            FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id
            WHERE e.campaign_id = :campaign AND (:caller IS NULL OR c.caller_id = :caller) GROUP BY 1
            """, .named(ReportSQL.arguments(campaign, caller: caller))) { row in
            let day = CalendarDate(Date(timeIntervalSince1970: Double(row[0] as Int64) * 900), in: timeZone)
            let sums = days[day, default: (0, 0, 0)]
            days[day] = (sums.calls + row[1], sums.reached + row[2], sums.willPay + row[3])
        }
        return days.keys.sorted().map { DayRow(day: $0, calls: days[$0]!.calls, reached: days[$0]!.reached, willPay: days[$0]!.willPay) }
    }
}
