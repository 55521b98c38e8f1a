import Model

extension Language {
    /// The language `--lang` names on the command line, else the environment's: for the messages `Dues.main`
    /// writes around a command (a failed output, an error), which it cannot ask the parsed options for.
    static var ofCommandLine: Language {
        let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
        for (argument, next) in zip(arguments, arguments.dropFirst().map(Optional.some) + [nil]) {
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { return language }
            if argument == "--lang", let next, let language = Language(rawValue: next) { return language }
        }
        return Language.from(variable: Environment.value)
    }
}
