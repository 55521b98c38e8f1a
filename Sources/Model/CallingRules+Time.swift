import Foundation

extension CallingRules {
    /// True when the moment falls on a calling day, inside calling hours (local wall-clock time).
    public func isInsideHours(_ date: Date) -> Bool {
        let (day, minute) = localDayAndMinute(date)
        return callingDays.contains(Weekday(day)) && minute >= startMinute && minute < endMinute
    }

    /// The moment itself if inside calling hours, else the next start of calling hours.
    public func nextOpening(from date: Date) -> Date {
        if isInsideHours(date) { return date }
        let (day, minute) = localDayAndMinute(date)
        if callingDays.contains(Weekday(day)) && minute < startMinute {
            return moment(day, minute: startMinute)
        }
        return nextCallingDay(after: date)
    }

    /// The start of calling hours on the first calling day after the moment's local day: the cool-down
    /// after a call with no contact.
    public func nextCallingDay(after date: Date) -> Date {
        callingDayStart(after: localDayAndMinute(date).day, skipping: 1)
    }

    /// What happens to an entry after a call, given how many calls (this one included) were made.
    ///
    /// - `no_answer`, `busy`, `voicemail`: `.exhausted` at `maxAttempts`, else due `coolDownDays`
    ///   calling days later at the start of calling hours.
    /// - `callback`: due at `callbackDue` of the time asked for; without a time, on the next calling day.
    /// - `do_not_call`: closed as `do_not_call`; every other outcome closes as `done`.
    public func transition(after outcome: Outcome, attempts: Int, at now: Date, callback: Date?) -> EntryTransition {
        if outcome.isRetry {
            if attempts >= maxAttempts { return .exhausted }
            return .due(callingDayStart(after: localDayAndMinute(now).day, skipping: max(1, coolDownDays)))
        }
        switch outcome {
        case .callback:
            guard let callback else { return .due(nextCallingDay(after: now)) }
            return .due(callbackDue(callback, now: now))
        case .doNotCall:
            return .close(.doNotCall)
        default:
            return .close(.done)
        }
    }

    /// When a callback asked for at `requested` is saved to fall due: that time, never before now, moved to the
    /// next opening of calling hours. The one rule for it: the call screen's preview and the saved call both use it.
    public func callbackDue(_ requested: Date, now: Date) -> Date {
        nextOpening(from: max(requested, now))
    }

    /// The local calendar day and minute of the day of a moment.
    func localDayAndMinute(_ date: Date) -> (day: CalendarDate, minute: Int) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(date, in: timeZone)
        return (day, (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }

    /// The moment a local wall-clock time occurs on a day (after the gap when clocks spring forward).
    func moment(_ day: CalendarDate, minute unclamped: Int) -> Date {
        let minute = max(0, min(24 * 60 - 1, unclamped))
        let components = DateComponents(year: day.year, month: day.month, day: day.day,
                                        hour: minute / 60, minute: minute % 60)
        return calendar.date(from: components)
            ?? day.date(in: timeZone).addingTimeInterval(Double(minute) * 60)
    }

    /// The start of calling hours on the `count`-th calling day after `day`.
    private func callingDayStart(after day: CalendarDate, skipping count: Int) -> Date {
        guard !callingDays.isEmpty else { return moment(day.adding(days: count), minute: startMinute) }
        var current = day
        var remaining = min(count, 1000)
        while remaining > 0 {
            current = current.adding(days: 1)
            if callingDays.contains(Weekday(current)) { remaining -= 1 }
        }
        return moment(current, minute: startMinute)
    }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
