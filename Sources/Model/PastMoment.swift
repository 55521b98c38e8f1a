import Foundation

/// Reads when a call was made, for calls entered afterwards from paper, in the callback field's words (see
/// `CallbackTime`) read backwards: `i dag 12:00`, `i går 19:30` / `yesterday 7:30pm`, `tirsdag 18` / `tuesday 6pm`
/// (the most recent Tuesday), `28.11 17:00` (this year, or last year when that is still ahead), `2026-11-20 18:30`,
/// `20.11.2026 18:30`, `18:30` (today), `i kveld`. A day without a time means noon; `20.11` alone is a date.
public enum PastMoment {
    /// The moment in the rules' time zone; throws `PastMomentError` when it cannot be read and `CallTimeError` when
    /// it lies in the future or too long ago (see `CallTimeBounds`).
    public static func parse(_ text: String, now: Date, rules: CallingRules) throws -> Date {
        guard text.utf8.count <= 200, let phrase = TimePhrase(text, datesFirst: true),
              let moment = phrase.resolvePast(now: now, rules: rules)
        else { throw PastMomentError.unreadable(text) }
        return try CallTimeBounds.callTime(moment, now: now, text: text)
    }
}

extension TimePhrase {
    /// The moment the phrase names at or before now where it can (a weekday or a date without a year goes back),
    /// or as written (a moment still ahead is for `CallTimeBounds` to refuse); nil for a delay or an impossible date.
    func resolvePast(now: Date, rules: CallingRules) -> Date? {
        guard delayMinutes == nil else { return nil }
        let (today, _) = rules.localDayAndMinute(now)
        var minute = partOfDay ?? 12 * 60
        if let clock {
            guard let value = TimePhrase.minuteOfDay(clock, partOfDay: partOfDay, rules: rules) else { return nil }
            minute = value
        }
        let latest = now + CallTimeBounds.clockSkew
        switch day {
        case nil, .offset?:
            let offset = if case .offset(let days)? = day { days } else { 0 }
            return rules.moment(today.adding(days: offset), minute: minute)
        case .weekday(let weekday)?:
            let back = (today.isoWeekday - weekday.rawValue + 7) % 7
            let moment = rules.moment(today.adding(days: -back), minute: minute)
            return moment <= latest ? moment : rules.moment(today.adding(days: -back - 7), minute: minute)
        case let .date(dayOfMonth, month, year?)?:
            return CalendarDate(year: year, month: month, day: dayOfMonth).map { rules.moment($0, minute: minute) }
        case let .date(dayOfMonth, month, nil)?:
            if let date = CalendarDate(year: today.year, month: month, day: dayOfMonth) {
                let moment = rules.moment(date, minute: minute)
                if moment <= latest { return moment }
            }
            return CalendarDate(year: today.year - 1, month: month, day: dayOfMonth).map { rules.moment($0, minute: minute) }
        }
    }
}

/// Why a call time could not be read.
public enum PastMomentError: BilingualError, Equatable, CustomStringConvertible {
    case unreadable(String)

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadable(let text):
            language == .nb
                ? "kan ikke lese tidspunktet '\(text)': skriv for eksempel 'i dag 12:00', 'i går 19:30', 'tirsdag 18', '28.11 17:00' eller 2026-11-20 18:30"
                : "cannot read the time '\(text)': write for example 'today 12:00', 'yesterday 19:30', 'tuesday 18', '28.11 17:00' or 2026-11-20 18:30"
        }
    }

    public var description: String { message(.en) }
}
