import ArgumentParser
import Model

/// Picks the Bokmål or English wording of a message.
struct Text {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ bokmal: String, _ english: String) -> String {
        language == .nb ? bokmal : english
    }
}

extension Text {
    /// The wording of help texts, which ArgumentParser reads before the options are parsed: the language `--lang`
    /// names on the command line, else the environment's.
    static var ofCommandLine: Text { Text(.ofCommandLine) }
}

extension ArgumentHelp {
    /// An option's help in the command line's language (see `Text.ofCommandLine`).
    init(_ bokmal: String, _ english: String, valueName: String? = nil) {
        self.init(Text.ofCommandLine(bokmal, english), valueName: valueName)
    }
}
