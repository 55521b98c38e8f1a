import Foundation
import Model

/// The messages of a failed command line in the user's language.
///
/// ArgumentParser writes its usage errors (a missing argument, an unknown option, a value it cannot read) in
/// English, from text it makes inside; this reads the known shapes of those lines and says them in Bokmål. An error
/// a command's `validate()` throws that is not a `ValidationError` reaches `Dues.fail` wrapped in ArgumentParser's
/// own error type, which is not public: `bilingual(in:)` finds it there by reflection.
enum UsageMessage {
    /// `line`, one of ArgumentParser's English usage errors, in `language` (unchanged when it is not a known shape).
    static func translated(_ line: String, to language: Language) -> String {
        guard language == .nb else { return line }
        for (pattern, bokmal) in shapes {
            guard let match = line.wholeMatch(of: pattern) else { continue }
            var text = bokmal
            for index in (1..<match.output.count).reversed() {
                let value = match.output[index].substring.map(String.init) ?? ""
                text = text.replacingOccurrences(of: "$\(index)", with: index == match.output.count - 1 ? choices(value) : value)
            }
            return text
        }
        return line
    }

    /// The first `BilingualError` that `error` is or holds (within ArgumentParser's wrappers).
    static func bilingual(in error: Error, depth: Int = 0) -> BilingualError? {
        if let error = error as? BilingualError { return error }
        guard depth < 4 else { return nil }
        for child in Mirror(reflecting: error).children {
            if let inner = child.value as? Error, let found = bilingual(in: inner, depth: depth + 1) { return found }
        }
        return nil
    }

    /// The tail of "The value … is invalid" (the values to choose from, or nothing) in Bokmål.
    private static func choices(_ tail: String) -> String {
        if tail.hasPrefix(". Please provide one of the following:") {
            return ". Velg en av disse:" + tail.dropFirst(". Please provide one of the following:".count)
        }
        if tail.hasPrefix(". Please provide one of ") {
            return ". Velg en av " + tail.dropFirst(". Please provide one of ".count)
                .replacingOccurrences(of: "' and '", with: "' og '").replacingOccurrences(of: "' or '", with: "' eller '")
        }
        return tail
    }

    /// English shapes and their Bokmål; `$N` is the Nth capture, and the last capture is the tail `choices` reads.
    nonisolated(unsafe) private static let shapes: [(Regex<AnyRegexOutput>, String)] = [
        (#"Missing expected argument '(.*)'()"#, "Mangler argumentet '$1'$2"),
        (#"Missing one of: (.*)()"#, "Mangler ett av: $1$2"),
        (#"Missing value for '(.*)'()"#, "Mangler en verdi for '$1'$2"),
        (#"Missing required subcommand\.()"#, "Mangler en underkommando.$1"),
        (#"Unknown option '(.*)'\. Did you mean '(.*)'\?()"#, "Ukjent valg '$1'. Mente du '$2'?$3"),
        (#"Unknown option '(.*)'()"#, "Ukjent valg '$1'$2"),
        (#"Invalid option: (.*)()"#, "Ugyldig valg: $1$2"),
        (#"Unexpected argument '(.*)'()"#, "Uventet argument '$1'$2"),
        (#"(\d+) unexpected arguments: (.*)()"#, "$1 uventede argumenter: $2$3"),
        (#"The value '(.*)' is invalid for '(.*?)'(.*)"#, "Verdien '$1' er ugyldig for '$2'$3"),
        (#"The value '(.*)' is invalid\.(.*)"#, "Verdien '$1' er ugyldig.$2"),
        (#"The option '(.*)' does not take any value, but '(.*)' was specified\.()"#, "Valget '$1' tar ingen verdi, men fikk '$2'.$3"),
        (#"Value to be set with (.*) had already been set with (.*)()"#, "Verdien gitt med $1 var allerede gitt med $2$3"),
    ].map { (try! Regex($0.0), $0.1) }
}
