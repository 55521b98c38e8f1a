import Foundation
import TestSupport

/// A temporary folder with a demo database in it (its campaigns are open around the clock), and a way to run
/// `dues` against it.
final class Scenario: @unchecked Sendable {
    let folder: TemporaryFolder
    let db: String

    init(demo: Bool = true) throws {
        folder = try TemporaryFolder()
        db = folder.path("dues.sqlite")
        if demo {
            let made = try DuesBinary.run(["demo", "--lang", "en", "--db", db], in: folder.url)
            guard made.status == 0 else { throw ScenarioError(message: "dues demo failed: \(made.stderr)") }
        }
    }

    /// Runs `dues arguments --db DB --lang en`.
    @discardableResult
    func dues(_ arguments: [String], input: String = "") throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--db", db, "--lang", "en"], in: folder.url, input: input)
    }

    /// Starts `dues arguments --db DB --lang en` without waiting for it.
    func start(_ arguments: [String], db path: String? = nil) throws -> DuesBinary.Running {
        try DuesBinary.start(arguments + ["--db", path ?? db, "--lang", "en"], in: folder.url)
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { folder.path(name) }

    /// Copies the database file (which must have no WAL) to `name` and returns the copy's path.
    func copyDatabase(to name: String) throws -> String {
        let copy = path(name)
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        return copy
    }
}

struct ScenarioError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension DuesBinary.Result {
    /// Standard error's non-empty lines.
    var errorLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }

    /// Whether the process ended the way a Swift runtime trap or a crash ends one.
    /// dues exits 0, 1 or 64 (a usage error); any other status is a signal's number.
    var crashed: Bool {
        ![0, 1, 64].contains(status) || stderr.contains("Fatal error") || stderr.contains("crashed")
            || stderr.contains("Backtrace") || stderr.contains("precondition")
    }
}
