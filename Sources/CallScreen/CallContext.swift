import Foundation

/// The language of the interface text.
public enum Language: String, Sendable, CaseIterable {
    case nb, en
}

/// What the campaign and the volunteer bring to the screen, built by the caller from the database.
public struct CallContext: Sendable, Equatable {
    public var campaignName: String
    /// The campaign kind as stored (`dues` or `welcome`).
    public var kind: String
    public var callerName: String
    public var language: Language
    /// The outcomes offered, in the order shown; each key must be unique and not one of `CallProgram.commandKeys`.
    public var outcomes: [OutcomeOption]
    /// How long after logging an outcome `u` may undo it.
    public var undoWindow: TimeInterval
    /// Whether this is a keep-in-touch call some weeks after the welcome call; the header says so.
    public var isKeepInTouch: Bool

    public init(
        campaignName: String, kind: String, callerName: String, language: Language, outcomes: [OutcomeOption],
        undoWindow: TimeInterval = 60, isKeepInTouch: Bool = false
    ) {
        self.campaignName = campaignName
        self.kind = kind
        self.callerName = callerName
        self.language = language
        self.outcomes = outcomes
        self.undoWindow = undoWindow
        self.isKeepInTouch = isKeepInTouch
    }
}

/// One outcome the volunteer can pick with a single key.
public struct OutcomeOption: Sendable, Equatable {
    /// The stored outcome code, e.g. `will_pay`.
    public var code: String
    /// The key, the same as on the printed sheet.
    public var key: Character
    /// The label in the interface language.
    public var label: String
    public var followUp: OutcomeFollowUp
    /// Whether plain mode asks before saving it, because it cannot be seen at a glance there and has lasting
    /// effects (do-not-call).
    public var asksFirst: Bool

    public init(code: String, key: Character, label: String, followUp: OutcomeFollowUp = .none, asksFirst: Bool = false) {
        self.code = code
        self.key = key
        self.label = label
        self.followUp = followUp
        self.asksFirst = asksFirst
    }
}

/// The step between picking an outcome and saving it.
public enum OutcomeFollowUp: Sendable, Equatable {
    /// Saved at once.
    case none
    /// Confirm or correct the email the payment details go to.
    case confirmEmail
    /// Show what to tell the member and confirm before saving.
    case resignNotice(text: String)
    /// Ask for the time to call back.
    case callbackTime
    /// Tick the items done during the call.
    case checklist([ChecklistOption])
}

/// One item on a follow-up checklist, ticked with its key.
public struct ChecklistOption: Sendable, Equatable {
    /// The code of the item that records a sent SMS: ticked in advance when the caller confirmed sending one.
    public static let sentSMS = "sent_sms"

    public var code: String
    public var key: Character
    public var label: String

    public init(code: String, key: Character, label: String) {
        self.code = code
        self.key = key
        self.label = label
    }
}
