/// The default SMS body for a campaign, a template with the same merge fields and checks as call scripts
/// (`ScriptTemplate`); the welcome text names the campaign's meeting (`{meeting}`).
public enum SMSTemplate {
    /// The default body for a campaign of `kind` in `language`: a personal welcome with the next meeting for welcome
    /// campaigns, a "how are you, call me back" for their keep-in-touch calls (which need no meeting), a "sorry I
    /// missed you" after no answer for dues.
    public static func defaultText(for kind: CampaignKind, keepInTouch: Bool = false, language: Language) -> String {
        switch (kind, language) {
        case (.welcome, .nb) where keepInTouch:
            return "Hei {member.first_name}! Det er {caller.first_name} fra {party}. Jeg ringte for å høre hvordan det"
                + " går, og om det er noe du har lyst til å være med på. Ring meg gjerne tilbake når det passer!"
        case (.welcome, .en) where keepInTouch:
            return "Hi {member.first_name}! It's {caller.first_name} from {party}. I called to hear how you are doing,"
                + " and whether there is anything you would like to join in. Call me back whenever it suits you!"
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
    public static func defaultTemplate(for kind: CampaignKind, keepInTouch: Bool = false, language: Language) -> ScriptTemplate {
        // The defaults are fixed text checked by the tests.
        try! ScriptTemplate(validating: defaultText(for: kind, keepInTouch: keepInTouch, language: language))
    }
}
