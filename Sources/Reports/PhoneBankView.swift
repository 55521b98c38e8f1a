import Foundation
import Model
import Storage
import TextCells

/// The coordinator's live view of a phone bank as lines of text: one frame, the same for `dues watch --once` and
/// each refresh of the full-screen view. Names come from outside and are sanitised; no member is named.
public struct PhoneBankView: Sendable {
    public let board: PhoneBankBoard
    public let language: Language
    public let zone: TimeZone
    public let now: Date

    public init(board: PhoneBankBoard, language: Language, zone: TimeZone, now: Date) {
        self.board = board
        self.language = language
        self.zone = zone
        self.now = now
    }

    /// The frame, at most `width` cells wide.
    public func lines(width: Int = 80) -> [String] {
        let words = Words(language)
        var lines = [
            TerminalText.sanitizeLine(words("Ringebank: \(board.campaign) · \(clock(now))", "Phone bank: \(board.campaign) · \(clock(now))")),
            "",
        ]
        var callers = TextTable(columns: [
            .init(words("Ringer", "Caller"), minWidth: 6, shrinkPriority: 1),
            .init(words("Samtaler i dag", "Calls today"), alignment: .right),
            .init(words("Nådd", "Reached"), alignment: .right),
            .init(words("Betaler", "Will pay"), alignment: .right),
            .init(words("Siste", "Last"), alignment: .right),
            .init(words("Nå", "Now")),
        ])
        for caller in board.callers {
            callers.append([
                TerminalText.sanitizeLine(caller.name), String(caller.callsToday), String(caller.reachedToday),
                String(caller.willPayToday), caller.lastCall.map(clock) ?? "–",
                caller.claimed > 0 ? words("holder \(caller.claimed)", "holds \(caller.claimed)") : words("ledig", "idle"),
            ])
        }
        lines += callers.renderLines(maxWidth: width)
        lines.append("")
        var branches = TextTable(columns: [
            .init(words("Lokallag", "Branch"), minWidth: 6, shrinkPriority: 1),
            .init(words("På lista", "On list"), alignment: .right),
            .init(words("Ringt", "Called"), alignment: .right),
            .init(words("Nådd", "Reached"), alignment: .right),
            .init(words("Betalt siden", "Paid since"), alignment: .right),
        ])
        for branch in board.branches {
            branches.append([
                branch.name.isEmpty ? "–" : TerminalText.sanitizeLine(branch.name), String(branch.onList),
                String(branch.called), String(branch.reached), String(branch.paidSince),
            ])
        }
        lines += branches.renderLines(maxWidth: width)
        lines.append("")
        lines.append(words("Siste utfall:", "Latest outcomes:"))
        if board.feed.isEmpty { lines.append(words("  ingen samtaler ennå", "  no calls yet")) }
        for call in board.feed {
            let branch = call.branch.map { " (\(TerminalText.sanitizeLine($0)))" } ?? ""
            let outcome = call.outcome?.label(language) ?? "?"
            lines.append(String("  \(clock(call.at))  \(TerminalText.sanitizeLine(call.caller))\(branch): \(outcome)".prefix(width)))
        }
        return lines
    }

    private func clock(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
