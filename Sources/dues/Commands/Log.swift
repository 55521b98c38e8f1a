import ArgumentParser
import Foundation
import Model
import Storage

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: Text.ofCommandLine(
            "Før inn en samtale fra et papirark, tilbakedatert, med de samme reglene for nye forsøk som ringeskjermen.",
            "Enter a call made from a paper sheet, back-dated, with the same retry rules as the call screen."),
        discussion: Text.ofCommandLine(
            "--outcome tar tasten som står på arket og brukes på ringeskjermen, utfallets navn på bokmål eller engelsk "
                + "(store eller små bokstaver) eller koden. Kontingent: ",
            "--outcome takes the key printed on the sheet and used by the call screen, the outcome's name in "
                + "Bokmål or English (any case) or its code. Dues: ")
            + Log.keys(.dues) + Text.ofCommandLine(". Velkomst: ", ". Welcome: ") + Log.keys(.welcome)
            + Text.ofCommandLine(
                ". Et helt ark leses inn på én gang med `dues sheet import FIL`.",
                ". A whole sheet goes in at once with `dues sheet import FILE`."))

    /// `1 will_pay, 2 paid_already, …` for the help.
    static func keys(_ kind: CampaignKind) -> String {
        Outcome.outcomes(for: kind).map { outcome in
            (outcome.key(in: kind).map { "\($0) " } ?? "") + outcome.rawValue
        }.joined(separator: ", ")
    }

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Medlemmets nummer i registeret.", "The member's number in the register.")) var member: String
    @Option(help: ArgumentHelp("Kampanjen (ellers: den eneste åpne).", "The campaign (default: the only open one).")) var campaign: String?
    @Option(help: ArgumentHelp("Hvem som ringte.", "Who made the call.")) var caller: String
    @Option(help: ArgumentHelp("Utfallet: tast (1, d), navn (Ikke svar, no answer) eller kode (no_answer).", "The outcome: key (1, d), name (Ikke svar, no answer) or code (no_answer).")) var outcome: String
    @Option(help: ArgumentHelp("Når samtalen ble gjort, f.eks. 'i dag 12:00', 'i går 19:30', 'tirsdag 18', '28.11 17:00' (ellers: nå).", "When the call was made, e.g. 'i dag 12:00', 'i går 19:30', 'tirsdag 18', '28.11 17:00', 'yesterday 7pm' (default: now)."))
    var at: String?
    @Option(help: ArgumentHelp("Et notat fra samtalen.", "A note from the call.")) var note: String?
    @Option(help: ArgumentHelp("Når det skal ringes tilbake (callback), f.eks. 'i morgen 18', 'fredag', '28.11 17:00'.", "When to call back (callback), e.g. 'i morgen 18', 'fredag', '28.11 17:00'.")) var callback: String?
    @Option(help: ArgumentHelp("Adressen for ny betalingsinformasjon (will_pay).", "The address for new payment details (will_pay).")) var email: String?
    @Option(help: ArgumentHelp(
        "Welcome checklist items, comma-separated: told_activity, mail_list, social_group, invited_meeting, sent_sms."))
    var checklist: String?
    @Flag(help: ArgumentHelp(
        "Medlemmet fikk kampanjens SMS (velkomst: krysser av sent_sms).",
        "The member was sent the campaign's SMS (welcome: ticks sent_sms)."))
    var smsSent = false

    func run() throws {
        let store = try options.open()
        let caller = try store.caller(named: caller)
        let campaign = try campaign.map { try store.campaign(named: $0) } ?? store.defaultCampaign(for: caller)
        let outcome = try Outcome.parse(outcome, kind: campaign.kind)
        let calledAt = try at.map { try PastMoment.parse($0, now: store.now(), rules: campaign.rules) }
        var callbackAt: Date?
        if let callback {
            guard outcome == .callback else { throw ValidationError("--callback hører sammen med --outcome callback", "--callback goes with --outcome callback") }
            guard let time = CallbackTime.parse(callback, now: calledAt ?? store.now(), rules: campaign.rules) else {
                throw ValidationError("forstår ikke tidspunktet for å ringe tilbake '\(callback)': prøv 'i morgen 18', 'fredag' eller '28.11 17:00'", "cannot read the callback time '\(callback)': try 'i morgen 18', 'fredag' or '28.11 17:00'")
            }
            callbackAt = try CallTimeBounds.callback(time, now: store.now(), text: callback)
        }
        if let email, Email.normalize(email) == nil { throw ValidationError("'\(email)' er ikke en e-postadresse", "'\(email)' is not an email address") }
        let items = try (checklist ?? "").split(separator: ",").map { item in
            let code = item.trimmingCharacters(in: .whitespaces)
            guard let parsed = WelcomeChecklistItem(rawValue: code) else {
                let items = WelcomeChecklistItem.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("ukjent punkt på sjekklista '\(code)'; bruk \(items)", "unknown checklist item '\(code)'; use \(items)")
            }
            return parsed
        }
        if !items.isEmpty, outcome != .welcomed { throw ValidationError("--checklist hører sammen med --outcome welcomed", "--checklist goes with --outcome welcomed") }
        let entry = try store.entry(campaign: campaign, memberNumber: member)
        let logged = try store.logCall(CallReport(
            entryID: entry.entryID, callerID: caller.id, outcome: outcome,
            note: try note.map { try UserText.clean($0, as: .note) }, callbackAt: callbackAt,
            email: email, checklist: Set(items), calledAt: calledAt,
            smsSentAt: smsSent ? calledAt ?? store.now() : nil))
        let text = Text(options.language)
        print(text(
            "Registrert: \(outcome.label(.nb)) for medlem \(member) (\(logged.transition.status.label(.nb))).",
            "Logged: \(outcome.label(.en)) for member \(member) (\(logged.transition.status.label(.en)))."))
    }
}
