/// The language of interface text: Norwegian Bokmål or English. Stored codes are always English.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case nb
    case en

    /// Reads a language tag such as `nb`, `no_NO.UTF-8`, `nn`, `en_GB` or `en-US`.
    /// Nynorsk and plain "no" map to Bokmål; any other recognisable tag is English.
    /// Returns nil for an empty tag.
    public init?(tag: String) {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let code = trimmed.lowercased().prefix { $0.isLetter }
        self = ["nb", "no", "nn"].contains(String(code)) ? .nb : .en
    }

    /// The language from the POSIX locale variables, in their order of precedence:
    /// the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`. Bokmål when none is set.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], let language = Language(tag: value) {
                return language
            }
        }
        return .nb
    }
}
