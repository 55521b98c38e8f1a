import Foundation
import Model
import SQLite

/// One call to record.
public struct CallReport: Sendable, Equatable {
    public var entryID: Int64
    public var callerID: Int64
    public var outcome: Outcome
    public var note: String?
    /// When the member asked to be called back (`callback` only).
    public var callbackAt: Date?
    /// The address the member confirmed for new payment details (`will_pay`).
    public var email: String?
    /// The welcome checklist (`welcomed` only).
    public var checklist: Set<WelcomeChecklistItem>
    /// When the caller confirmed sending the member the campaign's SMS. A `welcomed` call records it by ticking
    /// `sent_sms` on its checklist; any other call keeps the time on its row.
    public var smsSentAt: Date?
    /// When the call was made; now when nil (paper calls are entered back-dated).
    public var calledAt: Date?
    /// The call's uid (32 lower-case hex digits); a new random one when nil. A call read from a file gets one made
    /// from what the file says, so reading the file again finds it (see `logSheetCalls`).
    public var uid: String?
    /// The call session's hold on the entry; nil for a call entered from paper.
    public var claim: ClaimStamp?

    public init(
        entryID: Int64, callerID: Int64, outcome: Outcome, note: String? = nil, callbackAt: Date? = nil,
        email: String? = nil, checklist: Set<WelcomeChecklistItem> = [], calledAt: Date? = nil, uid: String? = nil,
        claim: ClaimStamp? = nil, smsSentAt: Date? = nil
    ) {
        self.entryID = entryID
        self.callerID = callerID
        self.outcome = outcome
        self.note = note
        self.callbackAt = callbackAt
        self.email = email
        self.checklist = checklist
        self.calledAt = calledAt
        self.uid = uid
        self.claim = claim
        self.smsSentAt = smsSentAt
    }
}

/// A recorded call and what it did to the entry.
public struct LoggedCall: Sendable, Equatable {
    public let callID: Int64
    /// The call's globally unique id.
    public let uid: String
    public let transition: EntryTransition
    /// When the callback was saved to fall due (`callback` only): what the caller is told.
    public let callbackAt: Date?
}

extension Store {
    /// How long a caller may take back the last outcome they logged.
    public static let undoWindow: TimeInterval = 60

    /// Records a call and moves its entry on by the campaign's retry rules, in one short `BEGIN IMMEDIATE`
    /// transaction. `do_not_call` flags the member for every campaign; `wrong_number` marks the number wrong.
    ///
    /// The entry must be open. A call session's report carries its claim, which must still be exactly the entry's
    /// (`StoreError.claimLost` otherwise); a paper call must not hit a member another caller has on screen.
    @discardableResult
    public func logCall(_ report: CallReport) throws -> LoggedCall {
        try write { database in
            guard let entry = try database.fetchOne("""
                SELECT e.campaign_id, e.member_id, e.status, e.attempts FROM call_list_entries e WHERE e.id = ?
                """, [report.entryID], { (campaign: $0[0] as Int64, member: $0[1] as Int64?, status: $0[2] as String, attempts: $0[3] as Int) })
            else { throw StoreError.notFound(kind: "call-list entry", name: String(report.entryID)) }
            let campaign = try database.fetchOne(Self.campaignColumns + " WHERE id = ?", [entry.campaign], Self.campaign)!
            guard campaign.isOpen else { throw StoreError.conflict(Wording("kampanjen \(campaign.name) er avsluttet", "campaign \(campaign.name) is closed")) }
            guard let memberID = entry.member else { throw StoreError.conflict(Wording("medlemmet er slettet fra registeret", "the member was purged from the register")) }
            try checkClaim(
                database, entryID: report.entryID, callerID: report.callerID, claim: report.claim,
                timeout: campaign.rules.claimTimeout)
            guard Outcome.outcomes(for: campaign.kind).contains(report.outcome) else {
                throw StoreError.invalid(Wording("\(report.outcome.rawValue) er ikke et utfall i en \(campaign.kind.rawValue)-kampanje", "\(report.outcome.rawValue) is not an outcome of a \(campaign.kind.rawValue) campaign"))
            }
            let stamp = timestamp
            let calledAt = report.calledAt ?? Date(timeIntervalSince1970: TimeInterval(stamp))
            let attempts = entry.attempts + 1
            let transition = campaign.rules.transition(
                after: report.outcome, attempts: attempts, at: calledAt, callback: report.callbackAt)
            let uid = report.uid ?? Self.newUID()
            let callbackAt: Date? = report.outcome == .callback ? transition.dueDate ?? report.callbackAt : nil
            var checklist = report.outcome == .welcomed ? report.checklist : []
            if report.smsSentAt != nil, report.outcome == .welcomed { checklist.insert(.sentSMS) }
            let smsSentAt = report.outcome == .welcomed ? nil : report.smsSentAt
            try database.run("""
                INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, note, callback_at, email, logged_at,
                                      sms_sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [
                    uid, report.entryID, report.callerID, calledAt, report.outcome.rawValue,
                    report.note.flatMap { $0.isEmpty ? nil : $0 },
                    callbackAt,
                    report.email.flatMap(Email.normalize), stamp, smsSentAt,
                ])
            let callID = database.lastInsertRowID
            for item in WelcomeChecklistItem.allCases where checklist.contains(item) {
                try database.run("INSERT INTO call_checklist (call_id, item) VALUES (?, ?)", [callID, item.rawValue])
            }
            try settle(
                database, entryID: report.entryID, status: EntryStatus(rawValue: entry.status) ?? .open,
                after: transition, outcome: report.outcome, attempts: attempts, reopening: false, at: stamp)
            try applyToMember(
                database, memberID: memberID, outcome: report.outcome, except: report.entryID, callID: callID, at: stamp)
            return LoggedCall(callID: callID, uid: uid, transition: transition, callbackAt: callbackAt)
        }
    }

    /// Puts an entry where the transition of its newest call takes it, inside the caller's transaction, and lets go
    /// of any claim on it. An open entry always follows. With `reopening` (calls merged from a pack), an entry closed
    /// by an earlier call (`done`, `exhausted`) follows too; an entry closed for a reason no call undoes
    /// (`paid_since`, `left_register`, `do_not_call`) keeps its status, and so does every closed entry otherwise.
    func settle(
        _ database: Database, entryID: Int64, status: EntryStatus, after transition: EntryTransition,
        outcome: Outcome, attempts: Int, reopening: Bool, at stamp: Int64? = nil
    ) throws {
        let follows = status == .open || (reopening && [.done, .exhausted].contains(status))
        let newStatus = follows ? transition.status : status
        try database.run("""
            UPDATE call_list_entries SET attempts = :attempts, last_outcome = :outcome, claimed_by = NULL, claimed_at = NULL,
                status = :status, next_call_at = :due,
                closed_at = CASE WHEN :status = 'open' THEN NULL ELSE coalesce(closed_at, :now) END
            WHERE id = :entry
            """, [
                "attempts": attempts, "outcome": outcome.rawValue, "status": newStatus.rawValue,
                "due": follows ? transition.dueDate : nil, "now": stamp ?? timestamp, "entry": entryID,
            ])
    }

    /// What an outcome means for the member beyond this list. The entries a `do_not_call` or `deceased` closes
    /// remember `callID`, so undoing that call reopens exactly them.
    func applyToMember(
        _ database: Database, memberID: Int64, outcome: Outcome, except entryID: Int64, callID: Int64? = nil,
        at stamp: Int64? = nil
    ) throws {
        let stamp = stamp ?? timestamp
        switch outcome {
        case .doNotCall:
            try database.run("UPDATE members SET do_not_call = 1, updated_at = ? WHERE id = ?", [stamp, memberID])
            try database.run("""
                UPDATE call_list_entries SET status = 'do_not_call', closed_at = ?, closed_by_call = ?,
                    claimed_by = NULL, claimed_at = NULL
                WHERE member_id = ? AND status = 'open' AND id <> ?
                """, [stamp, callID, memberID, entryID])
        case .wrongNumber:
            try database.run("UPDATE members SET phone_wrong = 1, updated_at = ? WHERE id = ?", [stamp, memberID])
        case .deceased:
            // Nobody is to ring the family from another list either.
            try database.run("""
                UPDATE call_list_entries SET status = 'done', closed_at = ?, closed_by_call = ?,
                    claimed_by = NULL, claimed_at = NULL
                WHERE member_id = ? AND status = 'open' AND id <> ?
                """, [stamp, callID, memberID, entryID])
        default:
            break
        }
    }

    /// Takes back the call `callID` the caller logged less than a minute ago: that call row is deleted, its entry
    /// reopened and held by the caller again, and a `do_not_call` or `wrong_number` mark it set is lifted (with the
    /// entries that very call closed). Refused when a later call was logged on the entry, when another caller holds
    /// it now, or when the member has been purged. Returns the caller's new hold on the entry.
    @discardableResult
    public func undoCall(callID: Int64, caller: Caller) throws -> ClaimStamp {
        try write { database in
            let stamp = timestamp
            guard let call = try database.fetchOne("""
                SELECT c.entry_id, c.caller_id, c.outcome, c.logged_at, e.member_id, e.claimed_by, k.name,
                    EXISTS (SELECT 1 FROM call_log l WHERE l.entry_id = c.entry_id AND l.id > c.id)
                FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id LEFT JOIN callers k ON k.id = e.claimed_by
                WHERE c.id = ?
                """, [callID], { (entry: $0[0] as Int64, caller: $0[1] as Int64, outcome: $0[2] as String,
                                  loggedAt: $0[3] as Int64, member: $0[4] as Int64?, holder: $0[5] as Int64?,
                                  holderName: $0[6] as String?, later: $0[7] as Bool) })
            else { throw StoreError.notFound(kind: "call", name: String(callID)) }
            guard call.caller == caller.id else { throw StoreError.conflict(Wording("bare ringeren som førte samtalen kan angre den", "only the caller who logged a call can undo it")) }
            guard stamp - call.loggedAt <= Int64(Self.undoWindow) else {
                throw StoreError.conflict(Wording("en samtale kan bare angres innen ett minutt", "a call can only be undone within a minute"))
            }
            guard let memberID = call.member else { throw StoreError.memberPurged }
            if let holder = call.holder, holder != caller.id {
                throw StoreError.claimLost(takenBy: call.holderName ?? String(holder))
            }
            guard !call.later else { throw StoreError.conflict(Wording(
                "en senere samtale med dette medlemmet er ført; den kan ikke angres",
                "a later call on this member was logged; it cannot be undone")) }
            if Outcome(rawValue: call.outcome) == .doNotCall {
                try database.run("UPDATE members SET do_not_call = 0 WHERE id = ?", [memberID])
            } else if Outcome(rawValue: call.outcome) == .wrongNumber {
                try database.run("UPDATE members SET phone_wrong = 0 WHERE id = ?", [memberID])
            }
            try database.run("""
                UPDATE call_list_entries SET status = 'open', closed_at = NULL, closed_by_call = NULL
                WHERE closed_by_call = ? AND id <> ?
                """, [callID, call.entry])
            try database.run("DELETE FROM call_log WHERE id = ?", [callID])
            try database.run("""
                UPDATE call_list_entries SET attempts = attempts - 1, status = 'open', closed_at = NULL, next_call_at = NULL,
                    claimed_by = :caller, claimed_at = :now,
                    last_outcome = (SELECT outcome FROM call_log WHERE entry_id = :entry ORDER BY called_at DESC, id DESC LIMIT 1)
                WHERE id = :entry
                """, ["caller": caller.id, "now": stamp, "entry": call.entry])
            return ClaimStamp(callerID: caller.id, claimedAt: stamp)
        }
    }

    /// A new random call id: 32 lower-case hex digits.
    static func newUID() -> String {
        (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }
}

extension EntryTransition {
    /// When the entry is next due, if it stays open.
    var dueDate: Date? {
        if case .due(let date) = self { return date }
        return nil
    }
}
