import Foundation
import Model
import TestSupport
import Testing
@testable import Storage

@Suite struct MemberLookupTests {
    let folder: TemporaryFolder
    let fixture: ImportFixture

    init() throws {
        folder = try TemporaryFolder()
        fixture = try ImportFixture(path: folder.path("dues.sqlite"))
        try ImportFixture.run(fixture.store, [
            (ImportFixture.member("10", "Ørjan", "Hætta-Sara", phone: "412 34 567", email: "orjan@example.no"), .unpaid),
            (ImportFixture.member("11", "Åse", "Berg", phone: "77 12 34 56", branch: "Balsfjord"), .paid),
            (ImportFixture.member("12", "Ole", "Aas", phone: nil, branch: "Balsfjord"), .unpaid),
        ])
    }

    @Test func listsFilterByUnpaidYearBranchAndSearch() throws {
        #expect(try fixture.store.members(matching: MemberFilter()).map(\.memberNumber) == ["12", "11", "10"])
        #expect(try fixture.store.members(matching: MemberFilter(unpaidIn: 2018)).map(\.memberNumber) == ["12", "10"])
        #expect(try fixture.store.members(matching: MemberFilter(unpaidIn: 2017)).isEmpty)
        #expect(try fixture.store.members(matching: MemberFilter(branch: "BALSFJORD")).map(\.memberNumber) == ["12", "11"])
        #expect(try fixture.store.members(matching: MemberFilter(search: "hætta")).map(\.memberNumber) == ["10"])
        #expect(try fixture.store.members(matching: MemberFilter(search: "ORJAN")).map(\.memberNumber) == ["10"])
        #expect(try fixture.store.members(matching: MemberFilter(search: "41234567")).map(\.memberNumber) == ["10"])
        #expect(try fixture.store.members(matching: MemberFilter(search: "77 12 34")).map(\.memberNumber) == ["11"])
        #expect(try fixture.store.members(matching: MemberFilter(unpaidIn: 2018, branch: "Balsfjord")).map(\.memberNumber) == ["12"])
        #expect(throws: StoreError.notFound(kind: "branch", name: "Atlantis")) {
            try fixture.store.members(matching: MemberFilter(branch: "Atlantis"))
        }
    }

    @Test func theCardHoldsDetailsDuesListsAndCalls() throws {
        let autumn = try fixture.campaign("Høst 2018", year: 2018, members: ["10"])
        try fixture.logCall(campaign: autumn, member: "10", outcome: "no_answer")
        try fixture.logCall(campaign: autumn, member: "10", outcome: "will_pay", note: "Send giro på e-post")
        let card = try #require(try fixture.store.memberProfile(number: "10"))
        #expect(card.member.fullName == "Ørjan Hætta-Sara")
        #expect(card.member.record.phone?.e164 == "+4741234567")
        #expect(card.dues.map(\.year) == [2018] && card.dues[0].status == .unpaid)
        #expect(card.lists.map(\.campaign) == ["Høst 2018"] && card.lists[0].status == "open")
        #expect(card.calls.map(\.outcome) == ["no_answer", "will_pay"])
        #expect(card.calls.last?.note == "Send giro på e-post" && card.calls.last?.caller == "Kari")
        #expect(try fixture.store.memberProfile(number: "99") == nil)
    }
}
