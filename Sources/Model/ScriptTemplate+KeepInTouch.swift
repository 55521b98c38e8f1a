extension ScriptTemplate {
    /// The short script of a keep-in-touch call some weeks after the welcome call, in Bokmål or English.
    public static func keepInTouchText(language: Language) -> String {
        switch language {
        case .nb: keepInTouchNorwegian
        case .en: keepInTouchEnglish
        }
    }

    private static let keepInTouchNorwegian = """
        Hei, er det {member.first_name}?

        Hei! Det er {caller.first_name} fra {party} i {member.branch|fylket}. Vi snakket sammen for noen uker siden \
        da du var ny som medlem. Har du et par minutter?

        Hvordan har du det, og hvordan har det vært å være med så langt?

        Fikk du vært med på medlemsmøtet? (Hvis ikke: Det kommer flere, og det neste er {meeting|snart}. \
        Vi vil gjerne se deg der. Kommer du?)

        Er det noe du har lyst til å være med på eller hjelpe til med?

        Tusen takk for praten, {member.first_name}. Godt å ha deg med i {party}!
        """

    private static let keepInTouchEnglish = """
        Hi, is this {member.first_name}?

        Hi! It's {caller.first_name} from {party} in {member.branch|the county}. We spoke a few weeks ago, \
        when you had just joined. Do you have a couple of minutes?

        How are you, and how has it been being a member so far?

        Did you make it to the members' meeting? (If not: there are more, and the next one is \
        {meeting|coming up soon}. We'd love to see you there. Will you come?)

        Is there anything you'd like to take part in or help with?

        Thank you so much for the chat, {member.first_name}. Good to have you with us in {party}!
        """
}
