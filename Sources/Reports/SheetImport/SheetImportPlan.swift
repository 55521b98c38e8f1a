import Foundation
import Model
import Spreadsheet
import Storage

/// One filled-in row of a sheet, read and checked, ready to log.
public struct PlannedCall: Sendable {
    public let row: FilledSheet.Row
    public let member: Member
    public let report: CallReport
}

extension FilledSheet {
    /// Reads every filled row by `dues log`'s rules: the member (by number, on the campaign's list, and the name
    /// when one is written), the outcome (key, name or code), the time (`PastMoment`; `defaultTime` when empty),
    /// the callback (`CallbackTime` from the time of the call; only with the callback outcome) and the note.
    /// Each call's uid comes from the sheet's reference and the row's text, so importing the file again adds
    /// nothing. Throws `SheetImportError` at the first bad row.
    public func plan(
        campaign: Campaign, callerID: Int64, now: Date, defaultTime: Date,
        entry: (String) throws -> (entryID: Int64, member: Member)
    ) throws -> [PlannedCall] {
        try rows.map { row in
            guard !row.memberNumber.isEmpty else {
                throw error(row, .memberNumber, "medlemsnummeret mangler", "the member number is missing")
            }
            let found: (entryID: Int64, member: Member)
            do {
                found = try entry(row.memberNumber)
            } catch {
                throw self.error(row, .memberNumber, Self.message(error, .nb), Self.message(error, .en))
            }
            if !row.name.isEmpty, !Self.sameName(row.name, found.member.fullName) {
                throw error(
                    row, .name, "medlem \(row.memberNumber) heter \(found.member.fullName), ikke «\(row.name)»; sjekk medlemsnummeret",
                    "member \(row.memberNumber) is \(found.member.fullName), not \"\(row.name)\"; check the member number")
            }
            guard !row.outcome.isEmpty else {
                throw error(row, .outcome, "utfallet mangler: skriv tasten fra arket", "the outcome is missing: write the key from the sheet")
            }
            let outcome = try checked(row, .outcome) { try Outcome.parse(row.outcome, kind: campaign.kind) }
            let calledAt = try row.time.isEmpty
                ? defaultTime : checked(row, .time) { try PastMoment.parse(row.time, now: now, rules: campaign.rules) }
            var callbackAt: Date?
            if !row.callback.isEmpty {
                guard outcome == .callback else {
                    let key = Outcome.callback.key(in: campaign.kind).map(String.init) ?? Outcome.callback.rawValue
                    throw error(row, .callback, "et tilbakeringingstidspunkt hører til utfallet \(key) Ring tilbake",
                                "a callback time goes with the outcome \(key) Call back")
                }
                guard let time = CallbackTime.parse(row.callback, now: calledAt, rules: campaign.rules) else {
                    throw error(row, .callback, "kan ikke lese tilbakeringingen «\(row.callback)»: skriv for eksempel 'i morgen 18', 'fredag' eller '28.11 17:00'",
                                "cannot read the callback '\(row.callback)': write for example 'i morgen 18', 'fredag' or '28.11 17:00'")
                }
                callbackAt = try checked(row, .callback) { try CallTimeBounds.callback(time, now: now, text: row.callback) }
            }
            let note = try checked(row, .note) { try UserText.clean(row.note, as: .note) }
            let uid = Store.contentUID([
                reference.text, row.memberNumber, outcome.rawValue, row.time, row.callback, row.note,
            ])
            return PlannedCall(row: row, member: found.member, report: CallReport(
                entryID: found.entryID, callerID: callerID, outcome: outcome, note: note.isEmpty ? nil : note,
                callbackAt: callbackAt, calledAt: calledAt, uid: uid))
        }
    }

    /// `body`'s result, or its error placed at `row` and `column`.
    private func checked<T>(_ row: Row, _ column: SheetColumn, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw self.error(row, column, Self.message(error, .nb), Self.message(error, .en))
        }
    }

    static func message(_ error: Error, _ language: Language) -> String {
        (StoreError.translated(error) as? BilingualError)?.message(language) ?? "\(error)"
    }

    /// The name as written on the sheet (perhaps with the apostrophe that neutralised a formula) against the
    /// register's, ignoring case and spacing.
    static func sameName(_ written: String, _ name: String) -> Bool {
        func plain(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return [name, FormulaGuard.neutralise(name)].map(plain).contains(plain(written))
    }
}
