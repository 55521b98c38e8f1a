-- The campaign report's aggregation written as plain SQL, for bench/run's baseline: the same figures
-- `dues report Bench --format json` computes (campaign 1, dues year 2026), run in the sqlite3 shell.
.output /dev/null
CREATE TEMP TABLE facts (id INTEGER PRIMARY KEY, status TEXT, member_id INTEGER, calls INTEGER, paid_at INTEGER,
    reached INTEGER, reached_before_paid INTEGER, promised_before_paid INTEGER);
INSERT INTO facts
SELECT id, status, member_id, calls, paid_at, reached,
       coalesce(paid_at IS NOT NULL AND first_reached_at <= paid_at, 0),
       coalesce(paid_at IS NOT NULL AND first_promise_at <= paid_at, 0)
FROM (
    SELECT e.id, e.status, e.member_id, count(c.id) AS calls,
           count(c.id) FILTER (WHERE c.outcome IN ('will_pay', 'paid_already', 'wants_to_resign', 'declined', 'welcomed', 'callback', 'do_not_call')) > 0 AS reached,
           min(c.called_at) FILTER (WHERE c.outcome IN ('will_pay', 'paid_already', 'wants_to_resign', 'declined', 'welcomed', 'callback', 'do_not_call')) AS first_reached_at,
           min(c.called_at) FILTER (WHERE c.outcome = 'will_pay') AS first_promise_at,
           CASE WHEN e.status = 'paid_since' THEN e.closed_at
                ELSE (SELECT d.changed_at FROM dues d WHERE d.member_id = e.member_id AND d.year = 2026
                        AND d.status = 'paid' AND d.changed_at > e.added_at) END AS paid_at
    FROM call_list_entries e LEFT JOIN call_log c ON c.entry_id = e.id
    WHERE e.campaign_id = 1 GROUP BY e.id);
SELECT count(*), count(*) FILTER (WHERE calls > 0), count(*) FILTER (WHERE reached), count(*) FILTER (WHERE status = 'open'),
       sum(calls), count(*) FILTER (WHERE paid_at IS NOT NULL), count(*) FILTER (WHERE reached_before_paid),
       count(*) FILTER (WHERE promised_before_paid)
FROM facts;
SELECT c.outcome, count(*), count(DISTINCT c.entry_id)
FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id WHERE e.campaign_id = 1 GROUP BY c.outcome;
SELECT k.name, count(*), count(DISTINCT c.entry_id),
       count(DISTINCT c.entry_id) FILTER (WHERE c.outcome IN ('will_pay', 'paid_already', 'wants_to_resign', 'declined', 'welcomed', 'callback', 'do_not_call')),
       count(DISTINCT c.entry_id) FILTER (WHERE c.outcome = 'will_pay'),
       count(DISTINCT c.entry_id) FILTER (WHERE c.outcome IN ('will_pay', 'paid_already', 'wants_to_resign', 'declined', 'welcomed', 'callback', 'do_not_call') AND c.called_at <= f.paid_at)
FROM facts f JOIN call_log c ON c.entry_id = f.id JOIN callers k ON k.id = c.caller_id GROUP BY k.id;
SELECT b.name, count(*), count(*) FILTER (WHERE f.calls > 0), count(*) FILTER (WHERE f.reached),
       count(*) FILTER (WHERE f.status = 'open'), count(*) FILTER (WHERE f.paid_at IS NOT NULL),
       count(*) FILTER (WHERE f.reached_before_paid)
FROM facts f LEFT JOIN members m ON m.id = f.member_id LEFT JOIN branches b ON b.id = m.branch_id GROUP BY b.id;
SELECT date(c.called_at, 'unixepoch', 'localtime'), count(*),
       count(*) FILTER (WHERE c.outcome IN ('will_pay', 'paid_already', 'wants_to_resign', 'declined', 'welcomed', 'callback', 'do_not_call')),
       count(*) FILTER (WHERE c.outcome = 'will_pay')
FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id WHERE e.campaign_id = 1 GROUP BY 1;
