import Foundation
import SQLite
import TestSupport
import Testing

/// `dues doctor` says it changes nothing: it opens the file read-only.
@Suite struct DoctorCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let result = try DuesBinary.run(["init", "--organisation", "Testpartiet", "--office-email", "medlem@test.example"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func doctorLeavesARollbackJournalDatabaseAsItIsAndSaysSo() throws {
        let path = folder.path("dues.sqlite")
        #expect(try Database(path: path).fetchOne("PRAGMA journal_mode = DELETE") { $0[0] as String } == "delete")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let doctor = try DuesBinary.run(["doctor"], in: folder.url)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL journal_mode: expected wal, got delete"), "\(doctor.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        for suffix in ["-wal", "-shm", "-journal"] {
            #expect(!FileManager.default.fileExists(atPath: path + suffix), "\(suffix)")
        }
    }
}
