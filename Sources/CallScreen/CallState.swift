import Foundation

/// The whole state of the call screen; changed only by `CallProgram.update`.
public struct CallState: Sendable, Equatable {
    public var columns: Int
    public var rows: Int
    public var now: Date
    public var phase: Phase
    public var progress: Progress?
    /// The note written for the current member, saved with the outcome.
    public var note: String
    /// The last outcome logged, kept for undo.
    public var lastLogged: LoggedCall?
    public var notice: Notice?
    public var showsHelp: Bool
    /// The first script line shown.
    public var scriptOffset: Int
    /// The QR code drawn over the card, if any; any key closes it.
    public var shownCode: ShownCode? = nil
    /// When the caller confirmed sending the SMS to the member on screen; saved with the outcome.
    public var smsSentAt: Date? = nil

    /// A QR code the caller scans with their own phone.
    public enum ShownCode: Sendable, Equatable {
        /// The member's `tel:` URI: scanning dials the number.
        case dial
        /// An `sms:` URI with the body filled in: scanning opens the messaging app ready to send.
        case text
    }

    /// Where the volunteer is in the flow.
    public enum Phase: Sendable, Equatable {
        /// Waiting for `.loaded`.
        case loading
        /// Nobody to call right now.
        case empty
        /// A member is on screen.
        case card(MemberCard, Step)
        /// Waiting for `.logged`.
        case saving(MemberCard, OutcomeSubmission)
        /// Waiting for `.undone`; the member on screen before, if any.
        case undoing(MemberCard?)
        /// The volunteer quit.
        case finished
    }

    /// What the volunteer is doing with the member on screen.
    public enum Step: Sendable, Equatable {
        case idle
        case note(LineEditor)
        /// The outcome at this index waits for the email to be confirmed.
        case confirmEmail(outcome: Int)
        case editEmail(outcome: Int, LineEditor)
        case resignNotice(outcome: Int)
        /// `parsed` is what the injected parser makes of the text so far.
        case callback(outcome: Int, LineEditor, parsed: Date?)
        case checklist(outcome: Int, ticked: [String])
    }

    /// A logged call that may still be undone.
    public struct LoggedCall: Sendable, Equatable {
        public var callID: String
        public var card: MemberCard
        public var submission: OutcomeSubmission
        public var label: String
        public var at: Date
        /// The SMS confirmation the member had on screen, given back by undo.
        public var smsSentAt: Date? = nil
    }

    /// A message on the status line.
    public enum Notice: Sendable, Equatable {
        /// An outcome was saved; a callback with the time it was saved for.
        case saved(label: String, callbackAt: Date? = nil)
        case skipped(name: String)
        case undone(name: String)
        case undoExpired
        case nothingToUndo
        /// The member has no valid number to show as a QR code.
        case noCode
        /// The caller confirmed sending the SMS; it is saved with the outcome.
        case smsNoted
        case noteKept
        case invalidEmail
        case unknownTime
        case failed(String)
    }

    /// The member on screen, if any.
    public var card: MemberCard? {
        switch phase {
        case .card(let card, _), .saving(let card, _): return card
        case .undoing(let card): return card
        case .loading, .empty, .finished: return nil
        }
    }
}
