import CallSession
import Foundation
import Model
import Storage
import Testing

@Suite struct NothingToCallTests {
    @Test func outsideCallingHoursSaysWhenCallingOpens() throws {
        let fixture = try SessionFixture()
        fixture.clock.now = ISO8601DateFormatter().date(from: "2026-11-26T20:30:00Z")!
        #expect(try fixture.session().begin() == .nothingToDo(
            message: "Det er utenfor ringetiden for Høst nå. Neste ringeøkt begynner fre. 27. nov. kl. 10:00. Velkommen tilbake da!"))
        #expect(try fixture.session(language: .en).begin() == .nothingToDo(
            message: "It is outside calling hours for Høst now. Calling opens again Fri 27 Nov 10:00. Welcome back then!"))
        #expect(try fixture.held().isEmpty)
    }

    @Test func anEmptyListThanksTheVolunteer() throws {
        let fixture = try SessionFixture(members: [])
        #expect(try fixture.session(language: .en).begin() == .nothingToDo(
            message: "There is nobody left to call on Høst right now. Thank you for your help!"))
    }

    @Test func retriesNotYetDueSayWhenTheNextFallsDue() throws {
        let fixture = try SessionFixture(members: SessionFixture.register(count: 2))
        var driver = Driver(try fixture.session())
        driver.send(.key(.char("6")), .key(.char("6")))
        #expect(driver.state.phase == .empty)
        #expect(try fixture.session().begin() == .nothingToDo(
            message: "Ingen på Høst skal ringes akkurat nå. Neste tilbakeringing eller nye forsøk er fre. 27. nov. kl. 10:00."))
    }

    @Test func beginHoldsTheFirstMemberForTheScreen() throws {
        let fixture = try SessionFixture()
        let session = try fixture.session()
        #expect(try session.begin() == .ready)
        #expect(try fixture.held() == ["1000", "1001", "1002"])
        let driver = Driver(session)
        #expect(driver.number == "1000")
        #expect(session.current?.member.memberNumber == "1000")
    }
}
