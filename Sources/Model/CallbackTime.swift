import Foundation

/// Reads the callback time a volunteer types, in Bokmål or English.
///
/// Accepted: a time (`18:30`, `18.30`, `18`, `kl 18`, `6pm`, `6:30 pm`), a day (`i dag`, `i morgen`,
/// `i overmorgen`, `today`, `tomorrow`, a weekday such as `fredag`/`friday`/`fre`, a date `28.11`,
/// `28.11.2026`, `2026-11-28`), a day and a time in either order, a part of the evening
/// (`i kveld`, `tonight`, `i morgen kveld`: 19:00; `ettermiddag`/`afternoon`: 15:00), or a delay
/// (`om 2 timer`, `om 30 min`, `om en time`, `in 2 hours`, `in an hour`, `om 2 dager`, `in 3 days`).
///
/// - A time alone that is not later than now today means that time tomorrow.
/// - A weekday is the next such day after today; a day with no time means the start of calling hours.
/// - A date without a year that has passed means that date next year.
/// - An hour from 1 to 11 with no am/pm is read as afternoon when only that falls inside calling
///   hours (`fredag 5` is 17:00 with hours 10–20), or when an evening or afternoon is named.
/// - A day and time that are explicitly given but already past give nil, as does anything not understood.
public enum CallbackTime {
    public static func parse(_ text: String, now: Date, rules: CallingRules) -> Date? {
        guard text.utf8.count <= 200, let request = TimePhrase(text) else { return nil }
        return request.resolve(now: now, rules: rules)
    }

    /// The moment a callback typed as `text` is saved to fall due (`CallingRules.callbackDue` of what `parse`
    /// reads), nil when the text is not understood. The call screen previews exactly this.
    public static func due(_ text: String, now: Date, rules: CallingRules) -> Date? {
        parse(text, now: now, rules: rules).map { rules.callbackDue($0, now: now) }
    }
}

/// The parts of a typed time: the grammar `CallbackTime` reads ahead of now and `PastMoment` reads behind it.
struct TimePhrase {
    enum Day: Equatable {
        case offset(Int)
        case weekday(Weekday)
        case date(day: Int, month: Int, year: Int?)
    }

    struct Clock: Equatable {
        var hour: Int
        var minute: Int
        var meridiem: Character?
    }

    var day: Day?
    var clock: Clock?
    var partOfDay: Int?
    var delayMinutes: Int?

    /// `datesFirst` reads a token that could be a time or a date (`20.11`) as a date when no day is given, as
    /// call times entered afterwards are; callbacks read it as a time.
    init?(_ text: String, datesFirst: Bool = false) {
        var cleaned = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "," || scalar == "!" || scalar == "?" {
                cleaned.append(" ")
            } else {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        var tokens = cleaned.split(separator: " ").map(String.init)
        guard !tokens.isEmpty, tokens.count <= 12 else { return nil }
        var ambiguous: [(Clock, Day)] = []
        while !tokens.isEmpty {
            let token = tokens.removeFirst()
            let next = tokens.first
            if TimePhrase.fillers.contains(token) { continue }
            if token == "i", let next, let phrase = TimePhrase.iPhrases[next] {
                tokens.removeFirst()
                guard apply(phrase) else { return nil }
                continue
            }
            if token == "om" || token == "in" {
                if let next, TimePhrase.parts[next] != nil || TimePhrase.fillers.contains(next) { continue }
                guard delayMinutes == nil, day == nil, let delay = TimePhrase.delay(tokens) else { return nil }
                tokens.removeFirst(delay.used)
                if let days = delay.days {
                    day = .offset(days)
                } else {
                    delayMinutes = delay.minutes
                }
                continue
            }
            if token == "day", tokens.starts(with: ["after", "tomorrow"]) {
                tokens.removeFirst(2)
                guard apply(.day(.offset(2))) else { return nil }
                continue
            }
            if token == "this", let next, let part = TimePhrase.parts[next] {
                tokens.removeFirst()
                guard apply(.day(.offset(0))), apply(.part(part)) else { return nil }
                continue
            }
            if let phrase = TimePhrase.words[token] {
                guard apply(phrase) else { return nil }
                continue
            }
            if let weekday = TimePhrase.weekdays[TimePhrase.stripDot(token)] {
                guard apply(.day(.weekday(weekday))) else { return nil }
                continue
            }
            if ["am", "pm", "a.m.", "p.m."].contains(token) {
                guard var current = clock, current.meridiem == nil else { return nil }
                current.meridiem = token.first
                clock = current
                continue
            }
            let asClock = TimePhrase.clock(token)
            let asDate = TimePhrase.date(token)
            switch (asClock, asDate) {
            case let (clock?, date?): ambiguous.append((clock, date))
            case let (clock?, nil): guard apply(.clock(clock)) else { return nil }
            case let (nil, date?): guard apply(.day(date)) else { return nil }
            case (nil, nil): return nil
            }
        }
        for (clock, date) in ambiguous {
            if self.clock == nil && !(datesFirst && day == nil) {
                guard apply(.clock(clock)) else { return nil }
            } else {
                guard apply(.day(date)) else { return nil }
            }
        }
        if delayMinutes != nil && (day != nil || clock != nil || partOfDay != nil) { return nil }
        if day == nil && clock == nil && partOfDay == nil && delayMinutes == nil { return nil }
    }

    enum Phrase {
        case day(Day)
        case part(Int)
        case dayAndPart(Day, Int)
        case clock(Clock)
    }

    private mutating func apply(_ phrase: Phrase) -> Bool {
        switch phrase {
        case .day(let new):
            guard day == nil else { return false }
            day = new
        case .part(let minutes):
            guard partOfDay == nil else { return false }
            partOfDay = minutes
        case let .dayAndPart(new, minutes):
            return apply(.day(new)) && apply(.part(minutes))
        case .clock(let new):
            guard clock == nil else { return false }
            clock = new
        }
        return true
    }

    func resolve(now: Date, rules: CallingRules) -> Date? {
        if let delayMinutes { return now.addingTimeInterval(Double(delayMinutes) * 60) }
        let (today, nowMinute) = rules.localDayAndMinute(now)
        var minute: Int?
        if let clock {
            guard let value = TimePhrase.minuteOfDay(clock, partOfDay: partOfDay, rules: rules) else { return nil }
            minute = value
        } else if let partOfDay {
            minute = partOfDay
        }
        let target: CalendarDate
        switch day {
        case nil:
            guard let minute else { return nil }
            target = minute > nowMinute ? today : today.adding(days: 1)
        case .offset(let days):
            target = today.adding(days: days)
        case .weekday(let weekday):
            let ahead = (weekday.rawValue - today.isoWeekday + 7) % 7
            target = today.adding(days: ahead == 0 ? 7 : ahead)
        case let .date(dayOfMonth, month, year):
            if let year {
                guard let date = CalendarDate(year: year, month: month, day: dayOfMonth) else { return nil }
                target = date
            } else {
                guard let thisYear = TimePhrase.date(dayOfMonth, month, from: today.year) else { return nil }
                let passed = thisYear < today || (thisYear == today && (minute ?? rules.startMinute) <= nowMinute)
                guard !passed else {
                    guard let nextYear = TimePhrase.date(dayOfMonth, month, from: today.year + 1) else { return nil }
                    target = nextYear
                    break
                }
                target = thisYear
            }
        }
        let result = rules.moment(target, minute: minute ?? rules.startMinute)
        return result > now ? result : nil
    }

    /// This day and month in the first year from `year` on that has it (29 February waits for a leap year).
    private static func date(_ day: Int, _ month: Int, from year: Int) -> CalendarDate? {
        for candidate in year...(year + 8) {
            if let date = CalendarDate(year: candidate, month: month, day: day) { return date }
        }
        return nil
    }

    static func minuteOfDay(_ clock: Clock, partOfDay: Int?, rules: CallingRules) -> Int? {
        var hour = clock.hour
        if let meridiem = clock.meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        } else if (1...11).contains(hour) {
            let morning = hour * 60 + clock.minute, afternoon = morning + 720
            let inside = { (m: Int) in m >= rules.startMinute && m < rules.endMinute }
            if (partOfDay ?? 0) >= 720 || (!inside(morning) && inside(afternoon)) { hour += 12 }
        }
        return hour * 60 + clock.minute
    }

    /// `18`, `18:30`, `18.30`, `6pm`, `6:30pm`, `18.` (a trailing dot is allowed).
    private static func clock(_ token: String) -> Clock? {
        var text = Substring(token)
        var meridiem: Character?
        for suffix in ["a.m.", "p.m.", "am", "pm"] where text.hasSuffix(suffix) {
            meridiem = suffix.first
            text = text.dropLast(suffix.count)
            break
        }
        if meridiem == nil && text.hasSuffix(".") && text.filter({ $0 == "." }).count == 1 { text = text.dropLast() }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).count == 2
            ? text.split(separator: ":", omittingEmptySubsequences: false)
            : text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count), isDigits(parts[0]),
              let hour = Int(parts[0]), hour <= 23 else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, isDigits(parts[1]), let value = Int(parts[1]), value <= 59 else { return nil }
            minute = value
        }
        return Clock(hour: hour, minute: minute, meridiem: meridiem)
    }

    /// `28.11`, `28.11.`, `28.11.2026`, `28/11`, `28/11/2026`, `2026-11-28`.
    private static func date(_ token: String) -> Day? {
        if token.contains("-") {
            let parts = token.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
                  parts.allSatisfy({ !$0.isEmpty && isDigits($0) }),
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
            return .date(day: day, month: month, year: year)
        }
        let separator: Character = token.contains("/") ? "/" : "."
        var parts = token.split(separator: separator, omittingEmptySubsequences: false)
        if separator == ".", parts.count == 3, parts[2].isEmpty { parts.removeLast() }
        guard (2...3).contains(parts.count), parts[0].count <= 2, parts[1].count <= 2,
              parts.allSatisfy({ !$0.isEmpty && isDigits($0) }),
              let day = Int(parts[0]), let month = Int(parts[1]),
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        guard parts.count == 3 else { return .date(day: day, month: month, year: nil) }
        guard parts[2].count == 4, let year = Int(parts[2]) else { return nil }
        return .date(day: day, month: month, year: year)
    }

    /// A delay after `om`/`in`: a count (digits, `en`, `ei`, `et`, `an`, `a`, `one`) and a unit,
    /// or a half hour. Whole days are returned as days, to be called at the start of calling hours.
    private static func delay(_ tokens: [String]) -> (minutes: Int, days: Int?, used: Int)? {
        if tokens.first == "halvtime" { return (30, nil, 1) }
        if tokens.starts(with: ["en", "halvtime"]) { return (30, nil, 2) }
        if tokens.starts(with: ["half", "an", "hour"]) { return (30, nil, 3) }
        guard tokens.count >= 2 else { return nil }
        let count: Int
        if ["en", "ei", "et", "an", "a", "one"].contains(tokens[0]) {
            count = 1
        } else {
            guard tokens[0].count <= 4, isDigits(Substring(tokens[0])), let value = Int(tokens[0]), value > 0
            else { return nil }
            count = value
        }
        if dayUnits.contains(tokens[1]) {
            return count <= 60 ? (count * 1440, count, 2) : nil
        }
        guard let unit = units[tokens[1]], count * unit <= 60 * 24 * 7 else { return nil }
        return (count * unit, nil, 2)
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func stripDot(_ token: String) -> String {
        token.hasSuffix(".") ? String(token.dropLast()) : token
    }

    private static let units: [String: Int] = [
        "min": 1, "mins": 1, "minutt": 1, "minutter": 1, "minute": 1, "minutes": 1,
        "t": 60, "time": 60, "timer": 60, "timen": 60, "h": 60, "hour": 60, "hours": 60, "hr": 60, "hrs": 60,
    ]

    private static let dayUnits: Set<String> = ["dag", "dager", "day", "days"]

    private static let fillers: Set<String> = [
        "kl", "kl.", "klokka", "klokken", "at", "on", "på", "neste", "next", "ved", "ca", "ca.", "rundt",
        "around", "about", "den", "the", "etter", "after", "forrige", "sist", "siste", "last",
    ]

    private static let evening = 19 * 60
    private static let afternoon = 15 * 60

    private static let parts: [String: Int] = [
        "kveld": evening, "kvelden": evening, "evening": evening,
        "ettermiddag": afternoon, "ettermiddagen": afternoon, "afternoon": afternoon,
    ]

    /// Phrases that start with `i`.
    private static let iPhrases: [String: Phrase] = [
        "dag": .day(.offset(0)), "morgen": .day(.offset(1)), "morra": .day(.offset(1)),
        "overmorgen": .day(.offset(2)), "går": .day(.offset(-1)), "forgårs": .day(.offset(-2)),
        "kveld": .dayAndPart(.offset(0), evening),
        "ettermiddag": .dayAndPart(.offset(0), afternoon),
    ]

    private static let words: [String: Phrase] = [
        "idag": .day(.offset(0)), "today": .day(.offset(0)),
        "imorgen": .day(.offset(1)), "imorra": .day(.offset(1)), "morgen": .day(.offset(1)),
        "tomorrow": .day(.offset(1)), "overmorgen": .day(.offset(2)),
        "igår": .day(.offset(-1)), "yesterday": .day(.offset(-1)), "iforgårs": .day(.offset(-2)),
        "ikveld": .dayAndPart(.offset(0), evening), "tonight": .dayAndPart(.offset(0), evening),
        "kveld": .part(evening), "kvelden": .part(evening), "evening": .part(evening),
        "ettermiddag": .part(afternoon), "ettermiddagen": .part(afternoon), "afternoon": .part(afternoon),
    ]

    private static let weekdays: [String: Weekday] = [
        "mandag": .monday, "man": .monday, "monday": .monday, "mon": .monday,
        "tirsdag": .tuesday, "tir": .tuesday, "tirs": .tuesday, "tuesday": .tuesday, "tue": .tuesday,
        "tues": .tuesday,
        "onsdag": .wednesday, "ons": .wednesday, "wednesday": .wednesday, "wed": .wednesday,
        "torsdag": .thursday, "tor": .thursday, "tors": .thursday, "thursday": .thursday, "thu": .thursday,
        "thur": .thursday, "thurs": .thursday,
        "fredag": .friday, "fre": .friday, "friday": .friday, "fri": .friday,
        "lørdag": .saturday, "lordag": .saturday, "lør": .saturday, "saturday": .saturday, "sat": .saturday,
        "søndag": .sunday, "sondag": .sunday, "søn": .sunday, "sunday": .sunday, "sun": .sunday,
    ]
}
