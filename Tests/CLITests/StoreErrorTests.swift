import Foundation
import TestSupport
import Testing

/// Storage reports the database engine's failures in its own words, in the chosen language.
@Suite struct StoreErrorTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo"], in: folder.url)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    /// Runs `dues` under a file size limit of 1,024 blocks (SIGXFSZ ignored, so a write past it fails with EFBIG,
    /// which SQLite reports as an I/O error): the first write to the WAL of a `caller add` fails.
    func runPastAFileSizeLimit(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 1; trap '' XFSZ; exec \"$0\" \"$@\"", DuesBinary.url.path] + arguments
        process.currentDirectoryURL = folder.url
        process.environment = DuesBinary.environment()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = ReadInBackground(errors.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr.data, as: UTF8.self))
    }

    @Test func aFailedWriteIsExplainedInBokmal() throws {
        let result = try runPastAFileSizeLimit(["caller", "add", "Kari Nordmann", "--lang", "nb"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("kunne ikke lese eller skrive databasefila"), "\(result.stderr)")
        #expect(!result.stderr.contains("SQLite"))
    }

    @Test func aFailedWriteIsExplainedInEnglish() throws {
        let result = try runPastAFileSizeLimit(["caller", "add", "Kari Nordmann", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not read or write the database file"), "\(result.stderr)")
    }
}

extension StoreErrorTests {
    @Test func storageMessagesAreInBokmalToo() throws {
        let missing = try DuesBinary.run(["campaign", "show", "Vinter", "--lang", "nb"], in: folder.url)
        #expect(missing.stderr == "Feil: kampanjen Vinter finnes ikke\n")
        let english = try DuesBinary.run(["campaign", "show", "Vinter", "--lang", "en"], in: folder.url)
        #expect(english.stderr == "Error: no campaign named Vinter\n")
        let none = try DuesBinary.run(["status", "--db", "none.sqlite", "--lang", "nb"], in: folder.url)
        #expect(none.stderr.hasPrefix("Feil: ingen database i none.sqlite"))
    }
}
