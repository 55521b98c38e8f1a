/// A member on a campaign, as the split planner sees it.
public struct SplitEntry: Sendable, Hashable {
    public var memberID: Int64
    /// Members with the same non-empty household key (their shared phone number) always get the
    /// same caller. An empty key means the member is a household of their own.
    public var household: String
    public var branch: String?
    /// The caller the entry is assigned to now, if any.
    public var currentCaller: Int64?
    /// A call has been logged for the entry; it stays with its current caller unless rebalancing.
    public var hasCalls: Bool

    public init(memberID: Int64, household: String, branch: String?, currentCaller: Int64?, hasCalls: Bool) {
        self.memberID = memberID
        self.household = household
        self.branch = branch
        self.currentCaller = currentCaller
        self.hasCalls = hasCalls
    }
}

/// A volunteer taking part in a split.
public struct SplitCaller: Sendable, Hashable {
    public var id: Int64
    public var branch: String?
    /// Relative share under the `capacity` strategy (e.g. calls per evening); 0 or less takes none.
    public var capacity: Int

    public init(id: Int64, branch: String?, capacity: Int) {
        self.id = id
        self.branch = branch
        self.capacity = capacity
    }
}

/// How members are shared among callers.
public enum SplitStrategy: String, Sendable, Hashable, CaseIterable, Codable {
    /// Counts as equal as households allow.
    case even
    /// Each caller gets the members of their own branch (shared evenly among that branch's callers);
    /// members of branches no caller belongs to fill up whoever has the fewest.
    case branch
    /// Counts in proportion to each caller's capacity.
    case capacity
}
