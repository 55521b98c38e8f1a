import Foundation
import Model
import Storage

/// A caller's printable call sheet: their open members in `order`, each with earlier attempts, a tick box per
/// outcome whose key matches the call screen's, and room for the time, a callback and a note. Every format carries
/// the sheet's `reference`, so `dues sheet import` can take a filled-in copy back.
public struct CallSheet: Sendable {
    public let campaign: Campaign
    public let caller: Caller
    public let lines: [SheetLine]
    public let language: Language
    public let printedAt: Date
    public let reference: SheetReference
    /// The campaign's coming meeting as said in its language (`Campaign.meetingText`), printed where the script
    /// says `{meeting}`; empty leaves the field as written.
    public let meeting: String

    public init(
        campaign: Campaign, caller: Caller, lines: [SheetLine], databaseID: String, language: Language, printedAt: Date,
        order: SheetOrder = .name, meeting: String = ""
    ) {
        self.campaign = campaign
        self.caller = caller
        self.lines = order.sorted(lines)
        self.language = language
        self.printedAt = printedAt
        self.meeting = meeting
        reference = SheetReference(
            databaseID: databaseID, campaignID: campaign.id, callerID: caller.id,
            printedAt: Int64(printedAt.timeIntervalSince1970.rounded(.down)))
    }

    /// The campaign's outcomes with their keys and labels, in screen order.
    public var outcomes: [(key: Character, outcome: Outcome, label: String)] {
        Outcome.outcomes(for: campaign.kind).compactMap { outcome in
            outcome.key(in: campaign.kind).map { ($0, outcome, outcome.label(language)) }
        }
    }

    /// The column headings shared by the spreadsheet formats; the last one is the reference (a hidden column in
    /// xlsx, plainly marked in CSV).
    var headings: [String] {
        SheetColumn.allCases.map { $0.heading(language) } + [referenceText]
    }

    /// The reference with a label saying what it is for.
    var referenceText: String {
        text("Referanse (ikke endre): ", "Reference (do not edit): ") + reference.text
    }

    /// The legend of the outcome keys on one line: `1 Vil betale · 2 Har betalt · …`.
    var legend: String {
        outcomes.map { "\($0.key) \($0.label)" }.joined(separator: " · ")
    }

    /// The campaign's script as written, with the meeting filled in when there is one, line by line, without empty
    /// lines at the ends.
    var scriptLines: [String] {
        var script = campaign.script
        if !meeting.isEmpty, let template = try? ScriptTemplate(validating: script), template.fields.contains(.meeting) {
            script = template.filling(.meeting, with: meeting)
        }
        let lines = script.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return Array(lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed())
    }

    /// The local time of `printedAt`, `dd.MM.yyyy HH:mm`.
    var printedText: String {
        let formatter = DateFormatter()
        formatter.timeZone = campaign.rules.timeZone
        formatter.dateFormat = "dd.MM.yyyy HH:mm"
        return formatter.string(from: printedAt)
    }

    /// Earlier attempts in one short line: `20.11 Per Hansen: No answer`.
    func attemptsSummary(_ line: SheetLine) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = campaign.rules.timeZone
        formatter.dateFormat = "dd.MM"
        return line.attempts.map { "\(formatter.string(from: $0.at)) \($0.caller): \($0.outcome.label(language))" }
            .joined(separator: "; ")
    }

    func text(_ bokmal: String, _ english: String) -> String { language == .nb ? bokmal : english }

    var title: String {
        text("Ringeliste", "Call sheet") + ": \(campaign.name) — \(caller.name)"
    }
}
