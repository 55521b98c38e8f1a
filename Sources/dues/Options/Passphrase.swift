import Foundation

/// The passphrase that seals or opens a call pack: from `--passphrase-file`, from `DUES_PACK_PASSPHRASE`, or asked
/// for on the terminal without echo; never from the command line, where other users see it in the process list.
enum Passphrase {
    static let environmentVariable = "DUES_PACK_PASSPHRASE"

    /// The passphrase as bytes. `confirm` asks twice at the terminal (for sealing, where a typo would lock the pack).
    static func obtain(file: String?, confirm: Bool, for pack: String) throws -> [UInt8] {
        let text = Text(.ofCommandLine)
        if let file {
            // One line: the trailing newline an editor adds is not part of the passphrase.
            let line = try InputFile.text(at: file).split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
            return try nonEmpty(String(line), source: file)
        }
        if let value = Environment.value(environmentVariable) {
            return try nonEmpty(value, source: environmentVariable)
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CLIError(description: text(
                "\(pack): trenger en passordfrase: skriv den når du blir spurt i en terminal, eller bruk --passphrase-file FIL eller \(environmentVariable)",
                "\(pack): needs a passphrase: type it when asked at a terminal, or use --passphrase-file FILE or \(environmentVariable)"))
        }
        let first = try ask(text("Passordfrase for \(pack): ", "Passphrase for \(pack): "))
        if confirm {
            let second = try ask(text("Skriv den igjen: ", "Type it again: "))
            guard first == second else {
                throw CLIError(description: text("passordfrasene er ulike; ingenting er skrevet", "the passphrases differ; nothing was written"))
            }
        }
        return try nonEmpty(first, source: pack)
    }

    private static func nonEmpty(_ value: String, source: String) throws -> [UInt8] {
        let trimmed = value.hasSuffix("\r") ? String(value.dropLast()) : value
        guard !trimmed.isEmpty else {
            throw CLIError(description: Text(.ofCommandLine)("\(source): passordfrasen er tom", "\(source): the passphrase is empty"))
        }
        return Array(trimmed.utf8)
    }

    /// One line read from the terminal with echo off (restored on every way out, including Ctrl-C's default exit,
    /// which the terminal driver does not echo anyway once ECHO is off).
    private static func ask(_ prompt: String) throws -> String {
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            // TCSANOW, not TCSAFLUSH: a line typed as soon as the prompt showed must not be thrown away.
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        defer { if canHide { tcsetattr(STDIN_FILENO, TCSANOW, &saved) } }
        // Asked only once echo is off, so nothing typed after the prompt is shown.
        FileHandle.standardError.write(Data(prompt.utf8))
        guard let line = readLine(strippingNewline: true) else {
            throw CLIError(description: Text(.ofCommandLine)("ingen passordfrase ble skrevet", "no passphrase was typed"))
        }
        return line
    }
}
