import Foundation
import Testing
@testable import Model

struct CallingRulesTests {
    let rules = CallingRules()
    let everyDay = CallingRules(callingDays: Set(Weekday.allCases))

    @Test func defaults() {
        #expect(rules.maxAttempts == 3)
        #expect(rules.startMinute == 600 && rules.endMinute == 1200)
        #expect(rules.timeZoneIdentifier == "Europe/Oslo")
        #expect(rules.callingDays == [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday])
        #expect(rules.claimTimeout == 1800)
        #expect(rules.coolDownDays == 1)
        #expect(throws: Never.self) { try rules.validate() }
    }

    @Test(arguments: [
        ("2026-11-24T15:00:00+01:00", true),
        ("2026-11-24T09:59:59+01:00", false),
        ("2026-11-24T10:00:00+01:00", true),
        ("2026-11-24T19:59:00+01:00", true),
        ("2026-11-24T20:00:00+01:00", false),
        ("2026-11-24T09:30:00Z", true),
        ("2026-11-28T12:00:00+01:00", true),
        ("2026-11-29T12:00:00+01:00", false),
        ("2026-07-01T19:30:00+02:00", true),
        ("2026-07-01T18:30:00Z", false),
    ])
    func insideHours(moment: String, inside: Bool) {
        #expect(rules.isInsideHours(at(moment)) == inside)
    }

    @Test(arguments: [
        ("2026-11-24T09:00:00+01:00", "2026-11-24T10:00:00+01:00"),
        ("2026-11-24T15:00:00+01:00", "2026-11-24T15:00:00+01:00"),
        ("2026-11-24T21:00:00+01:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-24T20:00:00+01:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-28T21:00:00+01:00", "2026-11-30T10:00:00+01:00"),
        ("2026-11-29T12:00:00+01:00", "2026-11-30T10:00:00+01:00"),
        ("2026-11-29T01:00:00+01:00", "2026-11-30T10:00:00+01:00"),
        ("2026-03-28T20:30:00+01:00", "2026-03-30T10:00:00+02:00"),
    ])
    func nextOpening(from: String, expected: String) {
        #expect(rules.nextOpening(from: at(from)) == at(expected))
    }

    @Test(arguments: [
        ("2026-11-24T15:00:00+01:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-24T01:00:00+01:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-27T19:00:00+01:00", "2026-11-28T10:00:00+01:00"),
        ("2026-11-28T11:00:00+01:00", "2026-11-30T10:00:00+01:00"),
        ("2026-11-24T23:30:00Z", "2026-11-26T10:00:00+01:00"),
    ])
    func nextCallingDay(after: String, expected: String) {
        #expect(rules.nextCallingDay(after: at(after)) == at(expected))
    }

    @Test func coolDownAcrossSpringForward() {
        let saturday = at("2026-03-28T18:00:00+01:00")
        #expect(rules.nextCallingDay(after: saturday) == at("2026-03-30T10:00:00+02:00"))
        #expect(everyDay.nextCallingDay(after: saturday) == at("2026-03-29T10:00:00+02:00"))
        #expect(everyDay.nextCallingDay(after: saturday).timeIntervalSince(saturday) == 15 * 3600)
    }

    @Test func coolDownAcrossFallBack() {
        let saturday = at("2026-10-24T18:00:00+02:00")
        #expect(everyDay.nextCallingDay(after: saturday) == at("2026-10-25T10:00:00+01:00"))
        #expect(everyDay.nextCallingDay(after: saturday).timeIntervalSince(saturday) == 17 * 3600)
        #expect(rules.nextCallingDay(after: saturday) == at("2026-10-26T10:00:00+01:00"))
    }

    @Test func hoursInsideTheSpringGapStartAfterIt() {
        let night = CallingRules(startMinute: 2 * 60 + 30, endMinute: 5 * 60, callingDays: Set(Weekday.allCases))
        let opening = night.nextOpening(from: at("2026-03-29T00:30:00+01:00"))
        #expect(opening >= at("2026-03-29T03:00:00+02:00"))
        #expect(opening <= at("2026-03-29T03:30:00+02:00"))
        #expect(night.isInsideHours(opening))
    }

    @Test func otherTimeZone() {
        let utc = CallingRules(startMinute: 9 * 60, endMinute: 17 * 60, timeZoneIdentifier: "UTC")
        #expect(utc.isInsideHours(at("2026-11-24T09:00:00Z")))
        #expect(!utc.isInsideHours(at("2026-11-24T17:00:00Z")))
        #expect(utc.nextOpening(from: at("2026-11-24T18:00:00Z")) == at("2026-11-25T09:00:00Z"))
    }

    @Test func retriesWaitForTheNextCallingDayUntilExhausted() {
        let now = at("2026-11-24T15:00:00+01:00")
        for outcome in [Outcome.noAnswer, .busy, .voicemail] {
            #expect(rules.transition(after: outcome, attempts: 1, at: now, callback: nil)
                == .due(at("2026-11-25T10:00:00+01:00")))
            #expect(rules.transition(after: outcome, attempts: 2, at: now, callback: nil)
                == .due(at("2026-11-25T10:00:00+01:00")))
            #expect(rules.transition(after: outcome, attempts: 3, at: now, callback: nil) == .exhausted)
            #expect(rules.transition(after: outcome, attempts: 7, at: now, callback: nil) == .exhausted)
        }
        let patient = CallingRules(maxAttempts: 5, coolDownDays: 2)
        let friday = at("2026-11-27T19:00:00+01:00")
        #expect(patient.transition(after: .busy, attempts: 3, at: friday, callback: nil)
            == .due(at("2026-11-30T10:00:00+01:00")))
        #expect(patient.transition(after: .busy, attempts: 5, at: friday, callback: nil).status == .exhausted)
    }

    @Test func callbacksAreDueWhenAskedWithinCallingHours() {
        let now = at("2026-11-24T15:00:00+01:00")
        #expect(rules.transition(after: .callback, attempts: 1, at: now, callback: at("2026-11-24T18:30:00+01:00"))
            == .due(at("2026-11-24T18:30:00+01:00")))
        #expect(rules.transition(after: .callback, attempts: 9, at: now, callback: at("2026-11-24T21:00:00+01:00"))
            == .due(at("2026-11-25T10:00:00+01:00")))
        #expect(rules.transition(after: .callback, attempts: 1, at: now, callback: at("2026-11-29T12:00:00+01:00"))
            == .due(at("2026-11-30T10:00:00+01:00")))
        #expect(rules.transition(after: .callback, attempts: 1, at: now, callback: at("2026-11-24T11:00:00+01:00"))
            == .due(now))
        #expect(rules.transition(after: .callback, attempts: 1, at: now, callback: nil)
            == .due(at("2026-11-25T10:00:00+01:00")))
        let late = at("2026-11-24T20:30:00+01:00")
        #expect(rules.transition(after: .callback, attempts: 1, at: late, callback: at("2026-11-24T20:00:00+01:00"))
            == .due(at("2026-11-25T10:00:00+01:00")))
    }

    @Test func otherOutcomesClose() {
        let now = at("2026-11-24T15:00:00+01:00")
        #expect(rules.transition(after: .doNotCall, attempts: 1, at: now, callback: nil) == .close(.doNotCall))
        for outcome in Outcome.allCases where outcome.closesEntry && outcome != .doNotCall {
            #expect(rules.transition(after: outcome, attempts: 3, at: now, callback: nil) == .close(.done))
        }
        #expect(EntryTransition.due(now).status == .open)
        #expect(EntryTransition.close(.doNotCall).status == .doNotCall)
    }

    @Test func validation() {
        #expect(throws: CallingRulesError.unknownTimeZone("Mars/Olympus")) {
            try CallingRules(timeZoneIdentifier: "Mars/Olympus").validate()
        }
        #expect(throws: CallingRulesError.invalidHours(start: 1200, end: 600)) {
            try CallingRules(startMinute: 1200, endMinute: 600).validate()
        }
        #expect(throws: CallingRulesError.noCallingDays) { try CallingRules(callingDays: []).validate() }
        #expect(throws: CallingRulesError.invalidMaxAttempts(0)) { try CallingRules(maxAttempts: 0).validate() }
        #expect(throws: CallingRulesError.invalidCoolDown(0)) { try CallingRules(coolDownDays: 0).validate() }
        #expect(throws: CallingRulesError.invalidClaimTimeout(0)) { try CallingRules(claimTimeout: 0).validate() }
        #expect(CallingRulesError.noCallingDays.description == "at least one calling day is needed")
    }

    @Test func degenerateRulesStillAnswer() {
        let never = CallingRules(startMinute: 600, endMinute: 600, callingDays: [])
        let now = at("2026-11-24T15:00:00+01:00")
        #expect(!never.isInsideHours(now))
        #expect(never.nextOpening(from: now) > now)
        #expect(never.transition(after: .busy, attempts: 1, at: now, callback: nil).status == .open)
    }

    @Test func codableWithDefaults() throws {
        let empty = try JSONDecoder().decode(CallingRules.self, from: Data("{}".utf8))
        #expect(empty == CallingRules())
        let partial = try JSONDecoder().decode(
            CallingRules.self, from: Data(#"{"maxAttempts":5,"startMinute":540,"callingDays":[1,2,3]}"#.utf8))
        #expect(partial.maxAttempts == 5 && partial.startMinute == 540 && partial.endMinute == 1200)
        #expect(partial.callingDays == [.monday, .tuesday, .wednesday])
        let custom = CallingRules(maxAttempts: 4, startMinute: 11 * 60, endMinute: 19 * 60,
                                  timeZoneIdentifier: "UTC", callingDays: [.sunday], coolDownDays: 2,
                                  claimTimeout: 600)
        let data = try JSONEncoder().encode(custom)
        #expect(try JSONDecoder().decode(CallingRules.self, from: data) == custom)
    }
}
