/// Which cell styles of a workbook show numbers as dates or times.
enum NumberFormats {
    /// Excel's built-in date and time formats.
    static let builtInDateIDs: Set<Int> = Set(14...22).union(45...47)

    /// True when a format code shows a date or time: it has a d, m, y or h token outside quoted text, brackets
    /// (colours, locales, elapsed-time markers) and escaped characters.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": escaped = true
            case "d", "m", "y", "h": return true
            default: continue
            }
        }
        return false
    }
}
