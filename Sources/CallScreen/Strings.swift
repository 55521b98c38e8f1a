/// The command keys, as the text below names them.
private typealias K = CommandKeys

/// The interface text of the call screen in one language.
public struct Strings: Sendable {
    public let caller: String
    public let today: String
    public let left: String
    public let memberNumber: String
    public let phone: String
    public let branch: String
    public let email: String
    public let memberSince: String
    public let dues: String
    public let paid: String
    public let unpaid: String
    public let attempts: String
    public let none: String
    public let older: String
    public let script: String
    public let more: String
    public let note: String
    public let noNote: String
    public let hints: String
    public let editorHints: String
    public let loading: String
    public let empty: String
    public let emptyHints: String
    public let saved: String
    /// Shown while an outcome is being saved.
    public let saving: String
    public let undoHint: String
    public let skipped: String
    public let undone: String
    public let undoExpired: String
    public let nothingToUndo: String
    public let noteKept: String
    public let failed: String
    public let confirmEmailTitle: String
    public let emailGoesTo: String
    public let noEmail: String
    public let confirmEmailHints: String
    public let saveHints: String
    public let invalidEmail: String
    public let resignTitle: String
    public let callbackTitle: String
    public let callbackExamples: String
    public let callbackUnknown: String
    public let unknownTime: String
    public let checklistTitle: String
    public let checklistHints: String
    public let helpTitle: String
    /// The help's first row: how outcomes are saved (`outcomeKeys`, then `outcomeHelp` or, in plain mode,
    /// `plainOutcomeHelp`).
    public let outcomeKeys: String
    public let outcomeHelp: String
    public let plainOutcomeHelp: String
    /// Joins the keys of a command with two keys ("? or h").
    public let orWord: String
    /// What each command key does, for the help; every `CommandKeys.Command` has a line.
    public let describe: @Sendable (CommandKeys.Command) -> String
    /// The help's rows for keys that are not commands (scrolling, Esc).
    public let otherHelp: [(String, String)]
    /// Plain mode's help row for the cancel word.
    public let plainCancelHelp: String
    public let helpClose: String
    public let tooSmall: String
    public let tooSmallHint: String
    public let tooSmallQuit: String
    /// Above the QR code of the member's number: `%1` the name, `%2` the number.
    public let dialCodeTitle: String
    /// Above the QR code of the SMS: `%1` the name, `%2` the number.
    public let textCodeTitle: String
    /// Instead of the QR code when the window cannot hold it: `%1`×`%2` the size it needs.
    public let codeTooSmall: String
    public let noCode: String
    /// Below the SMS code: how to confirm that it was sent.
    public let textCodeHint: String
    /// Plain mode's question below the SMS code.
    public let plainTextCodeHint: String
    /// The caller confirmed sending the SMS.
    public let smsNoted: String
    public let choice: String
    public let cancelWord: String
    public let plainEditHint: String
    public let plainChecklistHint: String
    /// Plain mode's question after a callback time was read: the time it will be saved at.
    public let plainCallbackHint: String
    /// Plain mode's question before a do-not-call outcome.
    public let plainAskDrastic: String
    /// Plain mode's question before the same outcome as the call just saved.
    public let plainAskRepeat: String
    /// The answers that mean yes to a question.
    public let yesWords: [String]
    public let notSaved: String
    public let weekdays: [String]
    public let months: [String]
    public let at: String
    /// Shown after the campaign's name in the header on a keep-in-touch call.
    public let keepInTouch: String

    /// The table for `language`.
    public static func `for`(_ language: Language) -> Strings {
        language == .nb ? bokmal : english
    }

    /// The call screen's help: the outcome row, every command, then scrolling and Esc.
    public var help: [(String, String)] {
        [(outcomeKeys, outcomeHelp)] + commandHelp + otherHelp
    }

    /// Plain mode's help: what to type, as lines are typed there (no arrows, no Esc).
    public var plainHelp: [(String, String)] {
        [(outcomeKeys, plainOutcomeHelp)] + commandHelp + [(cancelWord, plainCancelHelp)]
    }

    /// One row per command: its keys, then what it does.
    private var commandHelp: [(String, String)] {
        CommandKeys.Command.allCases.map { command in
            (command.keys.map(String.init).joined(separator: " \(orWord) "), describe(command))
        }
    }

    /// Fills `%1`, `%2`, … in `template` with `values`.
    public static func fill(_ template: String, _ values: CustomStringConvertible...) -> String {
        var text = template
        for (i, value) in values.enumerated().reversed() {
            text = text.replacingOccurrences(of: "%\(i + 1)", with: value.description)
        }
        return text
    }

    public static let bokmal = Strings(
        caller: "Ringer", today: "%1 i dag", left: "%1 igjen", memberNumber: "Medlemsnr.", phone: "Telefon",
        branch: "Lokallag", email: "E-post", memberSince: "Medlem siden", dues: "Kontingent", paid: "betalt",
        unpaid: "ikke betalt", attempts: "Tidligere forsøk", none: "ingen", older: "+%1 eldre", script: "Manus",
        more: "mer: PgDn", note: "Notat", noNote: "(ingen – trykk \(K.note) for å skrive)",
        hints: "\(K.note) notat  \(K.skip) hopp over  \(K.undo) angre  \(K.phoneCode) QR  \(K.help) hjelp  \(K.quit) avslutt",
        editorHints: "Enter behold  Esc avbryt  ←/→ Home/End flytter", loading: "Henter neste medlem …",
        empty: "Ingen å ringe akkurat nå.", emptyHints: "\(K.retry) prøv igjen  \(K.undo) angre  \(K.quit) avslutt",
        saved: "Lagret: %1.", saving: "Lagrer %1 …", undoHint: "\(K.undo) angrer (%1 s)", skipped: "Hoppet over %1.",
        undone: "Angret. Du er tilbake hos %1.", undoExpired: "Det kan bare angres innen ett minutt.",
        nothingToUndo: "Det er ingenting å angre.", noteKept: "Notatet lagres sammen med utfallet.",
        failed: "Feil: %1", confirmEmailTitle: "%1: bekreft e-postadressen",
        emailGoesTo: "Betalingsinformasjonen sendes til:", noEmail: "Skriv e-postadressen medlemmet oppgir:",
        confirmEmailHints: "Enter riktig  \(K.editEmail) endre  Esc avbryt", saveHints: "Enter lagre  Esc avbryt",
        invalidEmail: "Det ser ikke ut som en e-postadresse.", resignTitle: "%1: si dette til medlemmet",
        callbackTitle: "%1: når skal vi ringe tilbake?",
        callbackExamples: "For eksempel 18:30, i morgen 18, fredag, 28.11 17:00",
        callbackUnknown: "(forstår ikke tidspunktet ennå)",
        unknownTime: "Forstod ikke tidspunktet. Prøv for eksempel «i morgen 18».",
        checklistTitle: "%1: kryss av det som ble gjort",
        checklistHints: "Trykk tasten for å krysse av  Enter lagre  Esc avbryt", helpTitle: "Hjelp",
        outcomeKeys: "tall/bokstav", outcomeHelp: "lagre utfallet (se listen nederst)",
        plainOutcomeHelp: "lagre utfallet (se listen under kortet)", orWord: "eller", describe: bokmalCommand,
        otherHelp: [("↑/↓ PgUp/PgDn", "bla i manuset"), ("Esc", "avbryt det du holder på med")],
        plainCancelHelp: "avbryt det du holder på med",
        helpClose: "Trykk en tast for å lukke", tooSmall: "Vinduet er for lite (%1×%2).",
        tooSmallHint: "Gjør det minst %1×%2 tegn stort.", tooSmallQuit: "\(K.quit) avslutter",
        dialCodeTitle: "Skann med mobilen for å ringe %1 (%2)",
        textCodeTitle: "Skann med mobilen for å sende SMS til %1 (%2)",
        codeTooSmall: "QR-koden trenger et vindu på minst %1×%2 tegn.",
        noCode: "Ingen QR-kode: medlemmet har ikke et gyldig nummer for dette.",
        textCodeHint: "Sendt? Trykk \(K.smsSent). Andre taster lukker.",
        plainTextCodeHint: "Sendt? Skriv \(K.smsSent) og trykk Enter (bare Enter lukker)",
        smsNoted: "SMS-en er notert som sendt og lagres med utfallet.", choice: "Valg",
        cancelWord: "avbryt", plainEditHint: "Skriv og trykk Enter (avbryt med «avbryt»)",
        plainChecklistHint: "Skriv tastene for det som ble gjort og trykk Enter (avbryt med «avbryt»)",
        plainCallbackHint: "Lagres som %1. Trykk Enter for å lagre, eller skriv et annet tidspunkt",
        plainAskDrastic: "Lagre «%1» for %2? Medlemmet blir ikke ringt igjen i noen kampanje. (j/n)",
        plainAskRepeat: "«%1» igjen, nå for %2? (j/n)", yesWords: ["j", "ja", "y", "yes"], notSaved: "Ikke lagret.",
        weekdays: ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."],
        months: ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
        at: "kl.", keepInTouch: "holde kontakt")

    public static let english = Strings(
        caller: "Caller", today: "%1 today", left: "%1 left", memberNumber: "Member no.", phone: "Phone",
        branch: "Branch", email: "Email", memberSince: "Member since", dues: "Dues", paid: "paid", unpaid: "unpaid",
        attempts: "Earlier attempts", none: "none", older: "+%1 older", script: "Script", more: "more: PgDn",
        note: "Note", noNote: "(none – press \(K.note) to write one)",
        hints: "\(K.note) note  \(K.skip) skip  \(K.undo) undo  \(K.phoneCode) QR  \(K.help) help  \(K.quit) quit",
        editorHints: "Enter keep  Esc cancel  ←/→ Home/End move", loading: "Fetching the next member …",
        empty: "Nobody to call right now.", emptyHints: "\(K.retry) try again  \(K.undo) undo  \(K.quit) quit", saved: "Saved: %1.", saving: "Saving %1 …",
        undoHint: "\(K.undo) undoes (%1 s)", skipped: "Skipped %1.", undone: "Undone. You are back with %1.",
        undoExpired: "Undo is only possible within a minute.", nothingToUndo: "There is nothing to undo.",
        noteKept: "The note is saved with the outcome.", failed: "Error: %1",
        confirmEmailTitle: "%1: confirm the email address", emailGoesTo: "The payment details go to:",
        noEmail: "Type the email address the member gives:", confirmEmailHints: "Enter correct  \(K.editEmail) edit  Esc cancel",
        saveHints: "Enter save  Esc cancel", invalidEmail: "That does not look like an email address.",
        resignTitle: "%1: tell the member", callbackTitle: "%1: when should we call back?",
        callbackExamples: "For example 18:30, tomorrow 6pm, friday, 28.11 17:00",
        callbackUnknown: "(cannot read that time yet)",
        unknownTime: "Could not read that time. Try for example “tomorrow 6pm”.",
        checklistTitle: "%1: tick what was done", checklistHints: "Press the key to tick  Enter save  Esc cancel",
        helpTitle: "Help",
        outcomeKeys: "number/letter", outcomeHelp: "save that outcome (list below)",
        plainOutcomeHelp: "save that outcome (see the list below the card)", orWord: "or", describe: englishCommand,
        otherHelp: [("↑/↓ PgUp/PgDn", "scroll the script"), ("Esc", "cancel what you are doing")],
        plainCancelHelp: "cancel what you are doing",
        helpClose: "Press any key to close", tooSmall: "The window is too small (%1×%2).",
        tooSmallHint: "Make it at least %1×%2 characters.", tooSmallQuit: "\(K.quit) quits",
        dialCodeTitle: "Scan with your phone to call %1 (%2)",
        textCodeTitle: "Scan with your phone to text %1 (%2)",
        codeTooSmall: "The QR code needs a window of at least %1×%2 characters.",
        noCode: "No QR code: the member has no valid number for this.",
        textCodeHint: "Sent it? Press \(K.smsSent). Any other key closes.",
        plainTextCodeHint: "Sent it? Type \(K.smsSent) and press Enter (Enter alone closes)",
        smsNoted: "The SMS is noted as sent and saved with the outcome.", choice: "Choice",
        cancelWord: "cancel", plainEditHint: "Type and press Enter (cancel with “cancel”)",
        plainChecklistHint: "Type the keys of what was done and press Enter (cancel with “cancel”)",
        plainCallbackHint: "Saved as %1. Press Enter to save, or type another time",
        plainAskDrastic: "Save “%1” for %2? The member will not be called again in any campaign. (y/n)",
        plainAskRepeat: "“%1” again, now for %2? (y/n)", yesWords: ["y", "yes", "j", "ja"], notSaved: "Not saved.",
        weekdays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        at: "", keepInTouch: "keep in touch")

    private static func bokmalCommand(_ command: CommandKeys.Command) -> String {
        switch command {
        case .note: "skriv et notat til samtalen"
        case .skip: "hopp over, ring senere"
        case .undo: "angre siste utfall (innen ett minutt)"
        case .phoneCode: "vis nummeret som QR-kode for mobilen"
        case .textCode: "vis en SMS til medlemmet som QR-kode"
        case .smsSent: "på SMS-koden: bekreft at den er sendt"
        case .editEmail: "ved e-postadressen: endre den"
        case .retry: "når ingen er å ringe: prøv igjen"
        case .help: "vis denne hjelpen"
        case .quit: "avslutt – du fortsetter der du slapp"
        }
    }

    private static func englishCommand(_ command: CommandKeys.Command) -> String {
        switch command {
        case .note: "write a note about the call"
        case .skip: "skip, call later"
        case .undo: "undo the last outcome (for a minute)"
        case .phoneCode: "show the number as a QR code to dial"
        case .textCode: "show an SMS as a QR code to send"
        case .smsSent: "on the SMS code: confirm it was sent"
        case .editEmail: "when confirming the email: edit it"
        case .retry: "when nobody is due: try again"
        case .help: "show this help"
        case .quit: "quit; you resume where you left off"
        }
    }
}
