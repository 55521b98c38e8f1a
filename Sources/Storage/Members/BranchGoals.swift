import Foundation
import Model
import SQLite

/// Where one branch stands against its goals in a year, and how it ranks in recruiting.
public struct BranchGoalStatus: Sendable, Equatable, Codable {
    public let branch: String
    /// Members on the register now.
    public let members: Int
    /// The total-member goal in force: the one for the year asked about, else the nearest later one.
    public let totalGoal: Int?
    /// The year the total goal is to be reached by.
    public let totalGoalYear: Int?
    /// Members still needed to reach the total goal (0 once reached).
    public var toGo: Int? { totalGoal.map { max(0, $0 - members) } }
    /// Members on the register now who joined in the year, and those who joined January–June and July–December.
    public let recruited: Int
    public let recruitedSpring: Int
    public let recruitedAutumn: Int
    /// The recruitment goal for the year.
    public let recruitGoal: Int?
    /// Ranks among the branches by recruits (1 is best; equal counts share a rank).
    public let springRank: Int
    public let autumnRank: Int
    public let yearRank: Int
    /// Recruits as a share of the recruitment goal (1 is the goal reached), when the branch has a goal above 0.
    public var recruitShare: Double? {
        guard let recruitGoal, recruitGoal > 0 else { return nil }
        return Double(recruited) / Double(recruitGoal)
    }
    /// Rank by `recruitShare` among the branches that have one (equal shares share a rank), so a small branch can
    /// win against a big one.
    public let shareRank: Int?
}

/// Every branch's goals and recruitment for one year.
public struct GoalsReport: Sendable, Equatable, Codable {
    public let year: Int
    public let branches: [BranchGoalStatus]
}

extension Store {
    /// Sets a branch's total-member goal for `by` and/or recruitment goal for `in`, keeping the other goal of
    /// that year as it was. One transaction.
    public func setGoal(branch name: String, total: (count: Int, year: Int)? = nil, recruit: (count: Int, year: Int)? = nil) throws {
        guard total != nil || recruit != nil else { throw StoreError.invalid(Wording("oppgi et mål for antall medlemmer, et vervemål eller begge", "give a total goal, a recruitment goal or both")) }
        for goal in [total, recruit].compactMap({ $0 }) {
            guard goal.count >= 0 else { throw StoreError.invalid(Wording("et mål kan ikke være negativt (\(goal.count))", "a goal cannot be negative (\(goal.count))")) }
            guard (1900...2999).contains(goal.year) else { throw StoreError.invalid(Wording("\(goal.year) er ikke et år mellom 1900 og 2999", "\(goal.year) is not a year between 1900 and 2999")) }
        }
        try write { database in
            guard let branch = try branch(named: name) else { throw StoreError.notFound(kind: "branch", name: name) }
            if let total {
                try database.run("""
                    INSERT INTO branch_goals (branch_id, year, total_goal) VALUES (?, ?, ?)
                    ON CONFLICT (branch_id, year) DO UPDATE SET total_goal = excluded.total_goal
                    """, [branch.id, total.year, total.count])
            }
            if let recruit {
                try database.run("""
                    INSERT INTO branch_goals (branch_id, year, recruit_goal) VALUES (?, ?, ?)
                    ON CONFLICT (branch_id, year) DO UPDATE SET recruit_goal = excluded.recruit_goal
                    """, [branch.id, recruit.year, recruit.count])
            }
            try audit(database, "goal_set", subject: branch.name, counts: ["goals": [total, recruit].compactMap { $0 }.count])
        }
    }

    /// Each branch's members, goals and recruits in `year`, with rankings for spring, autumn and the whole year.
    public func goals(year: Int) throws -> GoalsReport {
        try read { database in
            let rows = try database.fetchAll("""
                SELECT b.name,
                       (SELECT count(*) FROM members m WHERE m.branch_id = b.id AND m.left_register_at IS NULL),
                       total.total_goal, total.year,
                       (SELECT recruit_goal FROM branch_goals g WHERE g.branch_id = b.id AND g.year = :year),
                       (SELECT count(*) FROM members m WHERE m.branch_id = b.id AND m.left_register_at IS NULL
                            AND m.joined_on BETWEEN :spring_start AND :spring_end),
                       (SELECT count(*) FROM members m WHERE m.branch_id = b.id AND m.left_register_at IS NULL
                            AND m.joined_on BETWEEN :autumn_start AND :autumn_end)
                FROM branches b
                LEFT JOIN branch_goals total ON total.branch_id = b.id AND total.year = (
                    SELECT min(g.year) FROM branch_goals g
                    WHERE g.branch_id = b.id AND g.year >= :year AND g.total_goal IS NOT NULL)
                ORDER BY b.name
                """, [
                    "year": year, "spring_start": "\(year)-01-01", "spring_end": "\(year)-06-30",
                    "autumn_start": "\(year)-07-01", "autumn_end": "\(year)-12-31",
                ]) { row in
                (branch: row[0] as String, members: row[1] as Int, total: row[2] as Int?, totalYear: row[3] as Int?,
                 recruitGoal: row[4] as Int?, spring: row[5] as Int, autumn: row[6] as Int)
            }
            let springRanks = Self.ranks(rows.map(\.spring))
            let autumnRanks = Self.ranks(rows.map(\.autumn))
            let yearRanks = Self.ranks(rows.map { $0.spring + $0.autumn })
            // Shares compared exactly, as recruits × other goal, so 1 of 3 and 2 of 6 tie.
            let shares = rows.map { row in row.recruitGoal.flatMap { $0 > 0 ? (row.spring + row.autumn, $0) : nil } }
            let shareRanks = shares.map { share in
                share.map { mine in 1 + shares.compactMap { $0 }.filter { $0.0 * mine.1 > mine.0 * $0.1 }.count }
            }
            return GoalsReport(year: year, branches: rows.indices.map { index in
                let row = rows[index]
                return BranchGoalStatus(
                    branch: row.branch, members: row.members, totalGoal: row.total, totalGoalYear: row.totalYear,
                    recruited: row.spring + row.autumn, recruitedSpring: row.spring, recruitedAutumn: row.autumn,
                    recruitGoal: row.recruitGoal, springRank: springRanks[index], autumnRank: autumnRanks[index],
                    yearRank: yearRanks[index], shareRank: shareRanks[index])
            })
        }
    }

    /// The year `goals` shows when none is asked for: the latest year up to `year` in which a member joined or a
    /// branch has a goal, else `year` itself. A register last exported years ago is shown for its own year.
    public func latestGoalsYear(upTo year: Int) throws -> Int {
        let latest: Int?? = try database.fetchOne("""
            SELECT max(y) FROM (
                SELECT CAST(substr(max(joined_on), 1, 4) AS INTEGER) AS y FROM members
                WHERE left_register_at IS NULL AND joined_on < :next
                UNION ALL SELECT max(year) FROM branch_goals WHERE year <= :year)
            """, ["next": "\(year + 1)-01-01", "year": year]) { $0[0] as Int? }
        return (latest ?? nil) ?? year
    }

    /// Competition ranks, highest count first: 10, 7, 7, 3 rank 1, 2, 2, 4.
    static func ranks(_ counts: [Int]) -> [Int] {
        counts.map { count in counts.filter { $0 > count }.count + 1 }
    }
}
