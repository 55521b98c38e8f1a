import Foundation
import SQLite
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

    /// The number of a member open on `caller`'s part of the demo's dues list, looked up in the data the scenario made.
    func memberOnList(of caller: String) throws -> String {
        let number = try Database(path: db).fetchOne("""
            SELECT m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id
            JOIN campaigns c ON c.id = e.campaign_id JOIN callers k ON k.id = e.caller_id
            WHERE c.name = ? AND k.name = ? AND e.status = 'open' ORDER BY m.member_number LIMIT 1
            """, [duesCampaign, caller]) { $0[0] as String }
        guard let number else { throw ScenarioError(message: "no open member on \(caller)'s list") }
        return number
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
