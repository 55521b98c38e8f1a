import Foundation
import TestSupport
import Testing

/// The test helper that runs the binary must not hang on a child that talks a lot.
@Suite struct DuesBinaryTests {
    /// `dues call --plain` answers each line before it reads the next: with more input than a pipe holds and more
    /// output than one holds, writing all input before reading any output would block both processes for ever.
    @Test(.timeLimit(.minutes(1)))
    func runFeedsInputWhileItReadsOutput() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: 1, callers: 1)
        let lines = 40_000
        let input = String(repeating: "?\n", count: lines) + "q\n"
        #expect(input.utf8.count > 65_536, "more input than a pipe holds")
        let run = try DuesBinary.run(["call", "K", "--caller", "Caller 1", "--plain", "--db", db], in: folder.url, input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.utf8.count > 65_536, "more output than a pipe holds")
        #expect(run.stdout.components(separatedBy: "Help").count - 1 >= lines / 2, "every help request answered")
    }
}
