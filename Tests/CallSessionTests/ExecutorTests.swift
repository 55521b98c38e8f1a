import CallScreen
import CallSession
import Foundation
import Model
import SQLite
import Storage
import Testing

@Suite struct ExecutorTests {
    let fixture: SessionFixture

    init() throws {
        fixture = try SessionFixture()
    }

    func calls() throws -> [(number: String, outcome: String, note: String?, email: String?, callback: Date?)] {
        try fixture.database().fetchAll("""
            SELECT m.member_number, c.outcome, c.note, c.email, c.callback_at FROM call_log c
            JOIN call_list_entries e ON e.id = c.entry_id JOIN members m ON m.id = e.member_id ORDER BY c.id
            """) { ($0[0], $0[1], $0[2], $0[3], $0[4]) }
    }

    @Test func eachOutcomeIsCommittedAtOnceWithItsNote() throws {
        var driver = Driver(try fixture.session())
        #expect(driver.number == "1000")
        #expect(driver.state.progress == Progress(doneToday: 0, leftOnList: 6))
        driver.send(.key(.char("n")), .paste("ring etter jul"), .key(.enter), .key(.char("2")))
        let stored = try calls()
        #expect(stored.count == 1)
        #expect(stored.first?.number == "1000")
        #expect(stored.first?.outcome == "paid_already")
        #expect(stored.first?.note == "ring etter jul")
        #expect(driver.number == "1001")
        #expect(driver.state.progress == Progress(doneToday: 1, leftOnList: 5))
        #expect(driver.state.notice == .saved(label: "Har betalt"))
        try expectNoTransactionHeld()
        driver.send(.key(.char("1")))
        try expectNoTransactionHeld()
    }

    /// While the screen waits for a key, another connection can write at once and checkpoint the whole WAL:
    /// the session holds neither a write nor a read transaction.
    func expectNoTransactionHeld(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let other = try fixture.database()
        try other.execute("PRAGMA busy_timeout = 0")
        try other.execute("BEGIN IMMEDIATE; UPDATE settings SET value = value WHERE key = 'party'; COMMIT")
        let busy: Int? = try other.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { $0[0] }
        #expect(busy == 0, "a reader or writer still holds the WAL", sourceLocation: sourceLocation)
    }

    @Test func followUpsAreStoredWithTheCall() throws {
        var driver = Driver(try fixture.session())
        driver.send(.key(.char("1")))
        driver.type("ny@epost.example")
        driver.send(.key(.enter))
        driver.send(.key(.char("3")))
        driver.type("i morgen 18")
        driver.send(.key(.enter))
        driver.send(.key(.char("5")), .key(.enter))
        let stored = try calls()
        #expect(stored.map(\.outcome) == ["will_pay", "callback", "wants_to_resign"])
        #expect(stored[0].email == "ny@epost.example")
        #expect(stored[1].callback == ISO8601DateFormatter().date(from: "2026-11-27T17:00:00Z"))
        #expect(driver.number == "1003")
    }

    @Test func undoGivesTheMemberBackAndReleasesTheOneOnScreen() throws {
        var driver = Driver(try fixture.session())
        driver.send(.key(.char("4")))
        #expect(driver.number == "1001")
        driver.send(.key(.char("u")))
        #expect(driver.state.notice == .undone(name: "Medlem0 Hansen"))
        #expect(driver.number == "1000")
        #expect(try calls().isEmpty)
        #expect(try fixture.held() == ["1000", "1002"], "1001 went back to the pool, 1000 is held again")
        driver.send(.key(.char("2")))
        #expect(try calls().map(\.number) == ["1000"])
        #expect(driver.number == "1002", "the caller's own held member comes next")
    }

    @Test func undoAfterTheMinuteIsRefusedByTheScreenAndTheStore() throws {
        let session = try fixture.session()
        var driver = Driver(session)
        driver.send(.key(.char("4")))
        let callID = try #require(driver.state.lastLogged?.callID)
        fixture.clock.now += 61
        guard case .failed(let message) = session.execute(.undo(callID: callID)) else {
            Issue.record("the store must refuse")
            return
        }
        #expect(message.hasPrefix("Kunne ikke angre: "))
        #expect(try calls().count == 1)
    }

    @Test func skippedMembersGoBackToThePoolAndAreNotOfferedAgain() throws {
        var driver = Driver(try fixture.session())
        driver.send(.key(.char("s")))
        #expect(driver.state.notice == .skipped(name: "Medlem0 Hansen"))
        #expect(driver.number == "1001")
        #expect(try !fixture.held().contains("1000"))
        for _ in 0..<5 { driver.send(.key(.char("4"))) }
        #expect(driver.state.phase == .empty, "only the skipped member is left")
        var other = Driver(try fixture.session("Ole Hansen"))
        #expect(other.number == "1000", "another volunteer gets the skipped member")
        other.send(.key(.char("q")))
    }

    @Test func quitKeepsTheMemberOnScreenForTheNextSessionAndLetsGoOfTheRest() throws {
        var driver = Driver(try fixture.session())
        driver.send(.key(.char("2")))
        #expect(driver.number == "1001")
        #expect(try fixture.held().count == 2, "claims come in batches")
        driver.send(.key(.char("q")))
        #expect(driver.quit)
        #expect(try fixture.held() == ["1001"])
        var ole = Driver(try fixture.session("Ole Hansen"))
        #expect(ole.number == "1002")
        ole.send(.key(.char("q")))
        let resumed = Driver(try fixture.session())
        #expect(resumed.number == "1001")
    }

    @Test func finishAfterASignalKeepsOnlyTheMemberOnScreen() throws {
        let session = try fixture.session()
        let driver = Driver(session)
        #expect(driver.number == "1000")
        #expect(try fixture.held().count == 3)
        session.finish()
        #expect(try fixture.held() == ["1000"])
        #expect(Driver(try fixture.session()).number == "1000")
    }

    @Test func twoVolunteersNeverShareAMember() throws {
        var kari = Driver(try fixture.session())
        var ole = Driver(try fixture.session("Ole Hansen"))
        var seen: [String] = []
        while kari.number != nil || ole.number != nil {
            #expect(kari.number == nil || kari.number != ole.number)
            if let number = kari.number {
                seen.append(number)
                kari.send(.key(.char("4")))
            }
            if let number = ole.number {
                seen.append(number)
                ole.send(.key(.char("2")))
            }
        }
        #expect(seen.sorted() == (0..<6).map { String(1000 + $0) })
        #expect(try calls().count == 6)
    }

    @Test func failuresBecomeMessagesInTheInterfaceLanguage() throws {
        var driver = Driver(try fixture.session(language: .en))
        try fixture.store.closeCampaign(named: "Høst")
        driver.send(.key(.char("2")))
        #expect(driver.state.notice == .failed("The outcome was not saved: campaign Høst is closed"))
        #expect(driver.number == "1000", "the member stays on screen")
        #expect(try calls().isEmpty)

        var nb = Driver(try fixture.session())
        #expect(nb.state.phase == .empty)
        #expect(nb.state.notice == .failed("Kunne ikke hente neste medlem: kampanjen Høst er avsluttet"))
        nb.send(.key(.char("q")))
        #expect(nb.quit)
    }
}
