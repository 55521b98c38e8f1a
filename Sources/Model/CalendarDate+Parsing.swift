import Foundation

extension CalendarDate {
    /// Reads `d.m.yyyy`, `dd.mm.yyyy`, `d/m/yyyy`, `d-m-yyyy` or `yyyy-mm-dd` (surrounding whitespace and a
    /// trailing time such as ` 00:00` or `T00:00:00` are ignored). A two-digit year and a day that
    /// does not exist are errors, never guesses.
    public static func parse(_ text: String) throws -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw CalendarDateError.empty }
        let datePart = stripTime(trimmed)
        guard let separator = datePart.first(where: { $0 == "-" || $0 == "." || $0 == "/" }) else {
            throw CalendarDateError.unrecognised(trimmed)
        }
        let numbers = datePart.split(separator: separator, omittingEmptySubsequences: false)
        guard numbers.count == 3,
              numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let first = Int(numbers[0]), let second = Int(numbers[1]), let third = Int(numbers[2]),
              numbers[1].count <= 2
        else { throw CalendarDateError.unrecognised(trimmed) }
        let yearFirst = numbers[0].count == 4
        let (yearText, dayText) = yearFirst ? (numbers[0], numbers[2]) : (numbers[2], numbers[0])
        guard dayText.count <= 2 else { throw CalendarDateError.unrecognised(trimmed) }
        if !yearFirst && yearText.count <= 2 { throw CalendarDateError.twoDigitYear(trimmed) }
        guard yearText.count == 4 else { throw CalendarDateError.unrecognised(trimmed) }
        let (year, month, day) = yearFirst ? (first, second, third) : (third, second, first)
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw CalendarDateError.nonexistentDay(trimmed)
        }
        return date
    }

    private static func stripTime(_ text: String) -> Substring {
        var cut = text.endIndex
        if let t = text.firstIndex(of: "T"), text.firstIndex(of: "-") != nil { cut = t }
        if let space = text.firstIndex(of: " "), space < cut { cut = space }
        guard cut != text.endIndex else { return Substring(text) }
        let time = text[cut...].dropFirst().trimmingCharacters(in: .whitespaces)
        let isTime = time.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") } && time.contains(":")
        return isTime ? text[..<cut] : Substring(text)
    }
}
