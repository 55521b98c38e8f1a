import Foundation
import SQLite
import TestSupport
import Testing

/// What plain mode says and asks, in the order a screen reader reads it.
@Suite struct PlainModeTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: 3, callers: 1)
    }

    func call(_ lines: String...) throws -> DuesBinary.Result {
        let run = try DuesBinary.run(
            ["call", "K", "--caller", "Caller 1", "--plain", "--db", db], in: folder.url,
            input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    func outcomes() throws -> [String] {
        try CallTestDatabase.calls(at: db).map(\.outcome)
    }

    @Test func savedIsSaidBeforeTheNextMembersCard() throws {
        let run = try call("2", "q")
        let lines = run.stdout.components(separatedBy: "\n")
        let saved = try #require(lines.firstIndex { $0.hasPrefix("Saved: Already paid.") })
        let cards = lines.indices.filter { lines[$0].hasPrefix("== ") }
        #expect(cards.count == 2)
        #expect(cards[0] < saved && saved < cards[1], "Saved comes between the member it is about and the next one")
        #expect(run.stdout.components(separatedBy: "Saved: ").count == 2, "said once")
    }

    @Test func aCallbackTimeIsShownAsItWillBeSavedBeforeItIsSaved() throws {
        let run = try call("3", "i morgen 18", "", "q")
        let saved = try #require(try CallTestDatabase.calls(at: db).first)
        #expect(saved.outcome == "callback")
        let at: Date = try #require(try Database(path: db).fetchOne("SELECT callback_at FROM call_log") { $0[0] as Date? } ?? nil)
        var oslo = Calendar(identifier: .gregorian)
        oslo.timeZone = TimeZone(identifier: "Europe/Oslo")!
        let time = String(format: "%02d:%02d", oslo.component(.hour, from: at), oslo.component(.minute, from: at))
        #expect(time == "18:00")
        let echo = try #require(run.stdout.components(separatedBy: "\n").first { $0.contains("Saved as ") })
        #expect(echo.contains(time) && echo.contains("\(oslo.component(.day, from: at))"), "\(echo)")
        #expect(run.stdout.range(of: "Saved as ")!.lowerBound < run.stdout.range(of: "Saved: Call back")!.lowerBound)
    }

    /// A callback asked for on a day the campaign does not call is saved for the next opening; the time shown
    /// before saving and in the confirmation is that saved time, not the one typed.
    @Test func theCallbackPreviewIsTheTimeSavedAndTheConfirmationSaysIt() throws {
        var oslo = Calendar(identifier: .gregorian)
        oslo.timeZone = TimeZone(identifier: "Europe/Oslo")!
        let tomorrow = oslo.date(byAdding: .day, value: 1, to: TestClock.now)!
        let skipped = (oslo.component(.weekday, from: tomorrow) + 5) % 7 + 1
        let days = "1234567".filter { $0 != Character(String(skipped)) }
        let created = try DuesBinary.run(
            ["campaign", "create", "K2", "--kind", "dues", "--hours", "0:00-24:00", "--days", days, "--allow-overlap", "--db", db], in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
        let run = try DuesBinary.run(
            ["call", "K2", "--caller", "Caller 1", "--plain", "--db", db], in: folder.url, input: "3\ntomorrow 12\n\nq\n")
        let at: Date = try #require(try Database(path: db).fetchOne("SELECT callback_at FROM call_log") { $0[0] as Date? } ?? nil)
        let dayAfter = oslo.startOfDay(for: oslo.date(byAdding: .day, value: 2, to: TestClock.now)!)
        #expect(at == dayAfter, "saved for the next calling day's opening")
        let preview = try #require(run.stdout.components(separatedBy: "\n").first { $0.hasPrefix("tomorrow 12 → ") })
        let shown = String(preview.dropFirst("tomorrow 12 → ".count))
        #expect(shown.hasSuffix(" 00:00") && shown.contains(" \(oslo.component(.day, from: dayAfter)) "), "\(shown)")
        #expect(run.stdout.contains("Saved: Call back, \(shown)."), "\(run.stdout)")
    }

    @Test func doNotCallIsSavedOnlyAfterAYes() throws {
        let refused = try call("0", "n", "q")
        #expect(refused.stdout.contains("will not be called again in any campaign. (y/n)"))
        #expect(refused.stdout.contains("Not saved."))
        #expect(try outcomes().isEmpty)
        _ = try call("0", "y", "q")
        #expect(try outcomes() == ["do_not_call"])
    }

    @Test func theSameOutcomeTwiceInARowIsAskedAbout() throws {
        let run = try call("4", "4", "n", "4", "yes", "q")
        #expect(run.stdout.contains("again, now for "), "\(run.stdout)")
        #expect(try outcomes() == ["declined", "declined"])
    }

    @Test func helpListsWhatToTypeInPlainMode() throws {
        let run = try call("?", "", "q")
        #expect(run.stdout.contains("  cancel: cancel what you are doing"))
        #expect(!run.stdout.contains("PgUp") && !run.stdout.contains("Esc"), "no full-screen keys")
    }
}
