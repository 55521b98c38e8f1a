import Foundation
import Model
import SQLite

/// What merging one call pack did.
public struct PackMergeSummary: Sendable, Equatable {
    /// Why a call in a pack was not merged.
    public enum SkipReason: String, Sendable, CaseIterable {
        /// The member has left the register since the pack was made.
        case leftRegister = "left_register"
        /// The member was purged from the database since.
        case purged
        /// The member's entry is no longer on the campaign's list here.
        case notOnList = "not_on_list"
    }

    public let path: String
    public let uid: String
    public let campaign: String
    public let caller: String
    /// Calls added to the database.
    public internal(set) var merged = 0
    /// The pack's calls the database already had (an earlier merge of this pack, or of a newer copy of it).
    public internal(set) var alreadyThere = 0
    /// Calls left out, by reason.
    public internal(set) var skipped: [SkipReason: Int] = [:]
    /// Of the merged calls, those to members who have paid since: recorded, and the member stays paid.
    public internal(set) var paidSince = 0
    /// Entries brought in line with their newest call.
    public internal(set) var entriesUpdated = 0
}

/// One call read from a pack.
private struct PackCall {
    /// The call's rowid in the pack's `call_log`, to name it when it is refused.
    let row: Int64
    /// The entry the call is on, by its id in both the pack and the database it came from.
    let entryID: Int64
    let uid: String
    let callerID: Int64
    let calledAt: Int64
    let outcome: String
    let note: String?
    let callbackAt: Int64?
    let email: String?
    let loggedAt: Int64
    let campaignID: Int64
    let memberNumber: String?
    /// The number the pack held for the member, so a `wrong_number` marks only that number wrong.
    let phone: String?
    let checklist: [String]
    /// When the caller confirmed sending the SMS, if they did and the call keeps it on its row.
    let smsSentAt: Int64?
}

extension Store {
    /// Merges the calls logged in a call pack into this database, in one transaction; the pack itself is not changed.
    ///
    /// The rules:
    /// - A call whose uid the database has is not added again, so a pack merged twice, or an older copy after a newer
    ///   one, adds nothing.
    /// - A call the database does not have must be one the pack's caller made on the pack: by the pack's caller, on
    ///   the pack's campaign, on an entry the database recorded as going out on this pack (`pack_entries`, not the
    ///   pack's own list) and to the member who went out on it, with an outcome the campaign takes, made and logged
    ///   between the export and now (plus `CallTimeBounds.clockSkew`), and any callback no further ahead than
    ///   `CallTimeBounds.callbackDaysAhead`. Any other call refuses the whole pack, naming its row: someone edited it.
    ///   A call to a member who left the register or was purged since, or whose entry is gone, is skipped and counted.
    /// - Each touched entry counts every call as an attempt and follows its newest call (whoever made it) by the
    ///   campaign's retry rules, as `logCall` does; an entry closed by an earlier call may reopen (a later callback),
    ///   but an entry closed because the member paid, left the register or asked not to be called stays closed.
    ///   Payments are never touched. `do_not_call` flags the member everywhere; `wrong_number` marks the number wrong
    ///   only when the member still has the number the pack held.
    /// - A pack from another database, one this database has no record of, a damaged one, or one whose rows break
    ///   the schema's rules is refused and merges nothing.
    ///
    /// `contents` are the plain bytes of a sealed pack, opened by the caller; without them the file at `path` is read.
    public func importPack(at path: String, contents: [UInt8]? = nil) throws -> PackMergeSummary {
        let pack = try PackFile(checking: path, contents: contents)
        guard pack.info.databaseID == (try setting(.databaseID)) else { throw PackError.otherDatabase(path: path) }
        let calls = try Self.calls(in: pack)
        do {
            return try write { database in
                try merge(calls, from: pack, into: database)
            }
        } catch StoreError.constraint(let detail) {
            throw PackError.tampered(path: path, detail: detail)
        }
    }

    private func merge(_ calls: [PackCall], from pack: PackFile, into database: Database) throws -> PackMergeSummary {
        let info = pack.info
        guard let record = try database.fetchOne("""
            SELECT p.id, p.campaign_id, p.caller_id, k.name, p.created_at
            FROM packs p JOIN callers k ON k.id = p.caller_id WHERE p.uid = ?
            """, [info.uid], {
                (id: $0[0] as Int64, campaign: $0[1] as Int64, caller: $0[2] as Int64, name: $0[3] as String,
                 created: $0[4] as Int64)
            }),
            record.campaign == info.campaignID, record.caller == info.callerID,
            let campaign = try database.fetchOne(Self.campaignColumns + " WHERE id = ?", [record.campaign], Self.campaign)
        else { throw PackError.unknownPack(path: pack.path) }
        var summary = PackMergeSummary(path: pack.path, uid: info.uid, campaign: campaign.name, caller: record.name)
        let window = (from: record.created, to: timestamp + Int64(CallTimeBounds.clockSkew))
        var added: [Int64: Int] = [:]
        for call in calls {
            let known = try database.fetchOne("SELECT 1 FROM call_log WHERE uid = ?", [call.uid]) { _ in true } ?? false
            if known {
                if call.campaignID == record.campaign && call.callerID == record.caller { summary.alreadyThere += 1 }
                continue
            }
            func refuse(_ reason: PackError.CallFault) -> PackError {
                PackError.forgedCall(path: pack.path, row: call.row, fault: reason)
            }
            guard call.callerID == record.caller else { throw refuse(.otherCaller) }
            guard call.campaignID == record.campaign else { throw refuse(.otherCampaign) }
            guard try database.fetchOne(
                "SELECT 1 FROM pack_entries WHERE pack_id = ? AND entry_id = ?", [record.id, call.entryID], { _ in true }) ?? false
            else { throw refuse(.notOnPack) }
            guard let outcome = Outcome(rawValue: call.outcome), Outcome.outcomes(for: campaign.kind).contains(outcome) else {
                throw refuse(.outcome(call.outcome))
            }
            guard (window.from...window.to).contains(call.calledAt) else { throw refuse(.calledAt) }
            guard (call.calledAt...window.to).contains(call.loggedAt) else { throw refuse(.loggedAt) }
            if let callback = call.callbackAt,
               !(window.from...window.to + Int64(CallTimeBounds.callbackDaysAhead) * 86_400).contains(callback) {
                throw refuse(.callbackAt)
            }
            if let sent = call.smsSentAt, sent != call.calledAt, !(window.from...window.to).contains(sent) {
                throw refuse(.smsSentAt)
            }
            guard let entry = try database.fetchOne("""
                SELECT e.status, m.id, m.member_number, m.left_register_at IS NOT NULL, m.phone_e164
                FROM call_list_entries e LEFT JOIN members m ON m.id = e.member_id
                WHERE e.id = ? AND e.campaign_id = ?
                """, [call.entryID, campaign.id], {
                    (status: $0[0] as String, member: $0[1] as Int64?, number: $0[2] as String?, left: $0[3] as Bool?,
                     phone: $0[4] as String?)
                })
            else {
                summary.skipped[.notOnList, default: 0] += 1
                continue
            }
            guard let memberID = entry.member else {
                summary.skipped[.purged, default: 0] += 1
                continue
            }
            guard entry.number == call.memberNumber else { throw refuse(.otherMember) }
            if entry.left == true {
                summary.skipped[.leftRegister, default: 0] += 1
                continue
            }
            try insert(call, entryID: call.entryID, callerID: record.caller, database)
            summary.merged += 1
            added[call.entryID, default: 0] += 1
            let paid = try database.fetchOne(
                "SELECT 1 FROM dues WHERE member_id = ? AND year = ? AND status <> 'unpaid'", [memberID, campaign.year]
            ) { _ in true } ?? false
            if paid || entry.status == EntryStatus.paidSince.rawValue { summary.paidSince += 1 }
            if outcome == .doNotCall || (outcome == .wrongNumber && entry.phone != nil && entry.phone == call.phone) {
                try applyToMember(database, memberID: memberID, outcome: outcome, except: call.entryID)
            }
        }
        for (entryID, count) in added.sorted(by: { $0.key < $1.key }) {
            try settleMerged(database, entryID: entryID, added: count, campaign: campaign)
        }
        summary.entriesUpdated = added.count
        try database.run("UPDATE packs SET last_merged_at = ? WHERE id = ?", [timestamp, record.id])
        try audit(database, "pack_import", subject: campaign.name, counts: [
            "merged": summary.merged, "already_there": summary.alreadyThere,
            "skipped": summary.skipped.values.reduce(0, +), "entries": summary.entriesUpdated,
        ])
        return summary
    }

    private func insert(_ call: PackCall, entryID: Int64, callerID: Int64, _ database: Database) throws {
        try database.run("""
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, note, callback_at, email, logged_at,
                                  sms_sent_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                call.uid, entryID, callerID, call.calledAt, call.outcome, call.note, call.callbackAt, call.email,
                call.loggedAt, call.smsSentAt,
            ])
        let callID = database.lastInsertRowID
        for item in call.checklist {
            try database.run("INSERT INTO call_checklist (call_id, item) VALUES (?, ?)", [callID, item])
        }
    }

    /// Counts the merged calls as attempts and moves the entry where its newest call takes it.
    private func settleMerged(_ database: Database, entryID: Int64, added: Int, campaign: Campaign) throws {
        let entry = try database.fetchOne("""
            SELECT e.status, e.attempts, m.do_not_call FROM call_list_entries e JOIN members m ON m.id = e.member_id
            WHERE e.id = ?
            """, [entryID]) { (status: $0[0] as String, attempts: $0[1] as Int, doNotCall: $0[2] as Bool) }!
        let newest = try database.fetchOne("""
            SELECT outcome, called_at, callback_at FROM call_log WHERE entry_id = ? ORDER BY called_at DESC, id DESC LIMIT 1
            """, [entryID]) { (outcome: $0[0] as String, at: $0[1] as Date, callback: $0[2] as Date?) }!
        let outcome = Outcome(rawValue: newest.outcome) ?? .noAnswer
        let attempts = entry.attempts + added
        var transition = campaign.rules.transition(after: outcome, attempts: attempts, at: newest.at, callback: newest.callback)
        if entry.doNotCall, transition.status == .open { transition = .close(.doNotCall) }
        try settle(
            database, entryID: entryID, status: EntryStatus(rawValue: entry.status) ?? .open, after: transition,
            outcome: outcome, attempts: attempts, reopening: true)
    }

    /// Every call in a checked pack, oldest first.
    private static func calls(in pack: PackFile) throws -> [PackCall] {
        try pack.database.fetchAll("""
            SELECT c.uid, c.caller_id, c.called_at, c.outcome, c.note, c.callback_at, c.email, c.logged_at, e.campaign_id,
                   m.member_number, m.phone_e164, (SELECT group_concat(item) FROM call_checklist WHERE call_id = c.id),
                   c.id, c.entry_id, c.sms_sent_at
            FROM call_log c JOIN call_list_entries e ON e.id = c.entry_id LEFT JOIN members m ON m.id = e.member_id
            ORDER BY c.called_at, c.id
            """) { row -> PackCall in
            guard let uid: String = row[0], let caller: Int64 = row[1], let calledAt: Int64 = row[2],
                  let outcome: String = row[3], let loggedAt: Int64 = row[7], let campaign: Int64 = row[8],
                  let id: Int64 = row[12], let entry: Int64 = row[13] else {
                throw PackError.tampered(path: pack.path, detail: "a call is missing a required value")
            }
            return PackCall(
                row: id, entryID: entry, uid: uid, callerID: caller, calledAt: calledAt, outcome: outcome, note: row[4], callbackAt: row[5],
                email: row[6], loggedAt: loggedAt, campaignID: campaign, memberNumber: row[9], phone: row[10],
                checklist: (row[11] as String?).map { $0.split(separator: ",").map(String.init) } ?? [],
                smsSentAt: row[14])
        }
    }
}
