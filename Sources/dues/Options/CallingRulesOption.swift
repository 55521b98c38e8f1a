import ArgumentParser
import Foundation
import Model

/// Reads a campaign's calling rules from options: hours (`10:00-20:00`), days (`123456`), attempts, cool-down, claim timeout,
/// time zone.
enum CallingRulesOption {
    static func rules(
        hours: String, days: String, maxAttempts: Int, coolDownDays: Int = 1, claimTimeoutMinutes: Int = 30,
        timeZone: String = "Europe/Oslo"
    ) throws -> CallingRules {
        let ends = hours.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, let start = minute(ends[0]), let end = minute(ends[1]) else {
            throw ValidationError("--hours tar et tidsrom som 10:00-20:00, ikke '\(hours)'", "--hours takes a range like 10:00-20:00, not '\(hours)'")
        }
        let weekdays = days.map { $0.wholeNumberValue.flatMap(Weekday.init(rawValue:)) }
        guard !weekdays.isEmpty, !weekdays.contains(nil) else {
            throw ValidationError("--days tar ukedagsnumre 1-7 (1 er mandag), som 123456, ikke '\(days)'", "--days takes ISO weekday numbers 1-7 (1 is Monday), like 123456, not '\(days)'")
        }
        let rules = CallingRules(
            maxAttempts: maxAttempts, startMinute: start, endMinute: end, timeZoneIdentifier: timeZone, callingDays: Set(weekdays.compactMap { $0 }),
            coolDownDays: coolDownDays, claimTimeout: TimeInterval(claimTimeoutMinutes * 60))
        do {
            try rules.validate()
        } catch {
            throw ValidationError((error as? BilingualError)?.message(.ofCommandLine) ?? "\(error)")
        }
        return rules
    }

    private static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...24).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }
}
