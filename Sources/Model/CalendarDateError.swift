/// Why a text could not be read as a date. The import layer prefixes FILE:ROW:COLUMN.
public enum CalendarDateError: BilingualError, Sendable, Hashable, CustomStringConvertible {
    case empty
    /// `5.1.26`: the century is not guessed.
    case twoDigitYear(String)
    /// Looks like a date, but the day does not exist (`31.02.2020`).
    case nonexistentDay(String)
    case unrecognised(String)

    public var description: String {
        switch self {
        case .empty:
            return "the date is empty"
        case .twoDigitYear(let text):
            return "'\(text)' has a two-digit year; write the year with four digits, e.g. 05.01.2026"
        case .nonexistentDay(let text):
            return "'\(text)' is not a real date"
        case .unrecognised(let text):
            return "'\(text)' is not a date; use d.m.yyyy, dd.mm.yyyy or yyyy-mm-dd"
        }
    }

    public func message(_ language: Language) -> String {
        guard language == .nb else { return description }
        switch self {
        case .empty:
            return "datoen er tom"
        case .twoDigitYear(let text):
            return "'\(text)' har et tosifret år; skriv året med fire sifre, f.eks. 05.01.2026"
        case .nonexistentDay(let text):
            return "'\(text)' er ikke en ekte dato"
        case .unrecognised(let text):
            return "'\(text)' er ikke en dato; bruk d.m.åååå, dd.mm.åååå eller åååå-mm-dd"
        }
    }
}
