import Foundation
import Model
import SQLite

/// A new member's open welcome steps for the board: per member, from their latest `welcomed` call on a welcome
/// campaign (keep-in-touch calls are not welcomes).
public struct WelcomeTaskItem: Sendable, Equatable, Codable {
    public let memberNumber: String
    public let name: String
    public let branch: String?
    /// The number as the register wrote it.
    public let phone: String?
    /// The address the member confirmed on the call, else the register's.
    public let email: String?
    public let campaign: String
    /// The campaign's meeting time, when set.
    public let meetingAt: Date?
    public let welcomedAt: Date
    public let caller: String
    /// The steps still to do, in `WelcomeTask` order: the checklist items the caller did not tick, and "did they
    /// come?" once the meeting time has passed.
    public let open: [WelcomeTask]
    /// The steps of that list the board has done, or whose attendance is recorded.
    public let done: [WelcomeTask]
    /// Whether the member came to the meeting; nil while not known.
    public let came: Bool?
}

extension Store {
    /// The welcome-tasks queue, oldest welcome first: members with open steps (all welcomed members when
    /// `includeDone`), on `campaign` or on every welcome campaign when nil. Members who left the register are left out.
    public func welcomeTasks(campaign: String? = nil, includeDone: Bool = false) throws -> [WelcomeTaskItem] {
        try read { database in
            try welcomeTaskRows(database, campaign: campaign).map(\.item).filter { includeDone || !$0.open.isEmpty }
        }
    }

    /// Marks welcome steps of these members (register numbers) done, all or nothing: `task`, or every open step when
    /// nil. A member not in the queue, or for whom `task` is not a step (ticked on the call, or a meeting not yet
    /// held), is an error naming them and nothing is written. Returns how many steps were newly marked.
    @discardableResult
    public func markWelcomeTasksDone(campaign: String? = nil, memberNumbers: [String], task: WelcomeTask? = nil) throws -> Int {
        try write { database in
            let what = task.map { Wording("ikke i køen welcome-tasks med punktet \($0.rawValue)", "not in the welcome-tasks queue with item \($0.rawValue)") }
                ?? Wording("ikke i køen welcome-tasks", "not in the welcome-tasks queue")
            let rows = try queueMembers(database, campaign: campaign, memberNumbers: memberNumbers, what: what) { row in
                task.map { row.item.open.contains($0) || row.item.done.contains($0) } ?? true
            }
            var marked = 0
            for row in rows {
                for open in row.item.open where task == nil || open == task {
                    marked += try database.run(
                        "INSERT INTO welcome_tasks_done (member_id, item, done_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        [row.memberID, open.rawValue, timestamp])
                }
            }
            try audit(database, "welcome_tasks_done", subject: task?.rawValue, counts: ["members": rows.count, "done": marked])
            return marked
        }
    }

    /// Records whether these members came to the meeting of the welcome campaign that welcomed them, all or nothing;
    /// a later answer replaces an earlier one. A member not welcomed, or whose meeting is not set or still ahead, is
    /// an error naming them. Returns how many members were recorded.
    @discardableResult
    public func recordMeetingAttendance(campaign: String? = nil, memberNumbers: [String], came: Bool) throws -> Int {
        try write { database in
            let now = self.now()
            let rows = try queueMembers(database, campaign: campaign, memberNumbers: memberNumbers, what: Wording(
                "ingen møtetid som er passert for", "no meeting time that has passed for")) { row in
                row.item.meetingAt.map { $0 <= now } ?? false
            }
            for row in rows {
                try database.run("""
                    INSERT INTO meeting_attendance (campaign_id, member_id, came, recorded_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (campaign_id, member_id) DO UPDATE SET came = excluded.came, recorded_at = excluded.recorded_at
                    """, [row.campaignID, row.memberID, came, timestamp])
            }
            try audit(database, "meeting_attendance", subject: came ? "came" : "did_not_come", counts: ["members": rows.count])
            return rows.count
        }
    }

    /// The queue rows of `memberNumbers` (each once), or an error naming the members not welcomed or for whom
    /// `fits` fails.
    private func queueMembers(
        _ database: Database, campaign: String?, memberNumbers: [String], what: Wording,
        fits: (WelcomeTaskRow) -> Bool
    ) throws -> [WelcomeTaskRow] {
        let byNumber = Dictionary(
            try welcomeTaskRows(database, campaign: campaign).map { ($0.item.memberNumber, $0) }, uniquingKeysWith: { $1 })
        var seen = Set<String>()
        let wanted = memberNumbers.filter { seen.insert($0).inserted }
        let missing = wanted.filter { number in byNumber[number].map { !fits($0) } ?? true }
        guard missing.isEmpty else {
            let names = missing.joined(separator: ", ")
            throw StoreError.invalid(Wording("\(what.bokmal): \(names)", "\(what.english): \(names)"))
        }
        return wanted.compactMap { byNumber[$0] }
    }

    /// Every welcomed member's row, open and done steps worked out at the store's clock; with `member`, only that
    /// member's row, kept even after they left the register.
    func welcomeTaskRows(_ database: Database, campaign: String?, member: Int64? = nil) throws -> [WelcomeTaskRow] {
        let campaignID = try campaign.map { try self.campaign(named: $0).id }
        let now = self.now()
        return try database.fetchAll("""
            SELECT m.id, p.id, m.member_number, m.first_name, m.last_name, b.name, m.phone_raw,
                   coalesce(latest.email, m.email), p.name, p.meeting_at, latest.called_at, k.name,
                   (SELECT group_concat(item) FROM call_checklist WHERE call_id = latest.call_id),
                   (SELECT group_concat(item) FROM welcome_tasks_done d WHERE d.member_id = m.id),
                   (SELECT came FROM meeting_attendance a WHERE a.campaign_id = p.id AND a.member_id = m.id)
            FROM (
                SELECT c.id AS call_id, e.member_id, e.campaign_id, c.caller_id, c.called_at, c.email,
                       row_number() OVER (PARTITION BY e.member_id ORDER BY c.called_at DESC, c.id DESC) AS recency
                FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id JOIN campaigns w ON w.id = e.campaign_id
                WHERE c.outcome = 'welcomed' AND e.member_id IS NOT NULL AND w.kind = 'welcome' AND w.keep_in_touch = 0
                  AND (:campaign IS NULL OR e.campaign_id = :campaign) AND (:member IS NULL OR e.member_id = :member)
            ) latest
            JOIN members m ON m.id = latest.member_id
            JOIN campaigns p ON p.id = latest.campaign_id
            JOIN callers k ON k.id = latest.caller_id
            LEFT JOIN branches b ON b.id = m.branch_id
            WHERE latest.recency = 1 AND (m.left_register_at IS NULL OR :member IS NOT NULL)
            ORDER BY latest.called_at, latest.call_id
            """, .named(["campaign": campaignID, "member": member])) { row in
            let ticked = Set(((row[12] as String?) ?? "").split(separator: ",").compactMap { WelcomeChecklistItem(rawValue: String($0)) })
            let marked = Set(((row[13] as String?) ?? "").split(separator: ",").compactMap { WelcomeTask(rawValue: String($0)) })
            let meetingAt: Date? = row[9]
            let came: Bool? = (row[14] as Int?).map { $0 != 0 }
            let steps = WelcomeTask.allCases.filter { task in
                task.checklistItem.map { !ticked.contains($0) } ?? (meetingAt.map { $0 <= now } ?? false)
            }
            let isDone = { (task: WelcomeTask) in marked.contains(task) || (task == .cameToMeeting && came != nil) }
            return WelcomeTaskRow(memberID: row[0], campaignID: row[1], item: WelcomeTaskItem(
                memberNumber: row[2], name: [row[3] as String, row[4] as String].filter { !$0.isEmpty }.joined(separator: " "),
                branch: row[5], phone: row[6], email: row[7], campaign: row[8], meetingAt: meetingAt, welcomedAt: row[10],
                caller: row[11], open: steps.filter { !isDone($0) }, done: steps.filter(isDone), came: came))
        }
    }
}

/// A queue row with the ids that writing needs.
struct WelcomeTaskRow {
    let memberID: Int64
    let campaignID: Int64
    let item: WelcomeTaskItem
}
