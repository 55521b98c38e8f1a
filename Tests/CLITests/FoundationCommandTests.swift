import Foundation
import TestSupport
import Testing

@Suite struct FoundationCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @Test func demoThenStatusAndDoctorEndToEnd() throws {
        let demo = try DuesBinary.run(["demo"], in: folder.url)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("2082 members in 21 branches"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("dues.sqlite"))[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        let status = try DuesBinary.run(["status", "--format", "json"], in: folder.url)
        #expect(status.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect(json?["members"] as? Int == 2_082)
        #expect(json?["demo"] as? Bool == true)

        let table = try DuesBinary.run(["status", "--lang", "nb"], in: folder.url)
        #expect(table.stdout.contains("DEMODATA"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let doctor = try DuesBinary.run(["doctor"], in: folder.url)
        #expect(doctor.status == 0, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("All good."))
    }

    @Test func demoRefusesToOverwriteAndForceReplacesOnlyADemo() throws {
        #expect(try DuesBinary.run(["demo"], in: folder.url).status == 0)
        let again = try DuesBinary.run(["demo"], in: folder.url)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        #expect(try DuesBinary.run(["demo", "--force"], in: folder.url).status == 0)

        #expect(try DuesBinary.run(["init", "--db", "real.sqlite"], in: folder.url).status == 0)
        let forced = try DuesBinary.run(["demo", "--db", "real.sqlite", "--force"], in: folder.url)
        #expect(forced.status != 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("real.sqlite")))
    }

    @Test func commandsWithoutADatabaseSaySoAndCreateNothing() throws {
        let status = try DuesBinary.run(["status"], in: folder.url)
        #expect(status.status == 1)
        #expect(status.stderr.contains("no database at dues.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("dues.sqlite")))
    }

    @Test func theDatabaseCanComeFromTheEnvironment() throws {
        let env = ["DUES_DB": folder.path("env.sqlite")]
        #expect(try DuesBinary.run(["init"], in: folder.url, environment: env).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("env.sqlite")))
        #expect(try DuesBinary.run(["status"], in: folder.url, environment: env).status == 0)
    }

    @Test func doctorFailsOnADamagedDatabase() throws {
        #expect(try DuesBinary.run(["demo"], in: folder.url).status == 0)
        let handle = try FileHandle(forUpdating: folder.url.appending(path: "dues.sqlite"))
        try handle.seek(toOffset: 40_960)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 8_192))
        try handle.close()
        let doctor = try DuesBinary.run(["doctor"], in: folder.url)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("FAIL"))
    }

    @Test func versionNamesTheSchema() throws {
        let version = try DuesBinary.run(["--version"], in: folder.url)
        #expect(version.stdout.hasPrefix("dues "))
        #expect(version.stdout.contains("schema"))
    }
}
