import Foundation
import Testing
@testable import Model

/// Callback times typed by volunteers, read with a fixed clock: Tuesday 24 November 2026, 15:00 in Oslo.
struct CallbackTimeTests {
    static let now = at("2026-11-24T15:00:00+01:00")
    let rules = CallingRules()

    func parse(_ text: String, now: Date = CallbackTimeTests.now) -> Date? {
        CallbackTime.parse(text, now: now, rules: rules)
    }

    @Test(arguments: [
        ("18:30", "2026-11-24T18:30:00+01:00"),
        ("18.30", "2026-11-24T18:30:00+01:00"),
        ("18", "2026-11-24T18:00:00+01:00"),
        ("kl 18", "2026-11-24T18:00:00+01:00"),
        ("kl. 18.", "2026-11-24T18:00:00+01:00"),
        ("klokka 18:15", "2026-11-24T18:15:00+01:00"),
        ("at 6:30pm", "2026-11-24T18:30:00+01:00"),
        ("6 pm", "2026-11-24T18:00:00+01:00"),
        ("7", "2026-11-24T19:00:00+01:00"),
        ("16:05", "2026-11-24T16:05:00+01:00"),
        ("14:00", "2026-11-25T14:00:00+01:00"),
        ("15:00", "2026-11-25T15:00:00+01:00"),
        ("9", "2026-11-25T09:00:00+01:00"),
        ("6am", "2026-11-25T06:00:00+01:00"),
        ("12pm", "2026-11-25T12:00:00+01:00"),
        ("12.11", "2026-11-25T12:11:00+01:00"),
    ])
    func timesAlone(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        ("i morgen 18", "2026-11-25T18:00:00+01:00"),
        ("i morgen kl 18", "2026-11-25T18:00:00+01:00"),
        ("I MORGEN KL. 18.30", "2026-11-25T18:30:00+01:00"),
        ("imorgen 18", "2026-11-25T18:00:00+01:00"),
        ("i morra 6", "2026-11-25T18:00:00+01:00"),
        ("tomorrow 6pm", "2026-11-25T18:00:00+01:00"),
        ("tomorrow 18:00", "2026-11-25T18:00:00+01:00"),
        ("Tomorrow at 6:30 PM", "2026-11-25T18:30:00+01:00"),
        ("18 i morgen", "2026-11-25T18:00:00+01:00"),
        ("i morgen", "2026-11-25T10:00:00+01:00"),
        ("tomorrow", "2026-11-25T10:00:00+01:00"),
        ("i overmorgen", "2026-11-26T10:00:00+01:00"),
        ("day after tomorrow 18", "2026-11-26T18:00:00+01:00"),
        ("i dag 18", "2026-11-24T18:00:00+01:00"),
        ("today 5pm", "2026-11-24T17:00:00+01:00"),
    ])
    func relativeDays(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        ("fredag", "2026-11-27T10:00:00+01:00"),
        ("fredag 17", "2026-11-27T17:00:00+01:00"),
        ("Fredag 17:30", "2026-11-27T17:30:00+01:00"),
        ("på fredag kl 17.30", "2026-11-27T17:30:00+01:00"),
        ("fre 17", "2026-11-27T17:00:00+01:00"),
        ("fredag 5", "2026-11-27T17:00:00+01:00"),
        ("friday 5pm", "2026-11-27T17:00:00+01:00"),
        ("on Friday at 5 pm", "2026-11-27T17:00:00+01:00"),
        ("neste fredag", "2026-11-27T10:00:00+01:00"),
        ("lørdag 12", "2026-11-28T12:00:00+01:00"),
        ("lordag 12", "2026-11-28T12:00:00+01:00"),
        ("mandag", "2026-11-30T10:00:00+01:00"),
        ("onsdag 11", "2026-11-25T11:00:00+01:00"),
        ("tirsdag", "2026-12-01T10:00:00+01:00"),
        ("tuesday 18", "2026-12-01T18:00:00+01:00"),
        ("søndag", "2026-11-29T10:00:00+01:00"),
    ])
    func weekdays(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        ("28.11 17:00", "2026-11-28T17:00:00+01:00"),
        ("28.11. 17:00", "2026-11-28T17:00:00+01:00"),
        ("28.11.2026 17:00", "2026-11-28T17:00:00+01:00"),
        ("28/11 17:00", "2026-11-28T17:00:00+01:00"),
        ("17:00 28.11", "2026-11-28T17:00:00+01:00"),
        ("28.11", "2026-11-28T10:00:00+01:00"),
        ("2026-11-28 17:00", "2026-11-28T17:00:00+01:00"),
        ("5.12 kl 18", "2026-12-05T18:00:00+01:00"),
        ("12.11 17:00", "2027-11-12T17:00:00+01:00"),
        ("24.11 14:00", "2027-11-24T14:00:00+01:00"),
        ("24.11 16:00", "2026-11-24T16:00:00+01:00"),
        ("2.1 12", "2027-01-02T12:00:00+01:00"),
        ("15.6.2027 18", "2027-06-15T18:00:00+02:00"),
        ("29.2", "2028-02-29T10:00:00+01:00"),
    ])
    func dates(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        ("om 2 timer", "2026-11-24T17:00:00+01:00"),
        ("in 2 hours", "2026-11-24T17:00:00+01:00"),
        ("om en time", "2026-11-24T16:00:00+01:00"),
        ("in an hour", "2026-11-24T16:00:00+01:00"),
        ("om 30 min", "2026-11-24T15:30:00+01:00"),
        ("in 45 minutes", "2026-11-24T15:45:00+01:00"),
        ("om en halvtime", "2026-11-24T15:30:00+01:00"),
        ("in half an hour", "2026-11-24T15:30:00+01:00"),
        ("om 24 timer", "2026-11-25T15:00:00+01:00"),
        ("om 2 dager", "2026-11-26T10:00:00+01:00"),
        ("in 3 days 18", "2026-11-27T18:00:00+01:00"),
    ])
    func delays(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        ("i kveld", "2026-11-24T19:00:00+01:00"),
        ("ikveld", "2026-11-24T19:00:00+01:00"),
        ("tonight", "2026-11-24T19:00:00+01:00"),
        ("this evening", "2026-11-24T19:00:00+01:00"),
        ("i kveld 8", "2026-11-24T20:00:00+01:00"),
        ("i morgen kveld", "2026-11-25T19:00:00+01:00"),
        ("tomorrow evening", "2026-11-25T19:00:00+01:00"),
        ("fredag kveld", "2026-11-27T19:00:00+01:00"),
        ("om kvelden", "2026-11-24T19:00:00+01:00"),
        ("tomorrow afternoon", "2026-11-25T15:00:00+01:00"),
    ])
    func partsOfTheDay(text: String, expected: String) {
        #expect(parse(text) == at(expected))
    }

    @Test(arguments: [
        "", "   ", "hei", "ring meg", "25:00", "18:61", "18:5", "18:30:00", "fredag lørdag", "18 19",
        "om", "om 2 tomater", "om 0 timer", "om -2 timer", "i morgen i dag", "31.02", "32.1", "28.11.26",
        "13pm", "0pm", "pm", "am 6", "om 2 timer fredag", "fredag om 2 timer", "i dag 14", "this afternoon",
        "🙂", "-1", "1e9", "99999999999999999999", "om 99999999 timer", "om 9999 dager", "2026-13-01",
        "1.1.0001 12", "i", "kl", "18:30 pm", "6pm pm", "i kveld i kveld", String(repeating: "18 ", count: 200),
    ])
    func nonsenseGivesNil(text: String) {
        #expect(parse(text) == nil)
    }

    @Test func tonightAfterSevenIsNil() {
        #expect(parse("i kveld", now: at("2026-11-24T19:30:00+01:00")) == nil)
        #expect(parse("19:30", now: at("2026-11-24T19:30:00+01:00")) == at("2026-11-25T19:30:00+01:00"))
    }

    @Test func acrossDaylightSavingChanges() {
        let saturdayMarch = at("2026-03-28T15:00:00+01:00")
        #expect(parse("i morgen 18", now: saturdayMarch) == at("2026-03-29T18:00:00+02:00"))
        #expect(parse("om 24 timer", now: saturdayMarch) == at("2026-03-29T15:00:00+01:00"))
        #expect(parse("mandag", now: saturdayMarch) == at("2026-03-30T10:00:00+02:00"))
        let saturdayOctober = at("2026-10-24T15:00:00+02:00")
        #expect(parse("tomorrow 6pm", now: saturdayOctober) == at("2026-10-25T18:00:00+01:00"))
        #expect(parse("10", now: saturdayOctober) == at("2026-10-25T10:00:00+01:00"))
    }

    @Test func yearEnd() {
        let newYearsEve = at("2026-12-31T18:00:00+01:00")
        #expect(parse("i morgen 12", now: newYearsEve) == at("2027-01-01T12:00:00+01:00"))
        #expect(parse("2.1", now: newYearsEve) == at("2027-01-02T10:00:00+01:00"))
        #expect(parse("fredag", now: newYearsEve) == at("2027-01-01T10:00:00+01:00"))
    }

    @Test func oddRulesDoNotCrash() {
        let odd = CallingRules(startMinute: Int.max, endMinute: Int.min, timeZoneIdentifier: "Nowhere/Nothing",
                               callingDays: [])
        for text in ["fredag", "i morgen", "18", "28.11", "om 2 timer", "7"] {
            if let result = CallbackTime.parse(text, now: Self.now, rules: odd) { #expect(result > Self.now) }
        }
        let future = Date.distantFuture
        #expect(CallbackTime.parse("i morgen 18", now: future, rules: rules).map { $0 > future } == true)
        #expect(CallbackTime.parse("18", now: Date.distantPast, rules: rules).map { $0 > Date.distantPast } == true)
    }

    @Test func neverCrashesAndNeverPointsIntoThePast() {
        let pieces = ["i", "morgen", "kveld", "18", "18:30", "6pm", "fredag", "om", "2", "timer", "28.11", "28.11.2026",
                      "kl", ".", ":", "pm", "am", "dag", "in", "an", "hour", "tonight", "0", "99", "-", "/",
                      "29.2", "å", "\u{0}", "\u{1B}[2J", "ø", "24:00", "12.12.", "", " ", "\u{00A0}", "e", "9999"]
        var seed: UInt64 = 0x5EED
        for _ in 0..<5000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(seed >> 60) % 6 + 1
            for _ in 0..<count {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(seed >> 33) % pieces.count]
                if seed & 1 == 0 { text += " " }
            }
            if let result = parse(text) {
                #expect(result > Self.now, "\(text)")
            }
        }
    }
}

/// The time a callback is previewed at is the time it is saved for.
struct CallbackDueTests {
    @Test func sundayAtNoonOnACampaignThatDoesNotCallOnSundaysIsMondayAtTheOpening() {
        let rules = CallingRules()
        let now = CallbackTimeTests.now
        let due = CallbackTime.due("søndag 12", now: now, rules: rules)
        #expect(due == at("2026-11-30T10:00:00+01:00"))
        let saved = rules.transition(after: .callback, attempts: 1, at: now, callback: due)
        #expect(saved == .due(due!), "saving the previewed time keeps it")
        let typed = CallbackTime.parse("søndag 12", now: now, rules: rules)!
        #expect(rules.transition(after: .callback, attempts: 1, at: now, callback: typed) == .due(due!))
    }
}
