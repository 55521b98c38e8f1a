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
        guard total != nil || recruit != nil else { throw StoreError.invalid("give a total goal, a recruitment goal or both") }
        for goal in [total, recruit].compactMap({ $0 }) {
            guard goal.count >= 0 else { throw StoreError.invalid("a goal cannot be negative (\(goal.count))") }
            guard (1900...2999).contains(goal.year) else { throw StoreError.invalid("\(goal.year) is not a year between 1900 and 2999") }
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
            return GoalsReport(year: year, branches: rows.indices.map { index in
                let row = rows[index]
                return BranchGoalStatus(
                    branch: row.branch, members: row.members, totalGoal: row.total, totalGoalYear: row.totalYear,
                    recruited: row.spring + row.autumn, recruitedSpring: row.spring, recruitedAutumn: row.autumn,
                    recruitGoal: row.recruitGoal, springRank: springRanks[index], autumnRank: autumnRanks[index],
                    yearRank: yearRanks[index])
            })
        }
    }

    /// Competition ranks, highest count first: 10, 7, 7, 3 rank 1, 2, 2, 4.
    static func ranks(_ counts: [Int]) -> [Int] {
        counts.map { count in counts.filter { $0 > count }.count + 1 }
    }
}
