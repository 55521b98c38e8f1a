/// The call screen's command keys, defined once: `update` handles keys by these, the hint lines and help are
/// written from them (`Command`), and outcome keys must avoid them (`CallProgram.commandKeys`).
public enum CommandKeys {
    /// Write a note about the call.
    public static let note: Character = "n"
    /// Skip the member for now.
    public static let skip: Character = "s"
    /// Undo the last outcome.
    public static let undo: Character = "u"
    /// Show the help.
    public static let help: Character = "?"
    /// Show the help (a letter for keyboards where `?` needs Shift).
    public static let helpLetter: Character = "h"
    /// Quit; the member on screen stays held for the next session.
    public static let quit: Character = "q"
    /// Look for a member again when nobody was due.
    public static let retry: Character = "r"
    /// Show the member's number as a QR code to scan with the caller's phone.
    public static let phoneCode: Character = "p"
    /// Show an SMS to the member, body filled in, as a QR code that opens the caller's messaging app.
    public static let textCode: Character = "t"
    /// On the SMS code: confirm that the text was sent, so it is saved with the outcome.
    public static let smsSent: Character = "x"
    /// Edit the email address while confirming it (only in that step).
    public static let editEmail: Character = "e"

    /// Every command, in the order the help lists them; `Strings` describes each, so the help cannot leave one out.
    public enum Command: CaseIterable, Sendable {
        case note, skip, undo, phoneCode, textCode, smsSent, editEmail, retry, help, quit

        /// The keys that give the command.
        public var keys: [Character] {
            switch self {
            case .note: [CommandKeys.note]
            case .skip: [CommandKeys.skip]
            case .undo: [CommandKeys.undo]
            case .phoneCode: [CommandKeys.phoneCode]
            case .textCode: [CommandKeys.textCode]
            case .smsSent: [CommandKeys.smsSent]
            case .editEmail: [CommandKeys.editEmail]
            case .retry: [CommandKeys.retry]
            case .help: [CommandKeys.help, CommandKeys.helpLetter]
            case .quit: [CommandKeys.quit]
            }
        }
    }

    /// Every key with a command on the member card or the empty screen (not `editEmail`, which only the email
    /// step reads, so an outcome may use its letter).
    public static let all: Set<Character> = Set(Command.allCases.filter { $0 != .editEmail }.flatMap(\.keys))
}
