import Model
import SQLite

/// SQL shared by the campaign report queries. Outcome code lists come from `Model` and are bound as JSON arrays.
///
/// Parameters: `:campaign` id, `:year` of dues, `:dues` (1 for a dues campaign), `:reached` (JSON array of the codes
/// that count as reaching the member), `:will_pay` (the code of a promise to pay).
enum ReportSQL {
    /// One row per entry on the campaign's list: its status, member, caller, calls, whether the member was reached,
    /// and, for members unpaid when the list was cut who have paid since, when they paid and whether they were
    /// reached (and promised to pay) before that.
    static let entryFacts = """
        SELECT f.id, f.status, f.member_id, f.calls, f.paid_at,
               EXISTS (SELECT 1 FROM call_log c WHERE c.entry_id = f.id
                       AND c.outcome IN (SELECT value FROM json_each(:reached))) AS reached,
               f.paid_at IS NOT NULL AND EXISTS (
                   SELECT 1 FROM call_log c WHERE c.entry_id = f.id AND c.called_at <= f.paid_at
                     AND c.outcome IN (SELECT value FROM json_each(:reached))) AS reached_before_paid,
               f.paid_at IS NOT NULL AND EXISTS (
                   SELECT 1 FROM call_log c WHERE c.entry_id = f.id AND c.called_at <= f.paid_at
                     AND c.outcome = :will_pay) AS promised_before_paid
        FROM (
            SELECT e.id, e.status, e.member_id,
                   (SELECT count(*) FROM call_log c WHERE c.entry_id = e.id) AS calls,
                   CASE WHEN :dues = 0 THEN NULL
                        WHEN e.status = 'paid_since' THEN e.closed_at
                        ELSE (SELECT d.changed_at FROM dues d
                              WHERE d.member_id = e.member_id AND d.year = :year AND d.status = 'paid'
                                AND d.changed_at > e.added_at)
                   END AS paid_at
            FROM call_list_entries e WHERE e.campaign_id = :campaign
        ) f
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

    /// The parameters of `entryFacts` for a campaign.
    static func arguments(_ campaign: Campaign) -> [String: SQLBindable] {
        [
            "campaign": campaign.id, "year": campaign.year, "dues": campaign.kind == .dues ? 1 : 0,
            "reached": reachedCodes, "will_pay": Outcome.willPay.rawValue,
        ]
    }
}
