import Foundation
import TextCells

/// What plain mode prints for a state: no escape codes, no layout, just lines a screen reader can follow.
public struct PlainScreen: Sendable, Equatable {
    public init(body: String, status: String, prompt: String) {
        self.body = body
        self.status = status
        self.prompt = prompt
        statusKey = StatusKey(notice: nil, callID: nil)
    }

    /// The member card and script, or the follow-up panel; printed when it changes.
    public var body: String
    /// The status message, printed when it changes.
    public var status: String
    /// The question asked before each line is read.
    public var prompt: String
    /// What the status reports (its notice and the call it is about), so it is printed once per report and not
    /// again as the undo countdown runs.
    public var statusKey: StatusKey

    public struct StatusKey: Sendable, Equatable {
        var notice: CallState.Notice?
        var callID: String?
    }
}

extension CallProgram {
    /// The plain-mode rendering of `state`. All untrusted text is sanitised.
    public func plainView(_ state: CallState) -> PlainScreen {
        var screen = plainScreen(state)
        screen.statusKey = PlainScreen.StatusKey(notice: state.notice, callID: state.lastLogged?.callID)
        return screen
    }

    private func plainScreen(_ state: CallState) -> PlainScreen {
        let status = plainStatus(state)
        if state.showsHelp {
            let lines = strings.plainHelp.map { "  \($0.0): \($0.1)" }
            return PlainScreen(body: ([strings.helpTitle] + lines).joined(separator: "\n"), status: status, prompt: strings.helpClose + ": ")
        }
        if let shown = state.shownCode, let card = state.card, let modules = codeModules(shown, card: card) {
            let title = codeTitle(shown, card: card)
            let body = ([title] + QRText.lines(modules)).joined(separator: "\n")
            let prompt = shown == .text ? strings.plainTextCodeHint : strings.helpClose
            return PlainScreen(body: body, status: status, prompt: prompt + ": ")
        }
        switch state.phase {
        case .loading, .undoing, .saving:
            return PlainScreen(body: strings.loading, status: status, prompt: "")
        case .empty:
            return PlainScreen(body: strings.empty + "\n" + strings.emptyHints, status: status, prompt: strings.choice + ": ")
        case .finished:
            return PlainScreen(body: "", status: status, prompt: "")
        case .card(let card, let step):
            return plainCard(card, step: step, state: state, status: status)
        }
    }

    /// The question plain mode asks before it acts on `line`, nil when none is needed: before do-not-call, and
    /// before the same outcome as the call just saved (while it can still be undone), which in a stream of typed
    /// lines is more often a line typed twice than a second member with the same answer.
    public func plainQuestion(for line: String, in state: CallState) -> String? {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !state.showsHelp, case .card(let card, .idle) = state.phase, text.count == 1,
              let option = context.outcomes.first(where: { $0.key == text.first })
        else { return nil }
        let name = TerminalText.sanitizeLine(card.fullName)
        if option.asksFirst { return Strings.fill(strings.plainAskDrastic, TerminalText.sanitizeLine(option.label), name) }
        if let last = state.lastLogged, last.submission.code == option.code, undoSecondsLeft(state) != nil {
            return Strings.fill(strings.plainAskRepeat, TerminalText.sanitizeLine(option.label), name)
        }
        return nil
    }

    /// Whether an answer to `plainQuestion` means yes.
    public func plainConfirms(_ answer: String) -> Bool {
        strings.yesWords.contains(answer.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }

    /// The events a line typed in plain mode stands for, given the state it answers.
    public func plainEvents(for line: String, in state: CallState) -> [Event] {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let cancel = text.lowercased() == strings.cancelWord
        if state.shownCode == .text, !state.showsHelp, text.lowercased() == String(CommandKeys.smsSent) {
            return [.key(.char(CommandKeys.smsSent))]
        }
        if state.showsHelp || state.shownCode != nil { return [.key(.enter)] }
        let replace: [Event] = [.key(.end), .key(.ctrl("u")), .paste(text), .key(.enter)]
        guard case .card(_, let step) = state.phase else {
            return text.count == 1 ? [.key(.char(text.first!))] : []
        }
        switch step {
        case .idle:
            if text.isEmpty { return [] }
            return text.count == 1 ? [.key(.char(text.first!))] : [.key(.char(CommandKeys.help))]
        case .note, .editEmail:
            return cancel ? [.key(.escape)] : replace
        case .callback:
            // A typed time is read and shown first; an empty line then saves it.
            if cancel { return [.key(.escape)] }
            return text.isEmpty ? [.key(.enter)] : Array(replace.dropLast())
        case .confirmEmail:
            if cancel { return [.key(.escape)] }
            if text.isEmpty { return [.key(.enter)] }
            return text.contains("@") ? [.key(.char(CommandKeys.editEmail))] + replace : [.key(.char(text.first!))]
        case .resignNotice:
            if cancel { return [.key(.escape)] }
            return text.isEmpty ? [.key(.enter)] : []
        case .checklist:
            if cancel { return [.key(.escape)] }
            return text.filter { !$0.isWhitespace && $0 != "," }.map { .key(.char($0)) } + [.key(.enter)]
        }
    }

    private func plainStatus(_ state: CallState) -> String {
        var parts: [String] = []
        if let notice = state.notice {
            parts.append(plainNotice(notice))
            if case .saved = notice, let left = undoSecondsLeft(state) { parts.append(Strings.fill(strings.undoHint, left)) }
        }
        return TerminalText.sanitizeLine(parts.joined(separator: " "))
    }

    private func plainNotice(_ notice: CallState.Notice) -> String {
        switch notice {
        case .saved(let label, let at): return savedText(label, at)
        case .skipped(let name): return Strings.fill(strings.skipped, name)
        case .undone(let name): return Strings.fill(strings.undone, name)
        case .undoExpired: return strings.undoExpired
        case .nothingToUndo: return strings.nothingToUndo
        case .noCode: return strings.noCode
        case .smsNoted: return strings.smsNoted
        case .noteKept: return strings.noteKept
        case .invalidEmail: return strings.invalidEmail
        case .unknownTime: return strings.unknownTime
        case .failed(let message): return Strings.fill(strings.failed, message)
        }
    }

    private func plainCard(_ card: MemberCard, step: CallState.Step, state: CallState, status: String) -> PlainScreen {
        let s = strings
        let dates = DateText(language: context.language, timeZone: timeZone)
        let clean = TerminalText.sanitizeLine
        let editPrompt = s.plainEditHint + "\n"
        switch step {
        case .idle, .note:
            var lines = ["== \(clean(card.fullName)) (\(s.memberNumber) \(clean(card.number))) =="]
            let kind = card.phoneKind.isEmpty ? "" : " (\(clean(card.phoneKind)))"
            lines.append("\(s.phone): \(clean(card.phone))\(kind)")
            lines.append("\(s.branch): \(clean(card.branch))")
            lines.append("\(s.email): \(clean(card.email ?? "–"))")
            lines.append("\(s.memberSince): \(card.memberSince.map(dates.day) ?? "–")")
            let dues = card.dues.map { year -> String in
                switch year.status {
                case .paid: return "\(year.year) \(s.paid)"
                case .unpaid: return "\(year.year) \(s.unpaid)"
                case .other(let label): return "\(year.year) \(clean(label))"
                }
            }
            lines.append("\(s.dues): \(dues.joined(separator: ", "))")
            lines.append("\(s.attempts): \(card.attempts.isEmpty ? s.none : "")")
            for attempt in card.attempts.sorted(by: { $0.at > $1.at }) {
                let note = attempt.note.map { ", «\(clean($0))»" } ?? ""
                lines.append("  \(dates.moment(attempt.at)), \(clean(attempt.caller)), \(clean(attempt.campaign)), \(clean(attempt.outcome))\(note)")
            }
            lines.append("\(s.script):")
            lines.append(TerminalText.sanitize(card.script))
            lines.append(context.outcomes.map { "\($0.key) \(clean($0.label))" }.joined(separator: ", "))
            lines.append(s.hints)
            if case .note(let editor) = step {
                return PlainScreen(body: lines.joined(separator: "\n"), status: status,
                                   prompt: editPrompt + "\(s.note) [\(clean(editor.text))]: ")
            }
            let note = state.note.isEmpty ? "" : "\(s.note): \(clean(state.note))\n"
            return PlainScreen(body: lines.joined(separator: "\n"), status: status, prompt: note + s.choice + ": ")
        case .confirmEmail(let index):
            let title = Strings.fill(s.confirmEmailTitle, clean(context.outcomes[index].label))
            return PlainScreen(body: "\(title)\n\(s.emailGoesTo) \(clean(card.email ?? ""))", status: status,
                               prompt: s.confirmEmailHints + ": ")
        case .editEmail(let index, _):
            let title = Strings.fill(s.confirmEmailTitle, clean(context.outcomes[index].label))
            return PlainScreen(body: "\(title)\n\(s.noEmail)", status: status, prompt: editPrompt + s.email + ": ")
        case .resignNotice(let index):
            let option = context.outcomes[index]
            var text = ""
            if case .resignNotice(let notice) = option.followUp { text = TerminalText.sanitize(notice) }
            let cancel = "Enter, \(s.cancelWord)"
            return PlainScreen(body: Strings.fill(s.resignTitle, clean(option.label)) + "\n" + text, status: status,
                               prompt: "\(s.saveHints) (\(cancel)): ")
        case .callback(let index, let editor, let parsed):
            let title = Strings.fill(s.callbackTitle, clean(context.outcomes[index].label))
            if let parsed {
                let typed = clean(editor.text.trimmingCharacters(in: .whitespaces))
                return PlainScreen(body: "\(title)\n\(typed) → \(dates.appointment(parsed))", status: status,
                                   prompt: Strings.fill(s.plainCallbackHint, dates.appointment(parsed)) + ": ")
            }
            let unknown = editor.text.isEmpty ? "" : "\n\(clean(editor.text)) \(s.callbackUnknown)"
            return PlainScreen(body: "\(title)\n\(s.callbackExamples)\(unknown)", status: status, prompt: editPrompt + "› ")
        case .checklist(let index, _):
            let option = context.outcomes[index]
            var lines = [Strings.fill(s.checklistTitle, clean(option.label))]
            if case .checklist(let items) = option.followUp {
                lines += items.map { "  \($0.key) \(clean($0.label))" }
            }
            return PlainScreen(body: lines.joined(separator: "\n"), status: status, prompt: s.plainChecklistHint + ": ")
        }
    }
}
