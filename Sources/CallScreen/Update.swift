import Foundation

extension CallProgram {
    /// The new state after `event`, and the effects to run.
    public func update(_ state: CallState, _ event: Event) -> (CallState, [Effect]) {
        var state = state
        var effects: [Effect] = []
        switch event {
        case .resize(let columns, let rows):
            state.columns = max(1, columns)
            state.rows = max(1, rows)
        case .tick(let now):
            state.now = now
        case .progress(let progress):
            state.progress = progress
        case .loaded(let card):
            state.phase = card.map { .card($0, .idle) } ?? .empty
            state.shownCode = nil
            state.smsSentAt = nil
            state.note = ""
            state.scriptOffset = 0
        case .logged(let callID, let callbackAt):
            guard case .saving(let card, let submission) = state.phase else { break }
            let label = context.outcomes.first { $0.code == submission.code }?.label ?? submission.code
            state.lastLogged = .init(
                callID: callID, card: card, submission: submission, label: label, at: state.now,
                smsSentAt: state.smsSentAt)
            state.notice = .saved(label: label, callbackAt: callbackAt)
            state.phase = .loading
            effects = [.claimNext, .fetchProgress]
        case .undone:
            guard case .undoing(let current) = state.phase, let last = state.lastLogged else { break }
            state.phase = .card(last.card, .idle)
            state.note = last.submission.note ?? ""
            state.smsSentAt = last.smsSentAt
            state.scriptOffset = 0
            state.lastLogged = nil
            state.notice = .undone(name: last.card.fullName)
            if let current, current.memberID != last.card.memberID {
                effects.append(.release(memberID: current.memberID))
            }
            effects.append(.fetchProgress)
        case .failed(let message):
            state.notice = .failed(message)
            switch state.phase {
            case .saving(let card, _): state.phase = .card(card, .idle)
            case .undoing(let card): state.phase = card.map { .card($0, .idle) } ?? .empty
            case .loading: state.phase = .empty
            case .card, .empty, .finished: break
            }
        case .key(let key):
            effects = handle(key, in: &state)
        case .paste(let text):
            paste(text, in: &state)
        }
        return (state, effects)
    }

    private func handle(_ key: Key, in state: inout CallState) -> [Effect] {
        if key == .ctrl("z") { return [.suspend] }
        let isQuit = key == .char(CommandKeys.quit) || key == .ctrl("c")
        if state.columns < Self.minimumColumns || state.rows < Self.minimumRows {
            return isQuit ? quit(&state) : []
        }
        if state.showsHelp {
            state.showsHelp = false
            return []
        }
        if let shown = state.shownCode {
            state.shownCode = nil
            if shown == .text, key == .char(CommandKeys.smsSent), case .card = state.phase {
                state.smsSentAt = state.now
                state.notice = .smsNoted
            }
            return []
        }
        switch state.phase {
        case .card(let card, .idle):
            return handleIdle(key, card: card, in: &state)
        case .card(let card, let step):
            if key == .ctrl("c") { return quit(&state) }
            switch advance(step, with: key, card: card, state: &state) {
            case .stay(let next):
                state.phase = .card(card, next)
                return []
            case .submit(let submission):
                state.phase = .saving(card, submission)
                return [.log(submission)]
            }
        case .empty, .loading:
            switch key {
            case _ where isQuit: return quit(&state)
            case .char(CommandKeys.retry) where state.phase == .empty:
                state.phase = .loading
                state.notice = nil
                return [.claimNext, .fetchProgress]
            case .char(CommandKeys.undo): return undo(&state)
            case .char(CommandKeys.help), .char(CommandKeys.helpLetter): state.showsHelp = true
            default: break
            }
            return []
        case .saving, .undoing, .finished:
            return []
        }
    }

    private func handleIdle(_ key: Key, card: MemberCard, in state: inout CallState) -> [Effect] {
        switch key {
        case .char(CommandKeys.quit), .ctrl("c"): return quit(&state)
        case .char(CommandKeys.help), .char(CommandKeys.helpLetter): state.showsHelp = true
        case .char(CommandKeys.note): state.phase = .card(card, .note(LineEditor(state.note)))
        case .char(CommandKeys.skip):
            state.notice = .skipped(name: card.fullName)
            state.phase = .loading
            return [.skip(memberID: card.memberID), .claimNext, .fetchProgress]
        case .char(CommandKeys.undo): return undo(&state)
        case .char(CommandKeys.phoneCode):
            if card.dialCode == nil { state.notice = .noCode } else { state.shownCode = .dial }
        case .char(CommandKeys.textCode):
            if card.textCode == nil { state.notice = .noCode } else { state.shownCode = .text }
        case .down: state.scriptOffset += 1
        case .up: state.scriptOffset = max(0, state.scriptOffset - 1)
        case .pageDown, .char(" "): state.scriptOffset += scriptPage(state)
        case .pageUp: state.scriptOffset = max(0, state.scriptOffset - scriptPage(state))
        case .escape: state.notice = nil
        case .char(let c):
            guard let index = context.outcomes.firstIndex(where: { $0.key == c }) else { break }
            state.notice = nil
            switch firstStep(for: index, card: card, note: state.note, smsSentAt: state.smsSentAt) {
            case .stay(let step): state.phase = .card(card, step)
            case .submit(let submission):
                state.phase = .saving(card, submission)
                return [.log(submission)]
            }
        default: break
        }
        return []
    }

    private func scriptPage(_ state: CallState) -> Int {
        max(1, state.rows / 3)
    }

    private func paste(_ text: String, in state: inout CallState) {
        guard case .card(let card, let step) = state.phase, !state.showsHelp else { return }
        switch step {
        case .idle:
            var editor = LineEditor(state.note)
            editor.insert(text)
            state.phase = .card(card, .note(editor))
        case .note(var editor):
            editor.insert(text)
            state.phase = .card(card, .note(editor))
        case .editEmail(let index, var editor):
            editor.insert(text.trimmingCharacters(in: .whitespacesAndNewlines))
            state.phase = .card(card, .editEmail(outcome: index, editor))
        case .callback(let index, var editor, _):
            editor.insert(text)
            state.phase = .card(card, callbackStep(index, editor, now: state.now))
        case .confirmEmail, .resignNotice, .checklist:
            break
        }
    }

    private func quit(_ state: inout CallState) -> [Effect] {
        let card = state.card
        state.phase = .finished
        return (card.map { [.release(memberID: $0.memberID)] } ?? []) + [.quit]
    }

    private func undo(_ state: inout CallState) -> [Effect] {
        guard let last = state.lastLogged else {
            state.notice = .nothingToUndo
            return []
        }
        guard undoSecondsLeft(state) != nil else {
            state.notice = .undoExpired
            return []
        }
        state.phase = .undoing(state.card)
        return [.undo(callID: last.callID)]
    }
}

/// Follow-up steps: what each key does between picking an outcome and saving it.
extension CallProgram {
    enum StepResult {
        case stay(CallState.Step)
        case submit(OutcomeSubmission)
    }

    /// Whether `text` is plausible as an email address: one `@`, something on each side, a dot in the domain.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    func firstStep(for index: Int, card: MemberCard, note: String, smsSentAt: Date?) -> StepResult {
        switch context.outcomes[index].followUp {
        case .none: return .submit(submission(index, card: card, note: note, smsSentAt: smsSentAt))
        case .confirmEmail:
            let hasEmail = !(card.email ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            return .stay(hasEmail ? .confirmEmail(outcome: index) : .editEmail(outcome: index, LineEditor(limit: 254)))
        case .resignNotice: return .stay(.resignNotice(outcome: index))
        case .callbackTime: return .stay(.callback(outcome: index, LineEditor(limit: 100), parsed: nil))
        case .checklist(let options):
            let sms = smsSentAt != nil && options.contains { $0.code == ChecklistOption.sentSMS }
            return .stay(.checklist(outcome: index, ticked: sms ? [ChecklistOption.sentSMS] : []))
        }
    }

    func advance(_ step: CallState.Step, with key: Key, card: MemberCard, state: inout CallState) -> StepResult {
        let note = state.note
        let sms = state.smsSentAt
        switch step {
        case .idle:
            return .stay(.idle)
        case .note(var editor):
            switch key {
            case .enter:
                state.note = editor.text.trimmingCharacters(in: .whitespaces)
                state.notice = state.note.isEmpty ? nil : .noteKept
                return .stay(.idle)
            case .escape: return .stay(.idle)
            default:
                _ = editor.handle(key)
                return .stay(.note(editor))
            }
        case .confirmEmail(let index):
            switch key {
            case .enter: return .submit(submission(index, card: card, note: note, smsSentAt: sms, email: card.email))
            case .char(CommandKeys.editEmail): return .stay(.editEmail(outcome: index, LineEditor(card.email ?? "", limit: 254)))
            case .escape: return .stay(.idle)
            default: return .stay(step)
            }
        case .editEmail(let index, var editor):
            switch key {
            case .enter:
                let email = editor.text.trimmingCharacters(in: .whitespaces)
                guard Self.looksLikeEmail(email) else {
                    state.notice = .invalidEmail
                    return .stay(step)
                }
                state.notice = nil
                return .submit(submission(index, card: card, note: note, smsSentAt: sms, email: email))
            case .escape:
                state.notice = nil
                return .stay((card.email ?? "").isEmpty ? .idle : .confirmEmail(outcome: index))
            default:
                _ = editor.handle(key)
                return .stay(.editEmail(outcome: index, editor))
            }
        case .resignNotice(let index):
            switch key {
            case .enter: return .submit(submission(index, card: card, note: note, smsSentAt: sms))
            case .escape: return .stay(.idle)
            default: return .stay(step)
            }
        case .callback(let index, var editor, _):
            switch key {
            case .enter:
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty, let at = parseCallback(text, state.now) else {
                    state.notice = .unknownTime
                    return .stay(step)
                }
                state.notice = nil
                var result = submission(index, card: card, note: note, smsSentAt: sms)
                result.callbackAt = at
                result.callbackText = text
                return .submit(result)
            case .escape:
                state.notice = nil
                return .stay(.idle)
            default:
                _ = editor.handle(key)
                if state.notice == .unknownTime { state.notice = nil }
                return .stay(callbackStep(index, editor, now: state.now))
            }
        case .checklist(let index, let ticked):
            switch key {
            case .enter:
                var result = submission(index, card: card, note: note, smsSentAt: sms)
                result.checklist = ticked
                return .submit(result)
            case .escape: return .stay(.idle)
            case .char(let c):
                guard case .checklist(let options) = context.outcomes[index].followUp,
                    let option = options.first(where: { $0.key == c })
                else { return .stay(step) }
                let toggled = ticked.contains(option.code)
                    ? ticked.filter { $0 != option.code } : ticked + [option.code]
                return .stay(.checklist(outcome: index, ticked: options.map(\.code).filter(toggled.contains)))
            default: return .stay(step)
            }
        }
    }

    func callbackStep(_ index: Int, _ editor: LineEditor, now: Date) -> CallState.Step {
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        return .callback(outcome: index, editor, parsed: text.isEmpty ? nil : parseCallback(text, now))
    }

    /// The outcome at `index` as submitted. A confirmed SMS goes with it, unless the outcome's checklist has an item
    /// for it: then the ticked item (pre-ticked, and the caller may untick it) says whether it was sent.
    private func submission(
        _ index: Int, card: MemberCard, note: String, smsSentAt: Date?, email: String? = nil
    ) -> OutcomeSubmission {
        let cleanEmail = email?.trimmingCharacters(in: .whitespaces)
        let onFile = card.email?.trimmingCharacters(in: .whitespaces)
        var checklistRecordsSMS = false
        if case .checklist(let options) = context.outcomes[index].followUp {
            checklistRecordsSMS = options.contains { $0.code == ChecklistOption.sentSMS }
        }
        return OutcomeSubmission(
            memberID: card.memberID, code: context.outcomes[index].code, note: note.isEmpty ? nil : note,
            email: cleanEmail, emailChanged: cleanEmail != nil && cleanEmail != onFile,
            smsSentAt: checklistRecordsSMS ? nil : smsSentAt)
    }
}
