import Foundation
import Model
import SQLite

/// Who a campaign holds, derived from the register: the SQL that picks them, shared by list-building and counting.
///
/// Parameters: `:campaign` id, `:kind`, `:year` of dues, `:today` (ISO), `:since`, the first join day for welcome calls
/// (ISO), `:now`, `:source`, the welcome campaign a keep-in-touch campaign follows (else NULL).
enum CampaignMembership {
    /// Members a campaign is about, before anyone is left out.
    static func candidates(_ campaign: Campaign) -> String {
        if campaign.isKeepInTouch { return keepInTouchCandidates }
        return switch campaign.kind {
        case .dues:
            "SELECT m.* FROM dues d JOIN members m ON m.id = d.member_id WHERE d.year = :year AND d.status = 'unpaid'"
        case .welcome:
            """
            SELECT m.* FROM members m WHERE m.joined_on >= :since AND NOT EXISTS (
                SELECT 1 FROM call_list_entries e JOIN call_log c ON c.entry_id = e.id
                WHERE e.member_id = m.id AND c.outcome = 'welcomed')
            """
        }
    }

    /// A keep-in-touch campaign's members: those welcomed on its welcome campaign at least that campaign's
    /// keep-in-touch weeks ago.
    private static let keepInTouchCandidates = """
        SELECT m.* FROM members m WHERE EXISTS (
            SELECT 1 FROM call_list_entries e JOIN call_log c ON c.entry_id = e.id
            WHERE e.member_id = m.id AND e.campaign_id = :source AND c.outcome = 'welcomed'
              AND c.called_at <= :now - 604800 * (SELECT s.keep_in_touch_weeks FROM campaigns s WHERE s.id = :source))
        """

    /// The member has stopped paying and the retention deadline (six months after the payment deadline) has passed,
    /// and they have not agreed to be kept. Such members are never called and are purged.
    /// Six months after 31 August is the end of February: SQLite's '+6 months' alone would overflow into March.
    static let pastRetention = """
        (m.keep_consent = 0 AND EXISTS (
            SELECT 1 FROM dues lapsed JOIN dues_years y ON y.year = lapsed.year
            WHERE lapsed.member_id = m.id AND lapsed.status = 'unpaid' AND \(retentionDeadline) < :today
              AND NOT EXISTS (
                  SELECT 1 FROM dues later
                  WHERE later.member_id = m.id AND later.year > lapsed.year AND later.status <> 'unpaid')))
        """

    /// The ids of the members `pastRetention` holds for, found from the unpaid dues of years whose retention
    /// deadline has passed rather than by looking at every member (CROSS JOIN keeps SQLite from scanning all dues).
    static let pastRetentionMembers = """
        SELECT lapsed.member_id
        FROM dues_years y CROSS JOIN dues lapsed ON lapsed.year = y.year AND lapsed.status = 'unpaid'
        JOIN members m ON m.id = lapsed.member_id
        WHERE \(retentionDeadline) < :today AND m.keep_consent = 0
          AND NOT EXISTS (
              SELECT 1 FROM dues later
              WHERE later.member_id = lapsed.member_id AND later.year > lapsed.year AND later.status <> 'unpaid')
        """

    /// Six months after a year's payment deadline (`y`), with a deadline late in a month ending on the last day of
    /// the sixth month (SQLite's `+6 months` turns 31 August into 3 March).
    private static let retentionDeadline = """
        min(date(y.payment_deadline, '+6 months'), date(y.payment_deadline, 'start of month', '+7 months', '-1 day'))
        """

    /// A call on another list: with `outcomes` (SQL text of a list of codes) and `condition` on it (`c`, the call;
    /// `oc`, its campaign).
    private static func callElsewhere(_ outcomes: String, _ condition: String = "1") -> String {
        """
        EXISTS (
            SELECT 1 FROM call_list_entries o JOIN campaigns oc ON oc.id = o.campaign_id JOIN call_log c ON c.entry_id = o.id
            WHERE o.member_id = m.id AND o.campaign_id <> :campaign AND c.outcome IN (\(outcomes)) AND \(condition))
        """
    }

    static let hasUsableNumber = "(m.phone_e164 IS NOT NULL AND m.phone_wrong = 0)"

    /// When `rule` leaves a member (`m`) off the list. The rules that come from answers on other lists are the
    /// README's "What an answer does to later lists".
    static func condition(_ rule: LeftOutRule) -> String {
        let sameDuesYear = ":kind = 'dues' AND oc.kind = 'dues' AND oc.year = :year"
        return switch rule {
        case .doNotCall: "m.do_not_call = 1"
        case .leftRegister: "m.left_register_at IS NOT NULL"
        case .pastRetention: pastRetention
        case .noUsableNumber: "NOT \(hasUsableNumber)"
        case .deceased: callElsewhere("'deceased'")
        case .moved: callElsewhere("'moved'", "c.called_at >= coalesce(m.branch_changed_at, 0)")
        case .answeredThisYear: callElsewhere("'declined', 'wants_to_resign'", sameDuesYear)
        case .willPay: callElsewhere("'will_pay', 'paid_already'", "\(sameDuesYear) AND c.called_at > :now - :grace")
        case .onAnotherList:
            """
            (:allow_overlap = 0 AND EXISTS (
                SELECT 1 FROM call_list_entries o JOIN campaigns oc ON oc.id = o.campaign_id
                WHERE o.member_id = m.id AND o.campaign_id <> :campaign AND o.status = 'open'
                  AND oc.status = 'open' AND oc.kind = :kind AND oc.year = :year))
            """
        }
    }

    /// Members who may be called at all, on any list.
    static let callable = """
        m.left_register_at IS NULL AND m.do_not_call = 0 AND \(hasUsableNumber) AND NOT \(pastRetention)
        """

    /// Members this campaign may hold: callable, and left out by no answer on another list or by another open list.
    static let eligible = ([callable] + LeftOutRule.answers.map { "NOT " + condition($0) }).joined(separator: "\n  AND ")

    /// The first rule that leaves the member off, or NULL.
    static let firstLeftOutRule = "CASE "
        + LeftOutRule.allCases.map { "WHEN \(condition($0)) THEN '\($0.rawValue)'" }.joined(separator: "\n")
        + " END"

    /// The parameters for a campaign at the store's current time, with the will-pay grace period in days.
    static func arguments(_ campaign: Campaign, today: CalendarDate, now: Int64, graceDays: Int) -> SQLArguments {
        [
            "campaign": campaign.id, "kind": campaign.kind.rawValue, "year": campaign.year, "today": today.iso,
            "since": today.adding(days: -campaign.welcomeWindowDays).iso, "now": now, "grace": graceDays * 86_400,
            "allow_overlap": campaign.allowOverlap, "source": campaign.keepInTouchOf,
        ]
    }
}

/// Why a member a campaign is about is not on its list; counted by the first that holds, in this order.
public enum LeftOutRule: String, CaseIterable, Sendable {
    case doNotCall = "do_not_call"
    case leftRegister = "left_register"
    case pastRetention = "past_retention"
    /// Reported deceased on any list: never called again.
    case deceased
    /// Reported moved, and the register has not given them another branch since.
    case moved
    /// Declined or asked how to resign on another dues list of the year.
    case answeredThisYear = "answered_this_year"
    /// Said they will pay, or have paid, on another dues list of the year within the grace period.
    case willPay = "will_pay"
    /// No number, an invalid one, or one a caller found wrong (until the register brings another).
    case noUsableNumber = "no_usable_number"
    /// Open on another open list of the same kind and year, and the campaign does not allow overlap.
    case onAnotherList = "on_another_list"

    /// The rules that come from answers given on other lists.
    static let answers: [LeftOutRule] = [.deceased, .moved, .answeredThisYear, .willPay, .onAnotherList]
}

/// Members a campaign leaves out, and why.
public struct CampaignExclusions: Sendable, Equatable {
    /// How many members each rule leaves out (the first rule that holds for a member); rules with none are absent.
    public var leftOut: [LeftOutRule: Int] = [:]
    /// Members open on this list who are open on another open campaign of the same kind and year too (a campaign
    /// that allows overlap, or lists made before the rule): two callers may reach them.
    public var alsoOnAnotherList = 0
    /// Members with no number, an invalid one, or one a caller found wrong: someone should find a number.
    public var noUsableNumber: [MemberSummary] = []

    /// How many members `rule` leaves out.
    public subscript(rule: LeftOutRule) -> Int { leftOut[rule] ?? 0 }
}

/// A member's number and name, for lists.
public struct MemberSummary: Sendable, Equatable {
    public let memberNumber: String
    public let fullName: String
    public let branch: String?
    public let phone: String?
}

extension Store {
    /// Adds every member the campaign holds who is not on its list yet; returns how many were added. The list is
    /// looked at first: on a refresh nearly everyone is on it already, and the retention check costs far more.
    func addEligibleMembers(_ database: Database, _ campaign: Campaign) throws -> Int {
        guard campaign.isOpen else { return 0 }
        return try database.run("""
            INSERT INTO call_list_entries (campaign_id, member_id, added_at)
            SELECT :campaign, m.id, :now FROM (\(CampaignMembership.candidates(campaign))) m
            WHERE NOT EXISTS (SELECT 1 FROM call_list_entries e WHERE e.campaign_id = :campaign AND e.member_id = m.id)
              AND \(CampaignMembership.eligible)
            ORDER BY m.id
            """, try membershipArguments(database, campaign))
    }

    /// The membership parameters for `campaign` now, with the will-pay grace period as set.
    func membershipArguments(_ database: Database, _ campaign: Campaign) throws -> SQLArguments {
        let grace = try database.fetchOne(
            "SELECT value FROM settings WHERE key = ?", [SettingKey.willPayGraceDays.rawValue], { $0[0] as String })
        return CampaignMembership.arguments(
            campaign, today: today(campaign), now: timestamp,
            graceDays: grace.flatMap { Int($0) } ?? SettingKey.defaultWillPayGraceDays)
    }

    /// Brings a campaign's list up to date with the register: adds members who became eligible.
    @discardableResult
    public func refreshCampaign(named name: String) throws -> Int {
        try write { database in
            let added = try addEligibleMembers(database, try campaign(named: name))
            if added > 0 { try audit(database, "campaign_refresh", subject: name, counts: ["added": added]) }
            return added
        }
    }

    /// Adds newly eligible members to every open campaign, inside the caller's transaction (after an import).
    func refreshOpenCampaigns(_ database: Database) throws -> Int {
        try campaigns().filter(\.isOpen).reduce(0) { $0 + (try addEligibleMembers(database, $1)) }
    }

    /// The members a campaign is about but leaves out, by reason.
    public func exclusions(campaign: Campaign) throws -> CampaignExclusions {
        try read { database in
            let arguments = try membershipArguments(database, campaign)
            var result = CampaignExclusions()
            // Members on the list are not left out, whatever holds for them now.
            for (rule, count) in try database.fetchAll("""
                SELECT rule, count(*) FROM (
                    SELECT \(CampaignMembership.firstLeftOutRule) AS rule
                    FROM (\(CampaignMembership.candidates(campaign))) m
                    WHERE NOT EXISTS (
                        SELECT 1 FROM call_list_entries e WHERE e.campaign_id = :campaign AND e.member_id = m.id))
                WHERE rule IS NOT NULL GROUP BY rule
                """, arguments, { ($0[0] as String, $0[1] as Int) }) {
                if let rule = LeftOutRule(rawValue: rule) { result.leftOut[rule] = count }
            }
            result.alsoOnAnotherList = try database.fetchOne("""
                SELECT count(*) FROM call_list_entries e
                WHERE e.campaign_id = :campaign AND e.status = 'open' AND EXISTS (
                    SELECT 1 FROM call_list_entries o JOIN campaigns oc ON oc.id = o.campaign_id
                    WHERE o.member_id = e.member_id AND o.campaign_id <> :campaign AND o.status = 'open'
                      AND oc.status = 'open' AND oc.kind = :kind AND oc.year = :year)
                """, arguments) { $0[0] as Int }!
            result.noUsableNumber = try database.fetchAll("""
                SELECT m.member_number, m.first_name, m.last_name, b.name, m.phone_raw
                FROM (\(CampaignMembership.candidates(campaign))) m LEFT JOIN branches b ON b.id = m.branch_id
                WHERE (\(CampaignMembership.firstLeftOutRule)) = 'no_usable_number'
                ORDER BY b.name, m.last_name, m.first_name
                """, arguments) { row in
                MemberSummary(
                    memberNumber: row[0], fullName: [row[1] as String, row[2] as String].filter { !$0.isEmpty }.joined(separator: " "),
                    branch: row[3], phone: row[4])
            }
            return result
        }
    }
}
