import Foundation
import Model
import SQLite
import TestSupport
import Testing
@testable import Storage

/// A first import into an empty register writes through a rollback journal when it has the database to itself, and
/// leaves the database in WAL mode whichever way it went.
@Suite struct ImportJournalTests {
    let folder: TemporaryFolder
    let fixture: ImportFixture

    init() throws {
        folder = try TemporaryFolder()
        fixture = try ImportFixture(path: folder.path("dues.sqlite"))
    }

    /// The journal files next to the database while an import is writing its rows.
    struct Journals: Equatable {
        let rollback: Bool
        let wal: Bool
    }

    /// Imports `count` members from `first` on, and says which journal files exist once the first batches are written.
    func importMembers(_ first: Int, count: Int, dryRun: Bool = false) throws -> (ImportSummary, Journals) {
        var seen: Journals?
        let plan = ImportPlan(mode: .register, year: 2018, coversAllBranches: false, source: "register.csv", dryRun: dryRun)
        let summary = try fixture.store.importRegister(plan) { session in
            for offset in 0..<count {
                let number = first + offset
                try session.add(ImportFixture.member(String(number), "Kari", "Hætta", phone: "4\(10_000_000 + number)"), dues: .unpaid, row: offset + 2)
                if offset == count - 1 {
                    seen = Journals(
                        rollback: FileManager.default.fileExists(atPath: fixture.path + "-journal"),
                        wal: FileManager.default.fileExists(atPath: fixture.path + "-wal"))
                }
            }
        }
        return (summary, try #require(seen))
    }

    @Test func aFirstImportAloneWritesThroughARollbackJournalAndEndsInWALMode() throws {
        let (summary, journals) = try importMembers(1, count: 500)
        #expect(summary.new == 500)
        #expect(journals == Journals(rollback: true, wal: false))
        #expect(DatabaseHeader.saysWAL(fixture.path))
        #expect(!FileManager.default.fileExists(atPath: fixture.path + "-journal"))
        let database = try Database(path: fixture.path)
        #expect(try database.fetchOne("SELECT count(*) FROM members") { $0[0] as Int } == 500)
        #expect(try database.fetchOne("PRAGMA integrity_check") { $0[0] as String } == "ok")
    }

    @Test func withAnotherConnectionOpenTheFirstImportStaysInWALMode() throws {
        let reader = try Database(path: fixture.path)
        #expect(try reader.fetchOne("SELECT count(*) FROM members") { $0[0] as Int } == 0)
        let (summary, journals) = try importMembers(1, count: 500)
        #expect(summary.new == 500)
        #expect(journals == Journals(rollback: false, wal: true))
        #expect(DatabaseHeader.saysWAL(fixture.path))
        #expect(try reader.fetchOne("SELECT count(*) FROM members") { $0[0] as Int } == 500)
    }

    @Test func laterImportsAndDryRunsUseTheWAL() throws {
        let (_, dryRun) = try importMembers(1, count: 500, dryRun: true)
        #expect(dryRun == Journals(rollback: false, wal: true))
        _ = try importMembers(1, count: 500)
        let (summary, again) = try importMembers(1, count: 600)
        #expect(summary.new == 100)
        #expect(again == Journals(rollback: false, wal: true))
        #expect(DatabaseHeader.saysWAL(fixture.path))
    }
}
