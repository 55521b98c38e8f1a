import Foundation
import TestSupport
import Testing

/// Output that cannot be written: a full disk fails loudly, a reader that closed the pipe ends the run quietly.
@Suite struct OutputFailureTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo"], in: folder.url)
        #expect(demo.status == 0, "\(demo.stderr)")
        for step in [
            ["campaign", "create", "Høst", "--kind", "dues", "--allow-overlap"], ["split", "Høst", "--callers", "Kari Nordmann"],
        ] {
            let result = try DuesBinary.run(step, in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    /// Every command and format that writes to standard output.
    static let outputs: [[String]] = [
        ["members", "list"], ["members", "list", "--format", "csv"], ["members", "list", "--format", "json"],
        ["status"], ["status", "--format", "json"], ["campaign", "list"], ["caller", "list"],
        ["report", "Høst"], ["report", "Høst", "--format", "csv"], ["report", "Høst", "--format", "json"],
        ["report", "Høst", "--format", "html"], ["sheet", "Høst", "--caller", "Kari Nordmann"],
        ["sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv"],
        ["sheet", "Høst", "--caller", "Kari Nordmann", "--format", "html"],
        ["followups", "--kind", "payment-info"], ["goals"],
    ]

    /// Runs `dues` with standard output going to `output`; returns how it ended and its standard error.
    func run(_ arguments: [String], stdout output: FileHandle) throws -> (reason: Process.TerminationReason, status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = DuesBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.environment = DuesBinary.environment()
        let errors = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stderr = ReadInBackground(errors.fileHandleForReading)
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, String(decoding: stderr.data, as: UTF8.self))
    }

    @Test(arguments: outputs) func aFullDiskIsOneLineOnStandardErrorAndAFailure(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(arguments, stdout: full)
        #expect(result.reason == .exit, "dues \(arguments.joined(separator: " ")) crashed")
        #expect(result.status == 1, "dues \(arguments.joined(separator: " "))")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("could not write the output"))
    }

    @Test func theFailureIsInTheChosenLanguage() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try run(["status", "--lang", "nb"], stdout: full)
        #expect(result.status == 1)
        #expect(result.stderr.contains("kunne ikke skrive utdata"))
    }

    /// A file that cannot be written whole (past a file size limit of 64 blocks, with SIGXFSZ ignored so the write
    /// fails with EFBIG) is one line on standard error, and neither the file nor its temporary copy is left.
    @Test func aFileThatCannotBeWrittenWholeIsNotLeftBehind() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 64; trap '' XFSZ; exec \"$0\" \"$@\"", DuesBinary.url.path,
                             "sheet", "Høst", "--caller", "Kari Nordmann", "--format", "html", "-o", "sheet.html"]
        process.currentDirectoryURL = folder.url
        process.environment = DuesBinary.environment()
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: ReadInBackground(errors.fileHandleForReading).data, as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.split(separator: "\n").count == 1 && stderr.contains("File too large"), "\(stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path("."))
        #expect(!left.contains { $0.contains("sheet.html") }, "\(left)")
    }

    @Test(arguments: outputs) func aClosedPipeEndsQuietly(_ arguments: [String]) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try run(arguments, stdout: pipe.fileHandleForWriting)
        #expect(result.reason == .exit, "dues \(arguments.joined(separator: " ")) was killed")
        #expect(result.status == 141, "dues \(arguments.joined(separator: " "))")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
