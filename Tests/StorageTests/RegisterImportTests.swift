import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

@Suite struct RegisterImportTests {
    let folder: TemporaryFolder
    let fixture: ImportFixture

    init() throws {
        folder = try TemporaryFolder()
        fixture = try ImportFixture(path: folder.path("dues.sqlite"))
    }

    private func member(_ number: String, _ first: String = "Kari", _ last: String = "Nordmann", phone: String? = "41234567",
                        email: String? = nil, branch: String? = "Tromsø") -> MemberRecord {
        ImportFixture.member(number, first, last, phone: phone, email: email, branch: branch)
    }

    @Test func aWholeRegisterAddsUpdatesAndCountsUnchangedFieldByField() throws {
        let first = try ImportFixture.run(fixture.store, [
            (member("1"), .unpaid), (member("2", "Ola"), .paid), (member("3", "Per", branch: "Balsfjord"), .unpaid),
        ])
        #expect((first.new, first.updated, first.unchanged) == (3, 0, 0))
        #expect((first.paidInFile, first.unpaidInFile, first.newlyPaid) == (1, 2, 0))

        let later = try fixture.later(by: 60)
        let second = try ImportFixture.run(later, [
            (member("1", email: "kari@example.no"), .paid),
            (member("2", "Ola"), .paid),
            (member("3", "Per", branch: "Balsfjord"), .unpaid),
        ])
        #expect((second.new, second.updated, second.unchanged) == (0, 1, 2))
        #expect(second.newlyPaid == 1)
        let kari = try #require(try later.memberProfile(number: "1"))
        #expect(kari.member.record.email == "kari@example.no")
        #expect(kari.dues.first?.status == .paid && kari.dues.first?.source == .register)
        #expect(kari.updatedAt == fixture.clock.addingTimeInterval(60))
        let ola = try #require(try later.memberProfile(number: "2"))
        #expect(ola.updatedAt == fixture.clock, "an unchanged member keeps its updated_at")
        #expect(ola.lastSeenAt == fixture.clock.addingTimeInterval(60), "but is seen again")
        #expect(try fixture.auditActions() == ["import_register", "import_register"])
    }

    @Test func waivedDuesTakeTheMemberOffThatYearsDuesLists() throws {
        try ImportFixture.run(fixture.store, [(member("1"), .unpaid), (member("2"), .unpaid)])
        let autumn = try fixture.campaign("Høst 2018", year: 2018, members: ["1", "2"])
        try ImportFixture.run(fixture.store, [(member("1"), .waived), (member("2"), .unpaid)])
        #expect(try fixture.entryStatus(campaign: autumn, member: "1") == "waived")
        #expect(try fixture.entryStatus(campaign: autumn, member: "2") == "open")
    }

    @Test func membersMissingFromTheirBranchLeaveTheRegisterAndEveryOpenListAtOnce() throws {
        try ImportFixture.run(fixture.store, [
            (member("1"), .unpaid), (member("2"), .unpaid), (member("3", branch: "Balsfjord"), .unpaid),
            (member("4", branch: nil), .unpaid),
        ])
        let dues = try fixture.campaign("Høst 2018", year: 2018, members: ["1", "2", "3"])
        let welcome = try fixture.campaign("Velkommen", year: 2018, members: ["2"], kind: "welcome")

        let summary = try ImportFixture.run(fixture.store, [(member("1"), .unpaid)])
        #expect(summary.leftRegister == 1)
        #expect(summary.leftRegisterEntriesClosed == 2)
        #expect(try fixture.store.member(number: "2")?.leftRegisterAt == fixture.clock)
        #expect(try fixture.store.member(number: "3")?.leftRegisterAt == nil, "Balsfjord is not in the file")
        #expect(try fixture.store.member(number: "4")?.leftRegisterAt == nil, "no member without a branch is in the file")
        #expect(try fixture.entryStatus(campaign: dues, member: "2") == "left_register")
        #expect(try fixture.entryStatus(campaign: welcome, member: "2") == "left_register")
        #expect(try fixture.entryStatus(campaign: dues, member: "1") == "open")
        #expect(try fixture.entryStatus(campaign: dues, member: "3") == "open")

        let back = try ImportFixture.run(fixture.store, [(member("1"), .unpaid), (member("2"), .unpaid)])
        #expect(back.returned == 1 && back.updated == 1)
        #expect(try fixture.store.member(number: "2")?.leftRegisterAt == nil)
    }

    @Test func aFileWithoutBranchesCoversEveryMember() throws {
        try ImportFixture.run(fixture.store, [(member("1"), nil), (member("2", branch: "Balsfjord"), nil), (member("3", branch: nil), nil)])
        let summary = try ImportFixture.run(fixture.store, [(member("1", branch: nil), nil)], year: nil, allBranches: true)
        #expect(summary.leftRegister == 2)
        #expect(try fixture.store.statusSummary().members == 1)
    }

    @Test func aPhoneChangeClearsTheWrongNumberFlagAndARewrittenSameNumberDoesNot() throws {
        try ImportFixture.run(fixture.store, [(member("1", phone: "41234567"), nil), (member("2", phone: "41234568"), nil)])
        let database = try Database(path: fixture.path)
        try database.run("UPDATE members SET phone_wrong = 1")
        let summary = try ImportFixture.run(fixture.store, [
            (member("1", phone: "99887766"), nil), (member("2", phone: "+47 412 34 568"), nil),
        ])
        #expect(summary.updated == 2)
        #expect(try fixture.store.member(number: "1")?.phoneWrong == false)
        #expect(try fixture.store.member(number: "1")?.record.phone?.e164 == "+4799887766")
        #expect(try fixture.store.member(number: "2")?.phoneWrong == true)
        #expect(try fixture.store.member(number: "2")?.record.phone?.raw == "+47 412 34 568")
    }

    @Test func detailsWhoseColumnIsMissingFromTheFileAreKept() throws {
        let full = ImportFixture.member("1", "Kari", "Nordmann", phone: "41234567", email: "kari@example.no", joined: "2018-01-05")
        try ImportFixture.run(fixture.store, [(full, .unpaid)])
        let plan = ImportPlan(mode: .unpaidList, year: 2018, coversAllBranches: true, fields: [], source: "list.csv")
        let summary = try fixture.store.importRegister(plan) { session in
            try session.add(ImportFixture.member("1", "Kari", "Nordmann", branch: nil), dues: nil, row: 2)
        }
        #expect(summary.unchanged == 1)
        #expect(try fixture.store.member(number: "1")?.record == full)
    }

    @Test func importingTheSameFileTwiceChangesNothingButTheAuditLog() throws {
        let rows: [(MemberRecord, DuesStatus?)] = [
            (member("1", email: "kari@example.no"), .unpaid), (member("2", "Ola", phone: "abc"), .paid),
            (member("3", branch: "Balsfjord"), .waived),
        ]
        try ImportFixture.run(fixture.store, rows)
        let before = try fixture.dump()
        let again = try ImportFixture.run(fixture.store, rows)
        #expect((again.new, again.updated, again.unchanged, again.newlyPaid, again.leftRegister) == (0, 0, 3, 0, 0))
        #expect(try fixture.dump() == before)
        #expect(try fixture.auditActions().count == 2)
    }

    @Test func aDryRunReportsTheSameSummaryAndWritesNothing() throws {
        try ImportFixture.run(fixture.store, [(member("1"), .unpaid), (member("2"), .unpaid)])
        let before = try fixture.dump()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let rows: [(MemberRecord, DuesStatus?)] = [(member("1", "Karin"), .paid), (member("5"), .unpaid)]
        let dry = try ImportFixture.run(fixture.store, rows, dryRun: true)
        #expect(dry.dryRun && dry.new == 1 && dry.updated == 1 && dry.newlyPaid == 1 && dry.leftRegister == 1)
        #expect(try fixture.dump() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == bytes)
        #expect(try fixture.auditActions() == ["import_register"])
        var real = try ImportFixture.run(fixture.store, rows)
        real.dryRun = true
        #expect(real == dry)
    }

    @Test func aDuplicateMemberNumberNamesBothRowsAndRollsBack() throws {
        try ImportFixture.run(fixture.store, [(member("1"), .unpaid)])
        let before = try fixture.dump()
        #expect(throws: DuplicateMemberNumber(memberNumber: "7", firstRow: 3, row: 5)) {
            try ImportFixture.run(fixture.store, [(member("1"), .paid), (member("7"), nil), (member("8"), nil), (member("7"), nil)])
        }
        #expect(try fixture.dump() == before)
    }

    @Test func aDuplicateMemberNumberInTheFirstImportNamesBothRowsAndWritesNothing() throws {
        let before = try fixture.dump()
        #expect(throws: DuplicateMemberNumber(memberNumber: "7", firstRow: 3, row: 5)) {
            try ImportFixture.run(fixture.store, [(member("1"), .paid), (member("7"), nil), (member("8"), nil), (member("7"), nil)])
        }
        #expect(try fixture.dump() == before)
    }

    @Test func aFirstImportNamesADuplicateWithinABatchAndAcrossBatches() throws {
        let members = (1...300).map { (member(String($0)), DuesStatus?.some(.unpaid)) }
        for (number, index) in [(10, 150), (200, 210), (299, 300)] {
            var rows = members
            rows.insert((member(String(number)), nil), at: index)
            #expect(throws: DuplicateMemberNumber(memberNumber: String(number), firstRow: number + 1, row: index + 2)) {
                try ImportFixture.run(fixture.store, rows)
            }
        }
        #expect(try fixture.store.statusSummary().members == 0)
    }

    @Test func aFirstImportGivesEveryMemberTheirOwnPaymentStatus() throws {
        let marks: [DuesStatus?] = [.paid, .unpaid, nil]
        let members = (1...1_000).map { (member(String($0)), marks[$0 % 3]) }
        let summary = try ImportFixture.run(fixture.store, members)
        #expect((summary.new, summary.paidInFile, summary.unpaidInFile) == (1_000, 333, 334))
        let stored = try fixture.store.database.fetchAll(
            "SELECT m.member_number, d.status FROM members m LEFT JOIN dues d ON d.member_id = m.id AND d.year = 2018") {
            (Int($0[0] as String)!, $0[1] as String?)
        }
        #expect(stored.count == 1_000)
        #expect(stored.allSatisfy { number, status in status == marks[number % 3]?.rawValue })
    }

    @Test func anImportWithNoMembersIsRefused() throws {
        try ImportFixture.run(fixture.store, [(member("1"), .unpaid)])
        #expect(throws: StoreError.self) { try ImportFixture.run(fixture.store, []) }
        #expect(try fixture.store.statusSummary().members == 1)
    }

    @Test func anUnpaidListMarksEveryoneInItUnpaidAndThoseMissingPaidSince() throws {
        try ImportFixture.run(fixture.store, [
            (member("1"), .unpaid), (member("2"), .unpaid), (member("3"), .unpaid), (member("4"), .paid),
            (member("9", branch: "Balsfjord"), .unpaid),
        ])
        let autumn = try fixture.campaign("Høst 2018", year: 2018, members: ["1", "2", "3", "9"])
        let old = try fixture.campaign("Høst 2017", year: 2017, members: ["2"])
        try fixture.logCall(campaign: autumn, member: "2", outcome: "will_pay", note: "sender ny giro")
        try fixture.logCall(campaign: autumn, member: "3", outcome: "no_answer")

        let later = try fixture.later(by: 3600)
        let summary = try ImportFixture.run(later, [(member("1"), nil), (member("4"), .paid)], mode: .unpaidList)
        #expect(summary.newlyPaid == 2)
        #expect(summary.newlyUnpaid == 1, "member 4 is on the unpaid list")
        #expect(summary.leftRegister == 0)
        #expect((summary.paidMembersOffLists, summary.paidEntriesClosed) == (2, 2))
        #expect(summary.promisedAndPaid == 1)
        #expect(summary.promisedAndPaidMembers == [MemberReference(memberNumber: "2", name: "Kari Nordmann")])
        #expect(try fixture.entryStatus(campaign: autumn, member: "2") == "paid_since")
        #expect(try fixture.entryStatus(campaign: autumn, member: "3") == "paid_since")
        #expect(try fixture.entryStatus(campaign: autumn, member: "1") == "open")
        #expect(try fixture.entryStatus(campaign: autumn, member: "9") == "open", "Balsfjord is not covered by the list")
        #expect(try fixture.entryStatus(campaign: old, member: "2") == "open", "another year's campaign stays")
        let two = try #require(try later.memberProfile(number: "2"))
        #expect(two.dues.first?.status == .paid && two.dues.first?.source == .unpaidList)
        #expect(try later.memberProfile(number: "4")?.dues.first?.status == .unpaid)
        #expect(try later.member(number: "2")?.leftRegisterAt == nil)
        #expect(try later.auditLog().first?.counts["newly_paid"] == 2)

        let again = try ImportFixture.run(later, [(member("1"), nil), (member("4"), nil)], mode: .unpaidList)
        #expect((again.newlyPaid, again.newlyUnpaid, again.unchanged) == (0, 0, 2))
    }

    @Test func aRegisterPaymentClosesOpenDuesEntriesAndCountsWillPay() throws {
        try ImportFixture.run(fixture.store, [(member("1"), .unpaid), (member("2"), .unpaid)])
        let autumn = try fixture.campaign("Høst 2018", year: 2018, members: ["1", "2"])
        try fixture.logCall(campaign: autumn, member: "1", outcome: "will_pay")
        let summary = try ImportFixture.run(fixture.store, [(member("1"), .paid), (member("2"), .unpaid)])
        #expect((summary.newlyPaid, summary.paidMembersOffLists, summary.promisedAndPaid) == (1, 1, 1))
        #expect(try fixture.entryStatus(campaign: autumn, member: "1") == "paid_since")
        #expect(try fixture.entryStatus(campaign: autumn, member: "2") == "open")
    }

    @Test func anUnpaidListNeedsAYear() {
        #expect(throws: StoreError.self) {
            try ImportFixture.run(fixture.store, [(member("1"), nil)], mode: .unpaidList, year: nil)
        }
    }

    @Test func aThousandMembersImportAndReimportQuickly() throws {
        let rows: [(MemberRecord, DuesStatus?)] = (1...1000).map {
            (member(String($0), "Navn\($0)", phone: String(40_000_000 + $0)), $0 % 3 == 0 ? .paid : .unpaid)
        }
        let first = try ImportFixture.run(fixture.store, rows)
        #expect(first.new == 1000 && first.paidInFile == 333)
        let second = try ImportFixture.run(fixture.store, rows)
        #expect(second.unchanged == 1000)
    }
}
