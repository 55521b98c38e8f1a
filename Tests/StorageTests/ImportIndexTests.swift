import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// An import into a small register drops the members' and dues' secondary indexes and builds them again.
@Suite struct ImportIndexTests {
    let folder: TemporaryFolder
    let fixture: ImportFixture

    init() throws {
        folder = try TemporaryFolder()
        fixture = try ImportFixture(path: folder.path("dues.sqlite"))
    }

    /// Every schema object with its SQL, as `PackFile` compares schemas.
    func schema(_ path: String) throws -> [String] {
        try Database(path: path).fetchAll("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name") {
            [$0[0], $0[1], $0[2], $0[3] ?? ""].joined(separator: " | ")
        }
    }

    func members(_ numbers: ClosedRange<Int>) -> [(MemberRecord, DuesStatus?)] {
        numbers.map { number in
            (ImportFixture.member(String(number), "Kari", "Hætta", phone: "4\(10_000_000 + number)".prefix(8).description,
                                  joined: "2020-01-0\(number % 9 + 1)"), number % 2 == 0 ? .paid : .unpaid)
        }
    }

    @Test func theSchemaEndsExactlyAsAFreshOne() throws {
        let fresh = try schema(try ImportFixture(path: folder.path("fresh.sqlite")).path)
        try ImportFixture.run(fixture.store, members(1...50))
        #expect(try schema(fixture.path) == fresh)
        try ImportFixture.run(fixture.store, members(1...60), dryRun: true)
        #expect(try schema(fixture.path) == fresh)
        #expect(throws: DuplicateMemberNumber.self) { try ImportFixture.run(fixture.store, members(1...60) + members(7...7)) }
        #expect(try schema(fixture.path) == fresh)
    }

    @Test func theRebuiltIndexesAreUsedAndHoldEveryRow() throws {
        try ImportFixture.run(fixture.store, members(1...50))
        let database = try Database(path: fixture.path)
        #expect(try database.fetchOne("PRAGMA integrity_check") { $0[0] as String } == "ok")
        let plan = try database.fetchAll("EXPLAIN QUERY PLAN SELECT count(*) FROM dues WHERE year = 2018 AND status = 'paid'") {
            $0[3] as String
        }
        #expect(plan.contains { $0.contains("dues_year_status") })
        #expect(try database.fetchOne("SELECT count(*) FROM dues INDEXED BY dues_year_status WHERE year = 2018 AND status = 'paid'") {
            $0[0] as Int
        } == 25)
        #expect(try database.fetchOne("SELECT count(*) FROM members INDEXED BY members_phone WHERE phone_e164 > '+47'") {
            $0[0] as Int
        } == 50)
    }
}
