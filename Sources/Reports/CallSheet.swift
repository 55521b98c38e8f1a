import Foundation
import Model
import Storage

/// A caller's printable call sheet: their open members in calling order, each with earlier attempts and a tick box
/// per outcome whose key matches the call screen's.
public struct CallSheet: Sendable {
    public let campaign: Campaign
    public let caller: Caller
    public let lines: [SheetLine]
    public let language: Language
    public let printedAt: Date

    public init(campaign: Campaign, caller: Caller, lines: [SheetLine], language: Language, printedAt: Date) {
        self.campaign = campaign
        self.caller = caller
        self.lines = lines
        self.language = language
        self.printedAt = printedAt
    }

    /// The campaign's outcomes with their keys and labels, in screen order.
    public var outcomes: [(key: Character, outcome: Outcome, label: String)] {
        Outcome.outcomes(for: campaign.kind).compactMap { outcome in
            outcome.key(in: campaign.kind).map { ($0, outcome, outcome.label(language)) }
        }
    }

    /// The column headings shared by the spreadsheet formats.
    var headings: [String] {
        language == .nb
            ? ["Medlemsnr", "Navn", "Lokallag", "Telefon", "Tidligere forsøk", "Utfall (tast)", "Notat", "Ring tilbake"]
            : ["Member no.", "Name", "Branch", "Phone", "Earlier attempts", "Outcome (key)", "Note", "Call back"]
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
