/// What a campaign report is broken down by.
public enum ReportDimension: String, Sendable, CaseIterable, Codable {
    case caller, branch, day, outcome
}
