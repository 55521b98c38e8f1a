import Foundation
import TestSupport
import Testing

/// Copies of member data a killed dues left behind are removed at the next run; purge leaves no copy behind.
@Suite struct LeftoverTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        for arguments in [["init", "--organisation", "Testpartiet", "--office-email", "medlem@test.example"], ["backup", "backup.sqlite"]] {
            let result = try DuesBinary.run(arguments, in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// The id of a process that has ended.
    func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.path(name))
    }

    func place(_ name: String, daysOld: Double = 0) throws {
        try FileManager.default.copyItem(atPath: folder.path("backup.sqlite"), toPath: folder.path(name))
        let date = Date(timeIntervalSinceNow: -daysOld * 86_400)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: folder.path(name))
    }

    @Test func aKilledRestoresCopiesOfThisDatabaseAreRemovedWhenTheirProcessIsGone() throws {
        let dead = try deadProcess(), alive = getpid()
        let killed = ".dues.sqlite.dues-restore-\(dead)-A.sqlite"
        try place(killed)
        FileManager.default.createFile(atPath: folder.path(killed + "-wal"), contents: Data([1]))
        let running = ".dues.sqlite.dues-restore-\(alive)-B.sqlite"
        let otherDatabase = ".other.sqlite.dues-restore-\(dead)-C.sqlite"
        let oldStyleOld = ".dues-restore-D.sqlite", oldStyleNew = ".dues-restore-E.sqlite"
        try place(running)
        try place(otherDatabase)
        try place(oldStyleOld, daysOld: 2)
        try place(oldStyleNew)

        let status = try DuesBinary.run(["status"], in: folder.url)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(!exists(killed) && !exists(killed + "-wal") && !exists(oldStyleOld))
        #expect(exists(running) && exists(otherDatabase) && exists(oldStyleNew))
    }

    @Test func aKilledPackImportsCopyIsRemovedByTheNextImport() throws {
        let temporary = folder.url.appending(path: "tmp")
        let dead = try deadProcess()
        for name in ["dues-pack-\(dead)-abc", "dues-pack-\(getpid())-def", "dues-pack-0123abcd"] {
            try FileManager.default.createDirectory(at: temporary.appending(path: name), withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: temporary.appending(path: "\(name)/pack.sqlite").path, contents: Data([1]))
        }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -2 * 86_400)], ofItemAtPath: temporary.appending(path: "dues-pack-0123abcd").path)
        let result = try DuesBinary.run(
            ["pack", "import", "missing.duespack"], in: folder.url, environment: ["TMPDIR": temporary.path])
        #expect(result.stderr.contains("no file at missing.duespack"), "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left == ["dues-pack-\(getpid())-def"])
    }

    @Test func purgeDeletesTheCopyKeptBeforeARestore() throws {
        let restore = try DuesBinary.run(["restore", "backup.sqlite"], in: folder.url)
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(exists("dues.sqlite.before-restore"))
        let dryRun = try DuesBinary.run(["purge", "--dry-run"], in: folder.url)
        #expect(dryRun.stdout.contains("Would also delete dues.sqlite.before-restore"), "\(dryRun.stdout)")
        #expect(exists("dues.sqlite.before-restore"))
        let purge = try DuesBinary.run(["purge", "--lang", "nb"], in: folder.url)
        #expect(purge.status == 0, "\(purge.stderr)")
        #expect(purge.stdout.contains("Slettet også dues.sqlite.before-restore"), "\(purge.stdout)")
        #expect(!exists("dues.sqlite.before-restore"))
    }
}
