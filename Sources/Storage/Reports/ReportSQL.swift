import Model
import SQLite

/// SQL shared by the campaign report queries. Outcome code lists come from `Model` and are bound as JSON arrays.
/// The per-entry facts are computed once per report into a temporary table that the breakdowns read.
///
/// Parameters: `:campaign` id, `:year` of dues, `:dues` (1 for a dues campaign), `:reached` (JSON array of the codes
/// that count as reaching the member), `:will_pay` (the code of a promise to pay), `:caller` (a caller's id to count
/// only their own calls and the entries they called or hold, or NULL for everyone).
enum ReportSQL {
    /// The table `entryFacts` fills: one row per entry on the campaign's list, keyed by entry id.
    static let createFacts = """
        CREATE TEMP TABLE report_facts (
            id INTEGER PRIMARY KEY, status TEXT, member_id INTEGER, calls INTEGER, paid_at INTEGER,
            reached INTEGER, reached_before_paid INTEGER, promised_before_paid INTEGER)
        """

    /// One row per entry on the campaign's list, in one pass over its calls: its status, member, calls, whether the
    /// member was reached, and, for members unpaid when the list was cut who have paid since, when they paid and
    /// whether they were reached (and promised to pay) before that.
    static let entryFacts = """
        INSERT INTO temp.report_facts
        SELECT id, status, member_id, calls, paid_at, reached,
               coalesce(paid_at IS NOT NULL AND first_reached_at <= paid_at, 0),
               coalesce(paid_at IS NOT NULL AND first_promise_at <= paid_at, 0)
        FROM (
            SELECT e.id, e.status, e.member_id, count(c.id) AS calls,
                   count(c.id) FILTER (WHERE c.outcome IN (SELECT value FROM json_each(:reached))) > 0 AS reached,
                   min(c.called_at) FILTER (WHERE c.outcome IN (SELECT value FROM json_each(:reached))) AS first_reached_at,
                   min(c.called_at) FILTER (WHERE c.outcome = :will_pay) AS first_promise_at,
                   CASE WHEN :dues = 0 THEN NULL
                        WHEN e.status = 'paid_since' THEN e.closed_at
                        ELSE (SELECT d.changed_at FROM dues d
                              WHERE d.member_id = e.member_id AND d.year = :year AND d.status = 'paid'
                                AND d.changed_at > e.added_at)
                   END AS paid_at
            FROM call_list_entries e LEFT JOIN call_log c ON c.entry_id = e.id AND (:caller IS NULL OR c.caller_id = :caller)
            WHERE e.campaign_id = :campaign
              AND (:caller IS NULL OR e.caller_id = :caller
                   OR EXISTS (SELECT 1 FROM call_log x WHERE x.entry_id = e.id AND x.caller_id = :caller))
            GROUP BY e.id)
        """

    /// The codes of outcomes that reach the member, as a JSON array.
    static var reachedCodes: String { jsonArray(Outcome.allCases.filter(\.isReached).map(\.rawValue)) }

    /// A JSON array of strings, for `json_each`.
    static func jsonArray(_ values: [String]) -> String {
        let escaped = values.map { value in
            "\"" + value.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                default: scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
                }
            }.joined() + "\""
        }
        return "[" + escaped.joined(separator: ",") + "]"
    }

    /// The parameters of `entryFacts` for a campaign, for everyone or one caller.
    static func arguments(_ campaign: Campaign, caller: Int64?) -> [String: SQLBindable] {
        [
            "campaign": campaign.id, "year": campaign.year, "dues": campaign.kind == .dues ? 1 : 0,
            "reached": reachedCodes, "will_pay": Outcome.willPay.rawValue, "caller": caller,
        ]
    }
}
