import Foundation

/// Cleaning and splitting of people's names as they come from the register.
public enum PersonName {
    /// The name trimmed, with every run of whitespace (including non-breaking spaces,
    /// tabs and line breaks) collapsed into one ordinary space.
    public static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Splits a full name into first and last name.
    ///
    /// - `"Nordmann, Ola Kristian"`: the part before the comma is the last name.
    /// - `"Ola Kristian Nordmann"`: the last word is the last name, everything before it the first name.
    ///   A name with no comma cannot tell a middle name from a double surname, so
    ///   `"Kari Hætta Sara"` gives first `Kari Hætta`, last `Sara`; registers that need otherwise
    ///   should export separate columns or the comma form. Hyphenated names (`Hætta-Sara`) are one word.
    /// - Lower-case particles before the last word belong to the last name:
    ///   `"Ludwig van Beethoven"` gives last `van Beethoven`.
    /// - A single word is the first name; the last name is empty.
    public static func split(fullName: String) -> (first: String, last: String) {
        let name = clean(fullName)
        if let comma = name.firstIndex(of: ",") {
            let last = clean(String(name[..<comma]))
            let first = clean(String(name[name.index(after: comma)...]).replacingOccurrences(of: ",", with: " "))
            if first.isEmpty { return (last, "") }
            if last.isEmpty { return (first, "") }
            return (first, last)
        }
        var words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return (words.first ?? "", "") }
        var last = [words.removeLast()]
        while words.count > 1, let word = words.last, particles.contains(word) {
            last.insert(words.removeLast(), at: 0)
        }
        return (words.joined(separator: " "), last.joined(separator: " "))
    }

    /// Surname particles, recognised only when written in lower case.
    private static let particles: Set<String> = [
        "af", "av", "da", "de", "del", "della", "den", "der", "di", "dos", "du", "la", "le", "ten", "ter",
        "van", "von", "zu",
    ]
}
