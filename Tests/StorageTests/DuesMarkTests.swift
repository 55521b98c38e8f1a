import Foundation
import Model
import TestSupport
import Testing
@testable import Storage

@Suite struct DuesMarkTests {
    let folder: TemporaryFolder
    let fixture: ImportFixture

    init() throws {
        folder = try TemporaryFolder()
        fixture = try ImportFixture(path: folder.path("dues.sqlite"))
        try ImportFixture.run(fixture.store, [
            (ImportFixture.member("1", "Kari", "Nordmann"), .unpaid), (ImportFixture.member("2", "Ola", "Hansen"), .unpaid),
        ])
    }

    @Test func aPaidMarkClosesOpenEntriesAndAnUnpaidMarkReopensThem() throws {
        let autumn = try fixture.campaign("Høst 2018", year: 2018, members: ["1", "2"])
        try fixture.logCall(campaign: autumn, member: "1", outcome: "will_pay")
        let paid = try fixture.store.markDues(memberNumbers: ["1", "2"], year: 2018, status: .paid)
        #expect((paid.changed, paid.entriesClosed, paid.promisedAndPaid) == (2, 2, 1))
        #expect(try fixture.entryStatus(campaign: autumn, member: "1") == "paid_since")
        #expect(try fixture.store.memberProfile(number: "1")?.dues.first?.source == .manual)
        #expect(try fixture.store.markDues(memberNumbers: ["1"], year: 2018, status: .paid).unchanged == 1)

        let unpaid = try fixture.store.markDues(memberNumbers: ["1"], year: 2018, status: .unpaid)
        #expect((unpaid.changed, unpaid.entriesReopened) == (1, 1))
        #expect(try fixture.entryStatus(campaign: autumn, member: "1") == "open")
        #expect(try fixture.entryStatus(campaign: autumn, member: "2") == "paid_since")
        #expect(try fixture.auditActions().prefix(3) == ["dues_manual", "dues_manual", "dues_manual"])
    }

    @Test func anUnknownMemberChangesNothing() throws {
        let before = try fixture.dump()
        #expect(throws: StoreError.notFound(kind: "member", name: "404")) {
            try fixture.store.markDues(memberNumbers: ["1", "404"], year: 2018, status: .paid)
        }
        #expect(try fixture.dump() == before)
        #expect(throws: StoreError.self) { try fixture.store.markDues(memberNumbers: ["1"], year: 18, status: .paid) }
    }
}
