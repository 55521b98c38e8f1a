import Foundation
import SQLite
import TestSupport
import Testing

/// `dues call` in plain mode, driven through a pipe.
@Suite struct CallCommandTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("d.sqlite")
    }

    func dues(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--db", db], in: folder.url, input: input, environment: environment)
    }

    func demoCampaign() throws {
        #expect(try dues(["demo"]).status == 0)
        let created = try dues(["campaign", "create", "K", "--kind", "dues", "--hours", "0:00-24:00", "--days", "1234567", "--allow-overlap"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    @Test func plainModeLogsOutcomesWithFollowUpsUndoSkipAndResumes() throws {
        try demoCampaign()
        let lines = [
            "n", "Ring etter jul", "2",
            "3", "tomorrow 18", "",
            "1", "ny@example.no",
            "5", "",
            "4", "u",
            "s",
            "q",
        ]
        let run = try dues(["call", "K", "--caller", "Kari Nordmann", "--plain"], input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(!run.stdout.contains("\u{1B}"), "plain mode writes no escape codes")
        #expect(run.stdout.contains("1 Will pay, 2 Already paid, 3 Call back"))
        #expect(run.stdout.contains("Saved: Already paid."))
        #expect(run.stdout.contains("by sending an email to the membership office at medlemskap@demopartiet.example")
            || run.stdout.contains("medlemskontoret på medlemskap@demopartiet.example"))
        #expect(run.stdout.contains("Undone. You are back with"))
        #expect(run.stdout.contains("Skipped "))

        let calls = try Database(path: db).fetchAll(
            "SELECT outcome, note, email, callback_at IS NOT NULL FROM call_log ORDER BY id"
        ) { (outcome: $0[0] as String, note: $0[1] as String?, email: $0[2] as String?, callback: $0[3] as Bool) }
        #expect(calls.map(\.outcome) == ["paid_already", "callback", "will_pay", "wants_to_resign"])
        #expect(calls[0].note == "Ring etter jul")
        #expect(calls[1].callback)
        #expect(calls[2].email == "ny@example.no")

        let held = try CallTestDatabase.held(at: db, by: "Kari Nordmann")
        #expect(held.count == 1, "quit keeps only the member on screen")
        let again = try dues(["call", "K", "--caller", "kari nordmann", "--plain", "--lang", "nb"], input: "q\n")
        #expect(again.status == 0)
        let firstCard = again.stdout.split(separator: "\n").first { $0.hasPrefix("== ") }
        #expect(firstCard?.contains(held.first?.name ?? "?") == true, "the next session resumes on the held member")
        #expect(again.stdout.contains("1 Vil betale, 2 Har betalt"))
        #expect(again.stdout.contains("Valg: "))
    }

    @Test func theLanguageComesFromLangUnlessTold() throws {
        try CallTestDatabase.create(at: db, members: 3, callers: 1)
        let nb = try dues(["call", "--caller", "Caller 1"], input: "q\n", environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(nb.stdout.contains("Kontingent"))
        let en = try dues(["call", "--caller", "Caller 1", "--lang", "en"], input: "q\n", environment: ["LANG": "nb_NO.UTF-8"])
        #expect(en.stdout.contains("Dues: "))
        #expect(!en.stdout.contains("\u{1B}"), "plain mode is automatic when stdin is not a terminal")
    }

    @Test func outsideCallingHoursIsACalmMessageAndExitZero() throws {
        try demoCampaign()
        var oslo = Calendar(identifier: .gregorian)
        oslo.timeZone = TimeZone(identifier: "Europe/Oslo")!
        let start = (oslo.component(.hour, from: TestClock.now) + 2) % 24
        let hours = "\(start):00-\(start + 1):00"
        #expect(try dues(["campaign", "create", "Later", "--kind", "dues", "--hours", hours, "--days", "1234567"]).status == 0)
        let run = try dues(["call", "Later", "--caller", "Kari Nordmann"], input: "")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("It is outside calling hours for Later now. Calling opens again "))
        #expect(run.stdout.contains(String(format: "%02d:00.", start)))
        #expect(try CallTestDatabase.held(at: db, by: "Kari Nordmann").isEmpty)
    }

    @Test func anEmptyListIsACalmMessageAndExitZero() throws {
        try demoCampaign()
        #expect(try dues(["campaign", "create", "Old", "--kind", "dues", "--year", "1990", "--hours", "0:00-24:00", "--days", "1234567"]).status == 0)
        let run = try dues(["call", "Old", "--caller", "Kari Nordmann", "--lang", "nb"])
        #expect(run.status == 0)
        #expect(run.stdout == "Det er ingen flere å ringe på Old nå. Takk for innsatsen!\n")
    }

    @Test func anUnknownCallerIsAClearError() throws {
        try demoCampaign()
        let run = try dues(["call", "K", "--caller", "Nobody Here"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no caller named Nobody Here"))
    }
}
