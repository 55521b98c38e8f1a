import Foundation
import Testing
@testable import Model

/// Call times entered afterwards, read with the callback field's words backwards, with a fixed clock: Tuesday
/// 24 November 2026, 15:00 in Oslo.
struct PastMomentTests {
    static let now = at("2026-11-24T15:00:00+01:00")
    let rules = CallingRules()

    func parse(_ text: String) throws -> Date {
        try PastMoment.parse(text, now: Self.now, rules: rules)
    }

    @Test(arguments: [
        ("i dag 12:00", "2026-11-24T12:00:00+01:00"),
        ("I DAG kl. 14.30", "2026-11-24T14:30:00+01:00"),
        ("i går 19:30", "2026-11-23T19:30:00+01:00"),
        ("igår 19", "2026-11-23T19:00:00+01:00"),
        ("yesterday 7:30pm", "2026-11-23T19:30:00+01:00"),
        ("i forgårs 18", "2026-11-22T18:00:00+01:00"),
        ("tirsdag 14", "2026-11-24T14:00:00+01:00"),
        ("tirsdag 18", "2026-11-17T18:00:00+01:00"),
        ("forrige fredag kl 17", "2026-11-20T17:00:00+01:00"),
        ("last friday 5pm", "2026-11-20T17:00:00+01:00"),
        ("mandag", "2026-11-23T12:00:00+01:00"),
        ("28.11 17:00", "2025-11-28T17:00:00+01:00"),
        ("20.11 18:30", "2026-11-20T18:30:00+01:00"),
        ("20.11", "2026-11-20T12:00:00+01:00"),
        ("18:30 20.11", "2026-11-20T18:30:00+01:00"),
        ("2026-11-20 18:30", "2026-11-20T18:30:00+01:00"),
        ("20.11.2026 18:30", "2026-11-20T18:30:00+01:00"),
        ("14:59", "2026-11-24T14:59:00+01:00"),
    ])
    func readsBackwards(text: String, expected: String) throws {
        #expect(try parse(text) == at(expected))
    }

    @Test func aTimeAheadHasItsOwnMessage() {
        for text in ["i dag 18:00", "i morgen 12", "tomorrow"] {
            #expect(throws: CallTimeError.callInFuture(text)) { try parse(text) }
        }
        #expect(CallTimeError.callInFuture("i dag 18:00").message(.nb) == "samtaletidspunktet 'i dag 18:00' ligger i framtida")
    }

    @Test func unreadableTimesSaySoInBothLanguages() {
        for text in ["", "banana", "om 2 timer", "31.02.2026 18:00", "i dag i går"] {
            #expect(throws: PastMomentError.unreadable(text)) { try parse(text) }
        }
        #expect(PastMomentError.unreadable("x").message(.nb).contains("'i går 19:30'"))
        #expect(PastMomentError.unreadable("x").message(.en).contains("'yesterday 19:30'"))
    }

    @Test func theCallbackFieldStillLooksAhead() {
        #expect(CallbackTime.parse("i går 18", now: Self.now, rules: rules) == nil)
        #expect(CallbackTime.parse("20.11", now: Self.now, rules: rules) == at("2026-11-24T20:11:00+01:00"))
    }
}
