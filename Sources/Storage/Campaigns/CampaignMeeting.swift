import Foundation
import Model

extension Campaign {
    /// The coming meeting as `{meeting}` says it in `language` and `timeZone`; empty when none is set or it has
    /// begun by `now`, so a fallback is said instead.
    public func meetingText(language: Language, timeZone: TimeZone, now: Date) -> String {
        guard let meetingAt, meetingAt > now else { return "" }
        return MeetingText.say(meetingAt, place: meetingPlace, language: language, timeZone: timeZone)
    }

    /// Whether the script, or the SMS (`smsTemplate`, else the default for the kind in `language`), says
    /// `{meeting}` without a fallback while the campaign has no meeting to come at `now`: a caller would invite a
    /// new member to nothing. A session or a pack for the campaign must not start then.
    public func lacksMeeting(smsTemplate: String?, language: Language, now: Date) -> Bool {
        if let meetingAt, meetingAt > now { return false }
        let script = try? ScriptTemplate(validating: self.script)
        let sms = smsTemplate.flatMap { try? ScriptTemplate(validating: $0) }
            ?? SMSTemplate.defaultTemplate(for: kind, keepInTouch: isKeepInTouch, language: language)
        return [script, sms].contains { $0?.fieldsWithoutFallback.contains(.meeting) == true }
    }
}

extension Store {
    /// What a refused `{meeting}` stood in.
    enum MeetingFieldPlace { case script, sms }

    /// Refuses `{meeting}` in a template of a campaign that is not a welcome campaign: only those have a meeting.
    static func refuseMeetingField(in template: ScriptTemplate, kind: CampaignKind, what: MeetingFieldPlace) throws {
        guard kind != .welcome, template.fields.contains(.meeting) else { return }
        throw StoreError.invalid(what == .script
            ? Wording("{meeting} finnes bare for velkomstkampanjer, som har et møte; ta det ut av manuset",
                      "{meeting} is only for welcome campaigns, which have a meeting; take it out of the script")
            : Wording("{meeting} finnes bare for velkomstkampanjer, som har et møte; ta det ut av SMS-malen",
                      "{meeting} is only for welcome campaigns, which have a meeting; take it out of the SMS template"))
    }

    /// A meeting place as stored: cleaned like a name (see `UserText`), nil when empty.
    static func meetingPlace(_ text: String?) throws -> String? {
        guard let text else { return nil }
        let cleaned = try UserText.clean(text, as: .meetingPlace)
        return cleaned.isEmpty ? nil : cleaned
    }
}
