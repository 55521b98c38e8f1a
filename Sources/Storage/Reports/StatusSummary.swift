import SQLite

/// A short overview of what a database holds.
public struct StatusSummary: Sendable, Equatable, Codable {
    public struct BranchCount: Sendable, Equatable, Codable {
        public let branch: String
        public let members: Int
    }

    public struct YearCount: Sendable, Equatable, Codable {
        public let year: Int
        public let unpaid: Int
        public let paid: Int
        public let waived: Int
    }

    /// The latest dues year's unpaid members per branch.
    public struct UnpaidByBranch: Sendable, Equatable, Codable {
        public let year: Int
        /// Branch name to unpaid members still in the register; branches with none are left out.
        public let branches: [String: Int]
        public let withoutBranch: Int
    }

    public struct CampaignCount: Sendable, Equatable, Codable {
        public let name: String
        public let kind: String
        public let year: Int
        public let status: String
        public let open: Int
        public let closed: Int
    }

    public let demo: Bool
    public let members: Int
    public let leftRegister: Int
    public let withoutBranch: Int
    public let branches: [BranchCount]
    public let years: [YearCount]
    /// Nil when no member has dues recorded.
    public let unpaidByBranch: UnpaidByBranch?
    public let campaigns: [CampaignCount]
    public let callers: Int
    /// What `dues purge` would delete now; not empty means a purge is due.
    public let purgeDue: PurgeCounts
}

extension Store {
    /// Counts members, branches, payments per year and campaigns, from one snapshot.
    public func statusSummary() throws -> StatusSummary {
        try read { database in
            // Counts from indexes: the whole table's count from its smallest index, who left from their partial
            // index, and members without a branch from the head of the branch index.
            let totals = try database.fetchOne("""
                SELECT (SELECT count(*) FROM members),
                       (SELECT count(*) FROM members WHERE left_register_at IS NOT NULL),
                       (SELECT count(*) FROM members WHERE branch_id IS NULL AND left_register_at IS NULL)
                """) { (all: $0[0] as Int, left: $0[1] as Int, noBranch: $0[2] as Int) }!
            let branches = try self.branches().map { StatusSummary.BranchCount(branch: $0.name, members: $0.members) }
            // Each year's dues counted per status from the (year, status) index, one range each, with the years found
            // by seeking that index from year to year (a loose index scan) rather than reading every row for them;
            // less the dues of members who left the register (found through their own index: CROSS JOIN keeps SQLite
            // from scanning every dues row for them).
            let years = try database.fetchAll("""
                WITH RECURSIVE years(year) AS (
                    SELECT max(year) FROM dues
                    UNION ALL
                    SELECT (SELECT max(year) FROM dues WHERE year < years.year) FROM years WHERE years.year IS NOT NULL)
                SELECT year, sum(unpaid), sum(paid), sum(waived) FROM (
                    SELECT y.year,
                           (SELECT count(*) FROM dues WHERE year = y.year AND status = 'unpaid') AS unpaid,
                           (SELECT count(*) FROM dues WHERE year = y.year AND status = 'paid') AS paid,
                           (SELECT count(*) FROM dues WHERE year = y.year AND status = 'waived') AS waived
                    FROM years y WHERE y.year IS NOT NULL
                    UNION ALL
                    SELECT d.year, -count(*) FILTER (WHERE d.status = 'unpaid'), -count(*) FILTER (WHERE d.status = 'paid'),
                           -count(*) FILTER (WHERE d.status = 'waived')
                    FROM members m CROSS JOIN dues d ON d.member_id = m.id WHERE m.left_register_at IS NOT NULL GROUP BY d.year)
                GROUP BY year HAVING sum(unpaid) + sum(paid) + sum(waived) > 0 ORDER BY year DESC
                """) { StatusSummary.YearCount(year: $0[0], unpaid: $0[1], paid: $0[2], waived: $0[3]) }
            // Each campaign's open and closed entries, as ranges of its list index.
            let campaigns = try database.fetchAll("""
                SELECT c.name, c.kind, c.year, c.status,
                       (SELECT count(*) FROM call_list_entries e WHERE e.campaign_id = c.id AND e.status = 'open'),
                       (SELECT count(*) FROM call_list_entries e WHERE e.campaign_id = c.id AND e.status <> 'open')
                FROM campaigns c ORDER BY c.created_at DESC, c.id DESC
                """) {
                StatusSummary.CampaignCount(name: $0[0], kind: $0[1], year: $0[2], status: $0[3], open: $0[4], closed: $0[5])
            }
            let callers: Int = try database.fetchOne("SELECT count(*) FROM callers WHERE active = 1") { $0[0] } ?? 0
            let unpaidByBranch = try years.first.map { latest in
                let rows = try database.fetchAll("""
                    SELECT b.name, count(*) FROM dues d CROSS JOIN members m ON m.id = d.member_id
                    LEFT JOIN branches b ON b.id = m.branch_id
                    WHERE d.year = ? AND d.status = 'unpaid' AND m.left_register_at IS NULL
                    GROUP BY m.branch_id
                    """, [latest.year]) { (branch: $0[0] as String?, unpaid: $0[1] as Int) }
                return StatusSummary.UnpaidByBranch(
                    year: latest.year,
                    branches: Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.branch.map { ($0, row.unpaid) } }),
                    withoutBranch: rows.first { $0.branch == nil }?.unpaid ?? 0)
            }
            return StatusSummary(
                demo: try setting(.demo) != nil, members: totals.all - totals.left, leftRegister: totals.left,
                withoutBranch: totals.noBranch, branches: branches, years: years, unpaidByBranch: unpaidByBranch,
                campaigns: campaigns, callers: callers,
                purgeDue: try purgeDue())
        }
    }
}
