import Foundation
import Model
import Storage
import TextCells

/// The terminal rendering of `members show`.
struct MemberCardView {
    let card: MemberProfile
    let text: Text
    let clock: LocalTime

    func render() -> String {
        let member = card.member
        let record = member.record
        var lines = [TerminalText.sanitizeLine("\(member.fullName) (\(text("medlemsnr", "member number")) \(member.memberNumber))")]
        var details = TextTable(columns: [.init(""), .init("", shrinkPriority: 1)], showsHeader: false)
        if let phone = record.phone {
            var shown = phone.display + " (" + phoneKind(phone.kind) + ")"
            if member.phoneWrong { shown += text(", meldt som feil nummer", ", reported wrong") }
            details.append([text("Telefon", "Phone"), shown])
        } else {
            details.append([text("Telefon", "Phone"), text("mangler", "none")])
        }
        details.append([text("E-post", "Email"), record.email ?? text("mangler", "none")])
        details.append([text("Lokallag", "Branch"), record.branch ?? text("ingen", "none")])
        details.append([text("Innmeldt", "Joined"), record.joinedOn?.norwegian ?? text("ukjent", "unknown")])
        if let seen = card.lastSeenAt {
            details.append([text("Sist i registeret", "Last in register"), clock.string(seen)])
        }
        if let left = member.leftRegisterAt {
            details.append([text("Gått ut av registeret", "Left the register"), clock.string(left)])
        }
        if member.doNotCall { details.append([text("Ringes ikke", "Do not call"), text("ja", "yes")]) }
        if member.keepConsent { details.append([text("Samtykke til lagring", "Agreed to be kept"), text("ja", "yes")]) }
        lines += details.renderLines()
        if !card.dues.isEmpty {
            var dues = TextTable(columns: [
                .init(text("År", "Year")), .init(text("Status", "Status")), .init(text("Kilde", "Source")),
                .init(text("Endret", "Changed")),
            ])
            for year in card.dues {
                dues.append([String(year.year), year.status.label(text.language), year.source.label(text.language), clock.string(year.changedAt)])
            }
            lines += ["", dues.render()]
        }
        if !card.lists.isEmpty {
            var lists = TextTable(columns: [
                .init(text("Ringeliste", "Call list"), shrinkPriority: 1), .init(text("År", "Year")),
                .init(text("Status", "Status")), .init(text("Ringer", "Caller"), shrinkPriority: 1),
                .init(text("Forsøk", "Attempts"), alignment: .right),
            ])
            for entry in card.lists {
                let status = EntryStatus(rawValue: entry.status)?.label(text.language) ?? entry.status
                lists.append([entry.campaign, String(entry.year), status, entry.caller ?? "", String(entry.attempts)])
            }
            lines += ["", lists.render()]
        }
        lines.append("")
        if card.calls.isEmpty {
            lines.append(text("Ingen samtaler.", "No calls."))
        } else {
            var calls = TextTable(columns: [
                .init(text("Tid", "Time")), .init(text("Ringeliste", "Call list"), shrinkPriority: 1),
                .init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Utfall", "Outcome")),
            ])
            for call in card.calls {
                let outcome = Outcome(rawValue: call.outcome)?.label(text.language) ?? call.outcome
                calls.append([clock.string(call.calledAt), call.campaign, call.caller, outcome])
            }
            let rendered = calls.renderLines()
            lines += rendered.prefix(2)
            for (call, line) in zip(card.calls, rendered.dropFirst(2)) {
                lines.append(line)
                for item in call.checklist { lines.append("      ✓ " + item.label(text.language)) }
                if let sent = call.smsSentAt {
                    lines.append("      ✓ " + text("SMS sendt", "SMS sent") + " " + clock.string(sent))
                }
                guard let note = call.note, !note.isEmpty else { continue }
                lines += CellWidth.wrap(TerminalText.sanitizeLine(note), width: 74).map { "      " + $0 }
            }
        }
        if let welcome = card.welcome { lines += [""] + welcomeLines(welcome) }
        lines.append(clock.note(text))
        return lines.joined(separator: "\n")
    }

    /// The board's welcome steps after the welcome call: each done or open, then the meeting and whether they came.
    private func welcomeLines(_ welcome: WelcomeTaskItem) -> [String] {
        var lines = [TerminalText.sanitizeLine(
            text("Velkomstoppgaver for styret", "Welcome tasks for the board") + " (\(welcome.campaign), "
                + text("ønsket velkommen", "welcomed") + " \(clock.string(welcome.welcomedAt)))")]
        let steps = WelcomeTask.allCases.filter { $0 != .cameToMeeting && (welcome.done.contains($0) || welcome.open.contains($0)) }
        for step in steps {
            let state = welcome.done.contains(step) ? "✓ " : "· "
            let suffix = welcome.done.contains(step) ? text(" (gjort)", " (done)") : text(" (gjenstår)", " (to do)")
            lines.append("  " + state + step.label(text.language) + suffix)
        }
        if steps.isEmpty { lines.append("  " + text("Ingenting: alt ble gjort på samtalen.", "Nothing: all was done on the call.")) }
        if let meeting = welcome.meetingAt {
            let answer = switch welcome.came {
            case true?: text("kom", "came")
            case false?: text("kom ikke", "did not come")
            case nil where welcome.open.contains(.cameToMeeting): text("ikke kjent ennå", "not known yet")
            case nil: text("ikke holdt ennå", "not held yet")
            }
            lines.append("  " + text("Møtet", "Meeting") + " \(clock.string(meeting)): " + answer)
        }
        return lines
    }

    private func phoneKind(_ kind: PhoneKind) -> String {
        switch kind {
        case .mobile: text("mobil", "mobile")
        case .landline: text("fasttelefon", "landline")
        case .foreign: text("utenlandsk", "foreign")
        case .invalid: text("ugyldig", "invalid")
        }
    }
}
