import Foundation
import SQLite
import TestSupport
import Testing

/// `dues restore` takes a backup from outside: it is checked as if an attacker wrote it.
@Suite struct RestoreCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let result = try DuesBinary.run(["demo"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try DuesBinary.run(["backup", "backup.sqlite"], in: folder.url).status == 0)
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.url.appending(path: name))
    }

    @Test func aBackupWithAnAddedTriggerIsRefusedByRestoreAndDoctor() throws {
        try Database(path: folder.path("backup.sqlite")).execute(
            "CREATE TRIGGER trap AFTER INSERT ON call_log BEGIN DELETE FROM members; END")
        let live = try bytes("dues.sqlite")
        let restore = try DuesBinary.run(["restore", "backup.sqlite"], in: folder.url)
        #expect(restore.status == 1)
        #expect(restore.stderr.contains("backup.sqlite was changed outside dues (it has an extra trigger trap)"), "\(restore.stderr)")
        #expect(try bytes("dues.sqlite") == live)
        #expect(!FileManager.default.fileExists(atPath: folder.path("dues.sqlite.before-restore")))

        let norwegian = try DuesBinary.run(["restore", "backup.sqlite", "--lang", "nb"], in: folder.url)
        #expect(norwegian.stderr.contains("backup.sqlite er endret utenfor dues (den har en ekstra trigger trap)"), "\(norwegian.stderr)")

        let doctor = try DuesBinary.run(["doctor", "--db", "backup.sqlite"], in: folder.url)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL schema objects: it has an extra trigger trap"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("All good"))
    }

    @Test func aBackupWithAChangedOrMissingIndexIsRefused() throws {
        let index = try #require(try Database(path: folder.path("backup.sqlite")).fetchOne(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name LIMIT 1") { $0[0] as String })
        try Database(path: folder.path("backup.sqlite")).execute("DROP INDEX \(index)")
        let restore = try DuesBinary.run(["restore", "backup.sqlite"], in: folder.url)
        #expect(restore.status == 1)
        #expect(restore.stderr.contains("its index \(index) is missing"), "\(restore.stderr)")
    }

    @Test func anUntouchedBackupIsRestored() throws {
        let restore = try DuesBinary.run(["restore", "backup.sqlite"], in: folder.url)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(try DuesBinary.run(["doctor"], in: folder.url).stdout.contains("All good."))
    }
}
