import ArgumentParser
import Foundation
import Storage

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: integrity, foreign keys, WAL mode, file permissions, schema.",
        discussion: """
            Opens the database read-only and changes nothing (not even its journal mode). Exits non-zero when any \
            check fails.
            """)

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        let checks = Store.diagnose(path: options.path)
        for check in checks {
            print("\(check.ok ? "ok  " : "FAIL") \(check.name): \(check.detail)")
        }
        let failures = checks.filter { !$0.ok }.count
        let text = Text(options.language)
        if failures > 0 {
            print(text("\(failures) problem(er) funnet i \(options.path).", "\(failures) problem(s) found in \(options.path)."))
            throw ExitCode(1)
        }
        print(text("Alt i orden.", "All good."))
    }
}
