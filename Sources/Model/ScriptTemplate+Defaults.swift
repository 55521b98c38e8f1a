extension ScriptTemplate {
    /// The script each campaign kind starts with, in Bokmål or English.
    public static func defaultText(kind: CampaignKind, language: Language) -> String {
        switch (kind, language) {
        case (.dues, .nb): return duesNorwegian
        case (.dues, .en): return duesEnglish
        case (.welcome, .nb): return welcomeNorwegian
        case (.welcome, .en): return welcomeEnglish
        }
    }

    private static let duesNorwegian = """
        Hei, er det {member.first_name}?

        Hei! Jeg heter {caller.first_name}, og jeg ringer fra {party} i {member.branch|fylket}. \
        Jeg er frivillig i lokallaget. Har du et par minutter?

        Vi ringer rundt til medlemmene våre i disse dager. I medlemsregisteret står kontingenten \
        for {year} som ikke betalt hos deg. Det kan godt hende at det har skjedd noe med fakturaen, \
        eller at den har druknet i e-posten, det skjer med mange av oss.

        Vil du at vi sender deg ny betalingsinformasjon? Hvilken e-postadresse skal den gå til?

        Hvis du allerede har betalt: Så bra, takk! Da noterer jeg det, så blir det sjekket og rettet opp.

        Hvis du vil melde deg ut: Det er leit, men det respekterer vi selvfølgelig. Jeg kan ikke melde \
        deg ut selv; det er bare du som kan gjøre det, ved å sende en e-post til \
        {membership_office_email}. Vil du at jeg noterer at du har fått beskjed om hvordan det gjøres?

        Hvis det ikke passer nå: Helt i orden. Når passer det at jeg ringer tilbake?

        Tusen takk for praten, og takk for at du er med i {party}. Ha en fin kveld!
        """

    private static let duesEnglish = """
        Hi, is this {member.first_name}?

        Hi! My name is {caller.first_name}, and I'm calling from {party} in {member.branch|the county}. \
        I'm a volunteer with the local branch. Do you have a couple of minutes?

        We're calling our members these days. The membership register shows your dues for {year} \
        as unpaid. Something may have gone wrong with the invoice, or it got lost in your inbox; \
        that happens to a lot of us.

        Would you like us to send you new payment details? Which email address should they go to?

        If you have already paid: Great, thank you! I'll make a note so it gets checked and put right.

        If you want to resign: I'm sorry to hear that, but of course we respect it. I can't resign \
        your membership for you; only you can do that, by sending an email to \
        {membership_office_email}. Shall I note that I've told you how to do it?

        If it's not a good time: No problem at all. When would be a good time to call you back?

        Thank you so much for talking with me, and thank you for being part of {party}. \
        Have a lovely evening!
        """

    private static let welcomeNorwegian = """
        Hei, er det {member.first_name}?

        Hei! Jeg heter {caller.first_name}, og jeg ringer fra {party} i {member.branch|fylket}. \
        Vi så at du nettopp har meldt deg inn, og jeg ville bare si: Velkommen, og tusen takk! \
        Har du et par minutter?

        Vi er veldig glade for å ha deg med. Hva fikk deg til å melde deg inn? \
        Er det noen saker som er særlig viktige for deg?

        (Lytt, og fortell gjerne hva lokallaget jobber med som passer til det medlemmet sier.)

        Dette skjer framover: [fyll inn de neste møtene, aksjonene og det sosiale].

        Vi har en e-postliste der vi sender ut hva som skjer. Vil du stå på den? \
        Vi har også en sosial gruppe der medlemmene holder kontakten. Vil du bli lagt til der?

        Neste medlemsmøte er {meeting}. Det hadde vært kjempehyggelig å se deg der, \
        du trenger ikke å ha gjort noe før. Kan jeg sende deg en SMS med tid og sted?

        Tusen takk for praten, {member.first_name}, og igjen: velkommen til {party}!
        """

    private static let welcomeEnglish = """
        Hi, is this {member.first_name}?

        Hi! My name is {caller.first_name}, and I'm calling from {party} in {member.branch|the county}. \
        We saw that you've just joined, and I wanted to say: welcome, and thank you so much! \
        Do you have a couple of minutes?

        We're really glad to have you with us. What made you decide to join? \
        Are there any issues that matter especially to you?

        (Listen, and tell them about the branch's work that fits what they care about.)

        Here's what's coming up: [fill in the next meetings, campaigns and social events].

        We have a mail list where we share what's going on. Would you like to be on it? \
        We also have a social group where members keep in touch. Shall I add you there too?

        Our next members' meeting is on {meeting}. It would be lovely to see you there, \
        and you don't need any experience. Can I send you a text with the time and place?

        Thank you so much for the chat, {member.first_name}, and once again: welcome to {party}!
        """
}
