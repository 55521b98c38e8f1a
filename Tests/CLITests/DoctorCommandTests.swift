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

    /// What a real branch lacks is a note, not a problem with the file; every line reads in the chosen language.
    @Test func doctorNotesUnsetEssentialsAndAYearWithoutADeadlineInEitherLanguage() throws {
        try Data("Medlemsnr;Fornavn;Etternavn;Mobil;Betalt 2018\r\n1;Kari;Nordmann;91000001;Nei\r\n".utf8)
            .write(to: folder.url.appending(path: "register.csv"))
        #expect(try DuesBinary.run(["import", "register.csv"], in: folder.url).status == 0)
        #expect(try DuesBinary.run(["settings", "unset", "office-email"], in: folder.url).status == 0)
        let english = try DuesBinary.run(["doctor", "--lang", "en"], in: folder.url)
        #expect(english.status == 0, "\(english.stdout)")
        #expect(english.stdout.contains("ok   open: opened read-only"))
        #expect(english.stdout.contains("note Not set: office-email"), "\(english.stdout)")
        #expect(english.stdout.contains("note 2018 has 1 unpaid members and no payment deadline"), "\(english.stdout)")
        #expect(english.stdout.hasSuffix("All good.\n"))
        let norwegian = try DuesBinary.run(["doctor", "--lang", "nb"], in: folder.url)
        #expect(norwegian.stdout.contains("ok   open: åpnet bare for lesing"), "\(norwegian.stdout)")
        #expect(norwegian.stdout.contains("NB   Ikke satt: office-email"), "\(norwegian.stdout)")
        #expect(!norwegian.stdout.contains("expected") && !norwegian.stdout.contains("opened"))
        #expect(try DuesBinary.run(["settings", "set", "payment-deadline", "2018", "31.03.2018"], in: folder.url).status == 0)
        #expect(!(try DuesBinary.run(["doctor", "--lang", "en"], in: folder.url).stdout.contains("no payment deadline")))
    }

    func mode(_ name: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: folder.path(name))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aDatabaseOthersCanReadIsUsedWithAWarningAndDoctorFixesIt() throws {
        chmod(folder.path("dues.sqlite"), 0o644)
        FileManager.default.createFile(atPath: folder.path("dues.sqlite.before-restore"), contents: Data([1]), attributes: [.posixPermissions: 0o640])
        let status = try DuesBinary.run(["status"], in: folder.url)
        #expect(status.status == 0)
        #expect(status.stderr.hasPrefix("Warning: others than you can read member data in dues.sqlite (644), "), "\(status.stderr)")
        #expect(status.stderr.contains(
            "dues.sqlite.before-restore (640); `dues doctor --fix-permissions` makes the files private (0600)."), "\(status.stderr)")
        let norwegian = try DuesBinary.run(["settings", "--lang", "nb"], in: folder.url)
        #expect(norwegian.stderr.contains("Advarsel: andre enn deg kan lese medlemsdata i dues.sqlite (644)"), "\(norwegian.stderr)")

        let doctor = try DuesBinary.run(["doctor"], in: folder.url)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL permissions dues.sqlite: mode 644"), "\(doctor.stdout)")
        #expect(try mode("dues.sqlite") == 0o644)

        let fixed = try DuesBinary.run(["doctor", "--fix-permissions"], in: folder.url)
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(fixed.stdout.contains("dues.sqlite is now private (0600)."))
        #expect(fixed.stdout.contains("All good."))
        #expect(try mode("dues.sqlite") == 0o600)
        #expect(try mode("dues.sqlite.before-restore") == 0o600)
        #expect(try DuesBinary.run(["status"], in: folder.url).stderr.isEmpty)
    }

    @Test func fixPermissionsLeavesAnotherProgramsFileAlone() throws {
        let other = folder.path("other.sqlite")
        try Database(path: other, create: true).execute("CREATE TABLE t (x)")
        chmod(other, 0o644)
        let fixed = try DuesBinary.run(["doctor", "--fix-permissions", "--db", "other.sqlite"], in: folder.url)
        #expect(fixed.status == 1)
        #expect(fixed.stderr.contains("another program's SQLite database"), "\(fixed.stderr)")
        #expect(try mode("other.sqlite") == 0o644)
    }
}
