/// The language of interface text: Norwegian Bokmål or English. Stored codes are always English.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case nb
    case en

    /// Reads a language tag such as `nb`, `no_NO.UTF-8`, `nn`, `en_GB` or `en-US`.
    /// Nynorsk and plain "no" map to Bokmål; any other recognisable tag is English.
    /// Returns nil for an empty tag (spaces and tabs around it do not count).
    public init?(tag: String) {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let start = tag.unicodeScalars.firstIndex(where: { !isSpace($0) }) else { return nil }
        let code = String(tag.unicodeScalars[start...]).lowercased().prefix { $0.isLetter }
        self = ["nb", "no", "nn"].contains(String(code)) ? .nb : .en
    }

    /// The language from the POSIX locale variables, in their order of precedence:
    /// the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`. Bokmål when none is set.
    public static func from(environment: [String: String]) -> Language {
        from { environment[$0] }
    }

    /// The language from the POSIX locale variables as `variable` looks them up by name (see ``from(environment:)``).
    public static func from(variable: (String) -> String?) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variable(key), let language = Language(tag: value) {
                return language
            }
        }
        return .nb
    }
}
