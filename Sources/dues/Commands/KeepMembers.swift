import ArgumentParser
import Storage

struct KeepMembers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keep",
        abstract: Text.ofCommandLine(
            "Registrer at medlemmer har sagt ja til å bli beholdt etter at kontingenten falt bort, så `dues purge` lar dem være.",
            "Record that members agreed to be kept after their dues lapse, so `dues purge` leaves them."),
        discussion: Text.ofCommandLine(
            "--revoke trekker samtykket tilbake. Alt eller ingenting: et ukjent medlemsnummer endrer ingenting.",
            "--revoke takes the consent back. All or nothing: an unknown member number changes nothing."))

    @OptionGroup var options: DatabaseOptions

    @Argument(help: ArgumentHelp("Medlemsnumre.", "Member numbers."))
    var members: [String]

    @Flag(help: ArgumentHelp("Trekk samtykket tilbake.", "Take the consent back."))
    var revoke = false

    func validate() throws {
        guard !members.isEmpty else { throw ValidationError("oppgi minst ett medlemsnummer", "name at least one member number") }
    }

    func run() throws {
        let text = Text(options.language)
        let summary = try options.open().setKeepConsent(memberNumbers: members, kept: !revoke)
        print(revoke
            ? text(
                "Samtykke til lagring tatt tilbake for \(summary.changed) (\(summary.unchanged) hadde det ikke).",
                "Consent to be kept taken back for \(summary.changed) (\(summary.unchanged) had none).")
            : text(
                "Samtykke til lagring registrert for \(summary.changed) (\(summary.unchanged) hadde det allerede).",
                "Consent to be kept recorded for \(summary.changed) (\(summary.unchanged) already had it)."))
    }
}
