/// The result of one call. Codes are fixed per campaign kind; see `outcomes(for:)`.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dues: wants new payment details.
    case willPay = "will_pay"
    /// Dues: says the dues are already paid.
    case paidAlready = "paid_already"
    /// Dues: wants to leave; the caller explains that only the member can resign, by email.
    case wantsToResign = "wants_to_resign"
    /// Dues: does not want to pay, without resigning.
    case declined
    /// Welcome: spoke with the new member (see `WelcomeChecklistItem`).
    case welcomed
    /// Asked to be called at another time.
    case callback
    case noAnswer = "no_answer"
    case busy
    case voicemail
    case wrongNumber = "wrong_number"
    /// Must never be called again, on any campaign.
    case doNotCall = "do_not_call"
    /// Dues: the member has died.
    case deceased
    /// Dues: the member has moved away.
    case moved

    /// No contact this time; tried again after the cool-down (no_answer, busy, voicemail).
    public var isRetry: Bool {
        switch self {
        case .noAnswer, .busy, .voicemail: return true
        default: return false
        }
    }

    /// The caller spoke with the member themself. `wrong_number`, `deceased` and `moved` do not
    /// count: that news usually comes from someone else.
    public var isReached: Bool {
        switch self {
        case .willPay, .paidAlready, .wantsToResign, .declined, .welcomed, .callback, .doNotCall: return true
        case .noAnswer, .busy, .voicemail, .wrongNumber, .deceased, .moved: return false
        }
    }

    /// The entry is finished by this outcome, whatever the attempt count.
    /// Retries and callbacks keep it open.
    public var closesEntry: Bool { !isRetry && self != .callback }

    /// The work this outcome leaves for someone after the call, if any.
    public var followUp: FollowUpKind? {
        switch self {
        case .willPay: return .paymentInfo
        case .paidAlready: return .alreadyPaid
        case .wantsToResign: return .resignInfo
        case .wrongNumber: return .wrongNumber
        case .deceased, .moved: return .registerUpdate
        default: return nil
        }
    }
}
