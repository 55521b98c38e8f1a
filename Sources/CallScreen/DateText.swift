import Foundation

/// Dates written the way each interface language writes them, in a fixed time zone.
struct DateText {
    let strings: Strings
    let language: Language
    let calendar: Calendar

    init(language: Language, timeZone: TimeZone) {
        self.language = language
        strings = Strings.for(language)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    private func parts(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
    }

    private func two(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// A day: `12.03.2019` / `2019-03-12`.
    func day(_ date: Date) -> String {
        let p = parts(date)
        return language == .nb
            ? "\(two(p.day)).\(two(p.month)).\(p.year ?? 0)" : "\(p.year ?? 0)-\(two(p.month))-\(two(p.day))"
    }

    /// A moment in the past: `12.03.2019 18:02` / `2019-03-12 18:02`.
    func moment(_ date: Date) -> String {
        let p = parts(date)
        return "\(day(date)) \(two(p.hour)):\(two(p.minute))"
    }

    /// A moment ahead, with the weekday: `fre. 28. nov. kl. 17:00` / `Fri 28 Nov 17:00`.
    func appointment(_ date: Date) -> String {
        let p = parts(date)
        let weekday = strings.weekdays[((p.weekday ?? 1) - 1) % 7]
        let month = strings.months[((p.month ?? 1) - 1) % 12]
        let time = "\(two(p.hour)):\(two(p.minute))"
        return language == .nb
            ? "\(weekday) \(p.day ?? 0). \(month) \(strings.at) \(time)" : "\(weekday) \(p.day ?? 0) \(month) \(time)"
    }
}
