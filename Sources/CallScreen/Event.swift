import Foundation

/// Everything that can happen to the call screen.
public enum Event: Sendable, Equatable {
    case key(Key)
    /// Text pasted in one go (bracketed paste).
    case paste(String)
    case resize(columns: Int, rows: Int)
    /// The clock moved on; sent about once a second.
    case tick(Date)
    /// The answer to `.claimNext`: the next member, or nil when nobody is left to call for now.
    case loaded(MemberCard?)
    /// The answer to `.log`: the call was committed under this id, with the callback time as saved.
    case logged(callID: String, callbackAt: Date? = nil)
    /// The answer to `.undo`: the call is gone and its member is claimed by this volunteer again.
    case undone
    /// Any effect failed; the message is shown to the volunteer.
    case failed(String)
    /// The answer to `.fetchProgress`.
    case progress(Progress)
}

/// Work the call screen asks its runner to do. The runner executes effects in order and feeds each answer back.
public enum Effect: Sendable, Equatable {
    /// Claim the next member for this volunteer; answer `.loaded`.
    case claimNext
    /// Commit the outcome in one short transaction; answer `.logged` (or `.failed`).
    case log(OutcomeSubmission)
    /// Delete the call and give its member back to this volunteer; answer `.undone` (or `.failed`).
    case undo(callID: String)
    /// Put the member back for later without an outcome; no answer needed.
    case skip(memberID: Int64)
    /// The volunteer leaves this member without an outcome (quit or undo); the claim may be kept for the
    /// volunteer's next session or returned to the pool. No answer needed.
    case release(memberID: Int64)
    /// Count done today and left on the list; answer `.progress`.
    case fetchProgress
    /// Stop the program like Ctrl+Z does in a shell; handled by the terminal layer.
    case suspend
    /// Leave the program; handled by the terminal layer after the effects before it.
    case quit
}

/// One outcome as the volunteer submitted it.
public struct OutcomeSubmission: Sendable, Equatable {
    public var memberID: Int64
    public var code: String
    /// The note, nil when none was written.
    public var note: String?
    /// When to call back, as understood by the injected parser.
    public var callbackAt: Date?
    /// What the volunteer typed for the callback time.
    public var callbackText: String?
    /// The email confirmed or corrected for payment details.
    public var email: String?
    /// Whether `email` differs from the one on file.
    public var emailChanged: Bool
    /// Codes of the ticked checklist items, in checklist order.
    public var checklist: [String]
    /// When the caller confirmed sending the campaign's SMS; nil when they did not, or when the outcome's checklist
    /// records it (`ChecklistOption.sentSMS`).
    public var smsSentAt: Date?

    public init(
        memberID: Int64, code: String, note: String? = nil, callbackAt: Date? = nil, callbackText: String? = nil,
        email: String? = nil, emailChanged: Bool = false, checklist: [String] = [], smsSentAt: Date? = nil
    ) {
        self.memberID = memberID
        self.code = code
        self.note = note
        self.callbackAt = callbackAt
        self.callbackText = callbackText
        self.email = email
        self.emailChanged = emailChanged
        self.checklist = checklist
        self.smsSentAt = smsSentAt
    }
}
