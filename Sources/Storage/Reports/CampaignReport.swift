import Foundation
import Model

/// What a campaign achieved, from one snapshot of the database.
public struct CampaignReport: Sendable, Equatable, Codable {
    public let campaign: String
    public let kind: CampaignKind
    public let year: Int
    public let isOpen: Bool
    /// Entries on the list, including members purged since (their counts stay).
    public let onList: Int
    /// Members called at least once.
    public let called: Int
    /// Members spoken with at least once (`Outcome.isReached`).
    public let reached: Int
    /// Open entries: members still to call.
    public let stillToCall: Int
    /// Calls made.
    public let calls: Int
    /// Calls and members per outcome, most calls first.
    public let outcomes: [OutcomeRow]
    /// Members unpaid when the list was cut who have paid since (dues campaigns only).
    public let paidSince: PaidSince?
    public let byCaller: [CallerRow]
    public let byBranch: [BranchRow]
    public let byDay: [DayRow]
    /// Welcome campaigns: how many welcomed members got each checklist step, on the call or from the board afterwards,
    /// in checklist order; nil for dues.
    public let welcomeSteps: [WelcomeStepRow]?
    /// Dues campaigns: members the callers confirmed sending the campaign's SMS to; nil for welcome campaigns
    /// (their `welcomeSteps` count `sent_sms`).
    public let smsSent: Int?
    /// Welcome campaigns: whether this is a keep-in-touch call; nil for dues.
    public let isKeepInTouch: Bool?
    /// Welcome campaigns with a meeting time: how many of the welcomed came to the meeting; nil otherwise.
    public let meetingAttendance: MeetingAttendance?

    /// Calls per member called at least once.
    public var attemptsPerCalledMember: Double { called == 0 ? 0 : Double(calls) / Double(called) }
}

/// The members who paid after the list was cut, split by whether calling reached them before they paid.
public struct PaidSince: Sendable, Equatable, Codable {
    public let total: Int
    /// Reached by a caller before paying.
    public let reached: Int
    /// Of those reached, members who said `will_pay` before paying.
    public let reachedWillPay: Int
    /// Paid without having been reached.
    public var neverReached: Int { total - reached }
}

/// Calls and members with one outcome.
public struct OutcomeRow: Sendable, Equatable, Codable {
    public let outcome: Outcome
    public let calls: Int
    /// Members with at least one call of this outcome.
    public let members: Int
}

/// One caller's numbers on a campaign.
public struct CallerRow: Sendable, Equatable, Codable {
    public let caller: String
    public let calls: Int
    /// Members the caller called.
    public let called: Int
    /// Members the caller reached.
    public let reached: Int
    /// Members who told the caller `will_pay`.
    public let willPay: Int
    /// Members the caller reached who paid afterwards.
    public let paidSince: Int
}

/// One branch's numbers on a campaign; `branch` is nil for members with no branch or purged since.
public struct BranchRow: Sendable, Equatable, Codable {
    public let branch: String?
    public let onList: Int
    public let called: Int
    public let reached: Int
    public let stillToCall: Int
    /// Members unpaid when the list was cut who have paid since.
    public let paidSince: Int
    /// Of those, members reached before paying.
    public let paidSinceReached: Int
}

/// The calls made on one local day (the campaign's time zone).
public struct DayRow: Sendable, Equatable, Codable {
    public let day: CalendarDate
    public let calls: Int
    /// Calls that reached the member.
    public let reached: Int
    /// Calls that ended with `will_pay`.
    public let willPay: Int
}

/// How many welcomed members of a campaign got one welcome checklist step.
public struct WelcomeStepRow: Sendable, Equatable, Codable {
    public let step: WelcomeChecklistItem
    /// Members with a `welcomed` call that ticked this step, or whose step the board marked done since.
    public let members: Int
    /// Members with a `welcomed` call.
    public let welcomed: Int
}

/// Whether the members welcomed on a campaign came to its meeting, as the board recorded it.
public struct MeetingAttendance: Sendable, Equatable, Codable {
    public let meetingAt: Date
    public let came: Int
    public let didNotCome: Int
    /// Welcomed members whose attendance is not recorded (yet).
    public let notKnown: Int
}
