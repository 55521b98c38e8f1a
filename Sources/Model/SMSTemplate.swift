/// The default SMS body for a campaign, a template with the same merge fields and checks as call scripts
/// (`ScriptTemplate`); the welcome text names the campaign's meeting (`{meeting}`).
public enum SMSTemplate {
    /// The default body for a campaign of `kind` in `language`: a personal welcome with the next meeting for welcome
    /// campaigns, a "sorry I missed you" after no answer for dues.
    public static func defaultText(for kind: CampaignKind, language: Language) -> String {
        switch (kind, language) {
        case (.welcome, .nb):
            return "Hei {member.first_name}! Velkommen som medlem i {party} {member.branch|}. Jeg er {caller.first_name}"
                + " og ringte for å ønske deg velkommen. Neste møte er {meeting}. Håper vi ses der!"
        case (.welcome, .en):
            return "Hi {member.first_name}! Welcome as a member of {party} {member.branch|}. I'm {caller.first_name}"
                + " and called to welcome you. The next meeting is on {meeting}. Hope to see you there!"
        case (.dues, .nb):
            return "Hei {member.first_name}, beklager at jeg ikke nådde deg. Jeg er {caller.first_name} fra {party}"
                + " og ringte om medlemskontingenten for {year}. Spørsmål? Svar gjerne på denne meldingen."
        case (.dues, .en):
            return "Hi {member.first_name}, sorry I missed you. I'm {caller.first_name} from {party} and called about"
                + " the membership dues for {year}. Questions? Just reply to this message."
        }
    }

    /// The default body, parsed and checked.
    public static func defaultTemplate(for kind: CampaignKind, language: Language) -> ScriptTemplate {
        // The defaults are fixed text checked by the tests.
        try! ScriptTemplate(validating: defaultText(for: kind, language: language))
    }
}
