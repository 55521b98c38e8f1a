import Foundation
import Model
import SQLite

/// Who a campaign holds, derived from the register: the SQL that picks them, shared by list-building and counting.
///
/// Parameters: `:campaign` id, `:kind`, `:year` of dues, `:today` (ISO), `:since`, the first join day for welcome calls
/// (ISO), `:now`.
enum CampaignMembership {
    /// Members a campaign of this kind is about, before anyone is left out.
    static func candidates(_ kind: CampaignKind) -> String {
        switch kind {
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

    /// A call in another campaign already answered this one: the member died, or, for dues, said in another dues
    /// campaign of the same year that they will pay, have paid, decline, want to resign or have moved.
    static let answeredElsewhere = """
        EXISTS (
            SELECT 1 FROM call_list_entries o JOIN campaigns oc ON oc.id = o.campaign_id JOIN call_log c ON c.entry_id = o.id
            WHERE o.member_id = m.id AND o.campaign_id <> :campaign
              AND (c.outcome = 'deceased'
                   OR (:kind = 'dues' AND oc.kind = 'dues' AND oc.year = :year
                       AND c.outcome IN ('will_pay', 'paid_already', 'declined', 'wants_to_resign', 'moved'))))
        """

    static let hasUsableNumber = "(m.phone_e164 IS NOT NULL AND m.phone_wrong = 0)"

    /// Members who may be called at all.
    static let callable = """
        m.left_register_at IS NULL AND m.do_not_call = 0 AND \(hasUsableNumber) AND NOT \(pastRetention)
        """

    /// The parameters for a campaign at the store's current time.
    static func arguments(_ campaign: Campaign, today: CalendarDate, now: Int64) -> SQLArguments {
        [
            "campaign": campaign.id, "kind": campaign.kind.rawValue, "year": campaign.year, "today": today.iso,
            "since": today.adding(days: -campaign.welcomeWindowDays).iso, "now": now,
        ]
    }
}

/// Members a campaign leaves out, and why.
public struct CampaignExclusions: Sendable, Equatable {
    public var doNotCall = 0
    public var leftRegister = 0
    public var pastRetention = 0
    /// Members open on this list who are open on another open campaign of the same kind and year too: two callers
    /// may reach them (not left out; a coordinator closes one list, or changes one campaign's hours instead).
    public var alsoOnAnotherList = 0
    /// Members whose answer in another campaign settles this one (see `CampaignMembership.answeredElsewhere`).
    public var answeredElsewhere = 0
    /// Members with no number, an invalid one, or one a caller found wrong: someone should find a number.
    public var noUsableNumber: [MemberSummary] = []
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
            SELECT :campaign, m.id, :now FROM (\(CampaignMembership.candidates(campaign.kind))) m
            WHERE NOT EXISTS (SELECT 1 FROM call_list_entries e WHERE e.campaign_id = :campaign AND e.member_id = m.id)
              AND \(CampaignMembership.callable)
              AND NOT \(CampaignMembership.answeredElsewhere)
            ORDER BY m.id
            """, CampaignMembership.arguments(campaign, today: today(campaign), now: timestamp))
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
            let arguments = CampaignMembership.arguments(campaign, today: today(campaign), now: timestamp)
            var result = CampaignExclusions()
            let counts = try database.fetchOne("""
                SELECT count(*) FILTER (WHERE m.do_not_call = 1),
                       count(*) FILTER (WHERE m.left_register_at IS NOT NULL),
                       count(*) FILTER (WHERE \(CampaignMembership.pastRetention)),
                       count(*) FILTER (WHERE \(CampaignMembership.callable) AND \(CampaignMembership.answeredElsewhere))
                FROM (\(CampaignMembership.candidates(campaign.kind))) m
                """, arguments) { ($0[0] as Int, $0[1] as Int, $0[2] as Int, $0[3] as Int) }!
            (result.doNotCall, result.leftRegister, result.pastRetention, result.answeredElsewhere) = counts
            result.alsoOnAnotherList = try database.fetchOne("""
                SELECT count(*) FROM call_list_entries e
                WHERE e.campaign_id = :campaign AND e.status = 'open' AND EXISTS (
                    SELECT 1 FROM call_list_entries o JOIN campaigns oc ON oc.id = o.campaign_id
                    WHERE o.member_id = e.member_id AND o.campaign_id <> :campaign AND o.status = 'open'
                      AND oc.status = 'open' AND oc.kind = :kind AND oc.year = :year)
                """, arguments) { $0[0] as Int }!
            result.noUsableNumber = try database.fetchAll("""
                SELECT m.member_number, m.first_name, m.last_name, b.name, m.phone_raw
                FROM (\(CampaignMembership.candidates(campaign.kind))) m LEFT JOIN branches b ON b.id = m.branch_id
                WHERE m.left_register_at IS NULL AND m.do_not_call = 0 AND NOT \(CampaignMembership.hasUsableNumber)
                  AND NOT \(CampaignMembership.pastRetention)
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
