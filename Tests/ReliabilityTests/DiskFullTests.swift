import Foundation
import TestSupport
import Testing

/// An import that runs out of room fails with one clear line and leaves the database as it was.
@Suite struct DiskFullTests {
    /// The import needs about 2.5 MB of WAL.
    static let members = 10_000

    /// Imports into `db` with `run`, then checks the failure, its one line, and that nothing changed: not the content,
    /// and not a byte of the main file (of an empty register's, none besides the header's change counter, which a
    /// first import's switch to a rollback journal and back counts).
    func importFails(
        into db: String, of register: Register, in scenario: Scenario, saying message: String,
        run: ([String]) throws -> DuesBinary.Result
    ) throws {
        let file = scenario.path("register.csv")
        try SyntheticRegister.write(members: Self.members, to: file)
        let bytes = register == .demo ? FileFacts.bytes : DatabaseHeader.bytesBesidesChangeCounter
        let original = bytes(db)
        let before = try DatabaseFingerprint.contentHash(of: db)

        let result = try run(["import", file, "--db", db, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1 && result.stderr.hasPrefix("Error: " + message), "one clear line: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(bytes(db) == original, "the main file is byte-identical")
        #expect(try DatabaseFingerprint.contentHash(of: db) == before)
        #expect(try DatabaseFingerprint.integrity(of: db) == ["ok"])
        let doctor = try DuesBinary.run(["doctor", "--db", db], in: scenario.folder.url)
        #expect(doctor.status == 0, "\(doctor.stdout)")
    }

    /// A file-size limit (`ulimit -f`, with SIGXFSZ ignored so the write fails with EFBIG instead of killing dues).
    /// SQLite reports EFBIG as an I/O error, not as SQLITE_FULL.
    /// Into the demo database the WAL grows; into an empty one, the main file, through a rollback journal.
    @Test(arguments: [Register.demo, .empty])
    func importPastTheFileSizeLimitFailsCleanly(into register: Register) throws {
        let scenario = try register.scenario()
        try importFails(into: scenario.db, of: register, in: scenario, saying: "could not read or write the database file (disk I/O error)") {
            // 1,024 blocks of 512 bytes (dash) or 1,024 bytes (bash): either way below the WAL the import needs.
            // Only the WAL grows during an import; the limit does not stop reading the larger main file.
            try Shell.run(
                "ulimit -f 1024; trap '' XFSZ; exec \"$0\" \"$@\"", arguments: [DuesBinary.url.path] + $0,
                in: scenario.folder.url)
        }
    }

    /// A real full disk: a 2 MB tmpfs, where the writes to the WAL, or to the main file of an empty register, fail
    /// with ENOSPC.
    @Test(
        .enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root and a mount-capable container"),
        arguments: [Register.demo, .empty])
    func importOntoAFullDiskFailsCleanly(into register: Register) throws {
        let scenario = try register.scenario()
        let disk = try SmallDisk(at: scenario.path("small-disk"), megabytes: 2)
        defer { disk.unmount() }
        let db = disk.path + "/dues.sqlite"
        try FileManager.default.copyItem(atPath: scenario.db, toPath: db)
        let full = "the disk is full or the database has reached its size limit; nothing was changed"
        try importFails(into: db, of: register, in: scenario, saying: full) { arguments in
            try DuesBinary.run(arguments, in: scenario.folder.url)
        }
    }
}

/// The register an import goes into: the demo's, or an empty one (`dues init`).
enum Register: CustomTestStringConvertible {
    case demo, empty

    func scenario() throws -> Scenario {
        let scenario = try Scenario(demo: self == .demo)
        if self == .empty {
            let made = try scenario.dues(["init"])
            guard made.status == 0 else { throw ScenarioError(message: "dues init failed: \(made.stderr)") }
        }
        return scenario
    }

    var testDescription: String { self == .demo ? "the demo register" : "an empty register" }
}

/// Runs `/bin/sh -c script` with positional `arguments` (`$0` first).
enum Shell {
    static func run(_ script: String, arguments: [String], in directory: URL) throws -> DuesBinary.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        process.environment = DuesBinary.environment()
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ReadInBackground(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return DuesBinary.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// Runs a command and returns its exit status (output discarded).
    static func status(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A small tmpfs mounted for one test.
struct SmallDisk {
    let path: String

    init(at path: String, megabytes: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Shell.status("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0700", "tmpfs", path]) == 0 else {
            throw ScenarioError(message: "could not mount a tmpfs at \(path)")
        }
        self.path = path
    }

    func unmount() {
        _ = Shell.status("/bin/umount", [path])
    }

    /// Whether this process may mount a tmpfs: root, and a mount that works (a container may forbid it).
    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = FileManager.default.temporaryDirectory.appending(path: "dues-mount-probe-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard let disk = try? SmallDisk(at: probe, megabytes: 1) else { return false }
        disk.unmount()
        return true
    }()
}
