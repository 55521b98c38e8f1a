import CallScreen
import Foundation
import Model
import Storage

/// One volunteer's evening on one campaign: builds the call screen's context and cards from the database and
/// carries out the screen's effects as short Store calls. No transaction stays open between effects.
///
/// Claims: the member on screen is held by the caller under a claim stamp, which every outcome saved shows again;
/// when the claim was lost (timed out and taken over, released, reassigned, restored) nothing is saved and the
/// volunteer is told by whom, with their note. Skipped members go back to the pool and are not offered
/// again in this session. On quit (and in `finish`) the member on screen stays held, so the next session resumes
/// on them, and every other claim the caller holds on the campaign is let go.
public final class CallSession {
    public let store: Store
    public let campaign: Campaign
    public let caller: Caller
    /// The interface language.
    public let language: Model.Language
    public let context: CallContext
    /// Entries skipped in this session.
    public private(set) var skipped: Set<Int64> = []
    /// The entry on screen, held by the caller.
    public private(set) var current: ClaimedEntry?

    private let cards: CardSource
    private let text: SessionText
    /// A member claimed by `begin`, handed to the first `.claimNext`.
    private var pending: ClaimedEntry?
    /// Entries by member id, for every member loaded in this session.
    private var entries: [Int64: ClaimedEntry] = [:]
    /// The entries of the calls logged in this session, by call id, for undo.
    private var logged: [Int64: ClaimedEntry] = [:]

    /// A session for `caller` on `campaign`, with interface text in `language`.
    public init(store: Store, campaign: Campaign, caller: Caller, language: Model.Language) throws {
        self.store = store
        self.campaign = campaign
        self.caller = caller
        self.language = language
        let settings = try store.settings()
        try MissingSettings.check(campaign: campaign, settings: settings, language: language)
        let smsTemplate = try store.smsTemplate(campaign: campaign.name)
        try MissingMeeting.check(campaign: campaign, smsTemplate: smsTemplate, language: language, now: store.now())
        let officeEmail = settings[.membershipOfficeEmail]
        context = CallContext(campaign: campaign, caller: caller, language: language, officeEmail: officeEmail)
        cards = CardSource(
            campaign: campaign, caller: caller, language: language, party: settings[.party] ?? "",
            officeEmail: officeEmail ?? "", paymentDetails: settings[.paymentDetails] ?? "",
            smsTemplate: smsTemplate,
            meeting: Dictionary(uniqueKeysWithValues: Model.Language.allCases.map { spoken in
                (spoken, campaign.meetingText(language: spoken, timeZone: settings.organisationTimeZone, now: store.now()))
            }))
        text = SessionText(language: language, timeZone: campaign.rules.timeZone)
    }

    /// How a session can start.
    public enum Start: Sendable, Equatable {
        /// A member is held; run the call screen.
        case ready
        /// Nobody can be called now; the message says why and when that changes.
        case nothingToDo(message: String)
    }

    /// Claims the first member, or explains calmly why there is nobody to call.
    public func begin() throws -> Start {
        let result = try store.claimNext(campaign: campaign, caller: caller, skipping: skipped)
        guard case .claimed(let entry) = result else {
            return .nothingToDo(message: text.closed(result, campaign: campaign.name))
        }
        pending = entry
        return .ready
    }

    /// The call screen's program for this session; callback times are read by the campaign's calling rules and
    /// previewed as they will be saved.
    public func program(color: Bool) -> CallProgram {
        let rules = campaign.rules
        return CallProgram(context: context, color: color, timeZone: rules.timeZone) { text, now in
            CallbackTime.due(text, now: now, rules: rules)
        }
    }

    /// Carries out one effect and returns the event that answers it (nil when none is needed).
    /// Failures are answered with `.failed` and a message in the interface language.
    public func execute(_ effect: Effect) -> Event? {
        switch effect {
        case .claimNext:
            return attempt(.claim) { .loaded(try claimNext()) }
        case .log(let submission):
            return attempt(.log) { try log(submission) }
        case .undo(let callID):
            return attempt(.undo) { try undo(callID) }
        case .skip(let memberID):
            return attempt(.release) {
                guard let entry = entries[memberID] else { return nil }
                try store.releaseClaim(entryID: entry.entryID, caller: caller, claim: entry.claim)
                skipped.insert(entry.entryID)
                if current?.member.id == memberID { current = nil }
                return nil
            }
        case .release(let memberID):
            return attempt(.release) {
                if let current, current.member.id == memberID {
                    try store.releaseOtherClaims(campaign: campaign, caller: caller, keeping: current.entryID)
                } else if let entry = entries[memberID] {
                    try store.releaseClaim(entryID: entry.entryID, caller: caller, claim: entry.claim)
                }
                return nil
            }
        case .fetchProgress:
            return attempt(.progress) {
                let progress = try store.progress(campaign: campaign, caller: caller)
                return .progress(CallScreen.Progress(
                    doneToday: progress.doneToday, leftOnList: progress.leftForCaller + progress.leftInPool))
            }
        case .suspend, .quit:
            return nil
        }
    }

    /// Call when the screen has ended for any reason (quit, signal): keeps the member on screen held for the next
    /// session and lets go of the caller's other claims on the campaign.
    public func finish() {
        _ = try? store.releaseOtherClaims(campaign: campaign, caller: caller, keeping: current?.entryID)
    }

    private func attempt(_ action: SessionText.Action, _ body: () throws -> Event?) -> Event? {
        do {
            return try body()
        } catch {
            return .failed(text.failure(error, action))
        }
    }

    private func claimNext() throws -> MemberCard? {
        var entry = pending
        pending = nil
        if entry == nil, case .claimed(let next) = try store.claimNext(campaign: campaign, caller: caller, skipping: skipped) {
            entry = next
        }
        current = entry
        guard let entry else { return nil }
        entries[entry.member.id] = entry
        return try card(for: entry)
    }

    /// The card for a claimed entry, read fresh from the database.
    public func card(for entry: ClaimedEntry) throws -> MemberCard {
        cards.card(
            for: entry, dues: try store.dues(memberID: entry.member.id),
            history: try store.callHistory(memberID: entry.member.id, limit: 20))
    }

    private func log(_ submission: OutcomeSubmission) throws -> Event {
        guard let entry = entries[submission.memberID] else {
            throw StoreError.notFound(kind: "member on screen", name: String(submission.memberID))
        }
        guard let outcome = Outcome(rawValue: submission.code) else {
            throw StoreError.invalid(Wording("\(submission.code) er ikke et utfall", "\(submission.code) is not an outcome"))
        }
        let call: LoggedCall
        do {
            call = try store.logCall(CallReport(
                entryID: entry.entryID, callerID: caller.id, outcome: outcome, note: submission.note,
                callbackAt: submission.callbackAt, email: submission.email,
                checklist: Set(submission.checklist.compactMap(WelcomeChecklistItem.init(rawValue:))),
                claim: entry.claim, smsSentAt: submission.smsSentAt))
        } catch let error as StoreError {
            guard case .claimLost = error else { throw error }
            return .failed(text.claimLost(error, note: submission.note))
        }
        logged[call.callID] = entry
        if current?.entryID == entry.entryID { current = nil }
        return .logged(callID: String(call.callID), callbackAt: call.callbackAt)
    }

    private func undo(_ callID: String) throws -> Event {
        guard let id = Int64(callID), var entry = logged[id] else {
            throw StoreError.notFound(kind: "call", name: callID)
        }
        entry.claim = try store.undoCall(callID: id, caller: caller)
        logged[id] = nil
        entries[entry.member.id] = entry
        current = entry
        return .undone
    }
}
