import Model
import SQLite

/// A complete starting data set, such as the built-in demo, loaded in one transaction.
public struct Seed: Sendable {
    /// A branch with its goals.
    public struct BranchSeed: Sendable {
        public var name: String
        public var goals: [BranchGoal]

        public init(name: String, goals: [BranchGoal]) {
            self.name = name
            self.goals = goals
        }
    }

    /// A member with their payment history.
    public struct MemberSeed: Sendable {
        public var record: MemberRecord
        public var dues: [Int: DuesStatus]

        public init(record: MemberRecord, dues: [Int: DuesStatus]) {
            self.record = record
            self.dues = dues
        }
    }

    public var settings: [SettingKey: String]
    public var duesYears: [Int: CalendarDate]
    public var branches: [BranchSeed]
    public var members: [MemberSeed]
    public var callers: [CallerDraft]

    public init(
        settings: [SettingKey: String], duesYears: [Int: CalendarDate], branches: [BranchSeed],
        members: [MemberSeed], callers: [CallerDraft]
    ) {
        self.settings = settings
        self.duesYears = duesYears
        self.branches = branches
        self.members = members
        self.callers = callers
    }
}

/// A branch's goals for one year.
public struct BranchGoal: Sendable, Equatable {
    public var year: Int
    /// Members the branch aims to have by the end of the year.
    public var total: Int?
    /// New members the branch aims to recruit during the year.
    public var recruit: Int?

    public init(year: Int, total: Int? = nil, recruit: Int? = nil) {
        self.year = year
        self.total = total
        self.recruit = recruit
    }
}

extension Store {
    /// Loads a seed into an empty database, all or nothing.
    public func load(_ seed: Seed) throws {
        try write { (database: Database) -> Void in
            let existing: Int = try database.fetchOne("SELECT count(*) FROM members") { $0[0] } ?? 0
            guard existing == 0 else { throw StoreError.conflict(Wording("\(path) har allerede medlemmer; bruk en ny fil", "\(path) already holds members; use a new file")) }
            for (key, value) in seed.settings {
                try database.run(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key.rawValue, value])
            }
            for (year, deadline) in seed.duesYears {
                try database.run("INSERT INTO dues_years (year, payment_deadline) VALUES (?, ?)", [year, deadline.iso])
            }
            var branchIDs: [String: Int64] = [:]
            for branch in seed.branches {
                let id = try branchID(database, named: branch.name)
                branchIDs[branch.name] = id
                for goal in branch.goals {
                    try database.run(
                        "INSERT INTO branch_goals (branch_id, year, total_goal, recruit_goal) VALUES (?, ?, ?, ?)",
                        [id, goal.year, goal.total, goal.recruit])
                }
            }
            for member in seed.members {
                let memberBranch = try member.record.branch.map { try branchIDs[$0] ?? self.branchID(database, named: $0) }
                let id = try insertMember(database, member.record, branchID: memberBranch, seenAt: timestamp)
                for (year, status) in member.dues.sorted(by: { $0.key < $1.key }) {
                    try setDues(database, memberID: id, year: year, status: status, source: .demo)
                }
            }
            for caller in seed.callers { _ = try insertCaller(database, caller) }
            try audit(database, "seed", counts: [
                "branches": seed.branches.count, "members": seed.members.count, "callers": seed.callers.count,
            ])
        }
    }
}
