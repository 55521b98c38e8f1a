import Foundation
import Model

/// The words ArgumentParser writes into every help text itself (section headings, the help flag's own help, the
/// default and value notes), in Bokmål when that is the language: the rest of the help is chosen per language where
/// the commands are declared. The words inside wrapped text are exactly as long as the English, so every line breaks
/// where ArgumentParser broke it; the others stand alone on their line.
enum HelpWords {
    /// Headings that start a line.
    private static let headings: [(String, String)] = [
        ("OVERVIEW: ", "OVERSIKT: "), ("USAGE: ", "BRUK: "), ("ARGUMENTS:", "ARGUMENTER:"), ("OPTIONS:", "VALG:"),
        ("SUBCOMMANDS:", "UNDERKOMMANDOER:"),
    ]
    /// Words anywhere in a line.
    private static let words: [(String, String)] = [
        ("Show help information.", "Vis denne hjelpen."),
        ("Show the version.", "Vis versjonen."),
        ("default:", "forvalg:"),
        ("(values:", "(mulige:"),
        ("See 'dues help <subcommand>' for detailed help.", "Se 'dues help <kommando>' for mer hjelp."),
    ]

    /// `help` with ArgumentParser's own words in `language`.
    static func translated(_ help: String, to language: Language) -> String {
        guard language == .nb else { return help }
        return help.components(separatedBy: "\n").map { line in
            var line = line
            if let (english, norwegian) = headings.first(where: { line.hasPrefix($0.0) }) {
                line = norwegian + line.dropFirst(english.count)
            }
            for (english, norwegian) in words where line.contains(english) {
                line = line.replacingOccurrences(of: english, with: norwegian)
            }
            return line
        }.joined(separator: "\n")
    }
}
