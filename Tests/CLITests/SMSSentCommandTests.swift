import Foundation
import SQLite
import TestSupport
import Testing

/// The caller confirms on the SMS code that the text was sent; the call keeps it through `members show`, `report`,
/// `dues log --sms-sent` and a call pack's round trip.
@Suite struct SMSSentCommandTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("dues.sqlite")
        try CallTestDatabase.create(at: db, members: 2, callers: 1)
    }

    func dues(_ arguments: String...) throws -> DuesBinary.Result {
        let result = try DuesBinary.run(arguments + ["--db", db], in: folder.url)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    /// The calls of member `number` as `members show --format json` gives them.
    func calls(of number: String) throws -> [[String: Any]] {
        let json = try dues("members", "show", number, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        return try #require(object["calls"] as? [[String: Any]])
    }

    /// The campaign report's JSON.
    func report() throws -> [String: Any] {
        let json = try dues("report", "K", "--format", "json")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    }

    @Test func theConfirmedSMSIsShownAndCountedAfterThePlainCall() throws {
        let session = try DuesBinary.run(
            ["call", "K", "--caller", "Caller 1", "--plain", "--db", db], in: folder.url, input: "t\nx\n6\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Scan with your phone to text"))
        #expect(session.stdout.contains("Sent it? Type x and press Enter"))
        #expect(session.stdout.contains("The SMS is noted as sent and saved with the outcome."))
        let logged = try CallTestDatabase.calls(at: db)
        #expect(logged.map(\.outcome) == ["no_answer"])
        let number = try #require(logged.first?.number)

        let calls = try calls(of: number)
        let iso = ISO8601DateFormatter()
        func moment(_ key: String) -> Date? { (calls.first?[key] as? String).flatMap { iso.date(from: $0) } }
        let sent = try #require(moment("sms_sent_at"), "\(calls)")
        let called = try #require(moment("called_at"))
        #expect((0...5).contains(called.timeIntervalSince(sent)), "confirmed just before the call was logged")
        let table = try dues("members", "show", number)
        #expect(table.stdout.contains("✓ SMS sent"), "\(table.stdout)")
        #expect(try dues("members", "show", number, "--lang", "nb").stdout.contains("✓ SMS sendt"))

        #expect(try report()["smsSent"] as? Int == 1)
        #expect(try dues("report", "K").stdout.split(separator: "\n").contains { $0.contains("SMS sent") && $0.contains("1 (") })
        #expect(try dues("report", "K", "--lang", "nb").stdout.contains("SMS sendt"))
        #expect(htmlTableRows(try dues("report", "K", "--format", "html").stdout).contains(["SMS sent", "1 (50.0%)"]))
        #expect(htmlTableRows(try dues("report", "K", "--format", "html", "--lang", "nb").stdout).contains(["SMS sendt", "1 (50,0 %)"]))
    }

    @Test func withoutTheConfirmationNothingIsRecorded() throws {
        let session = try DuesBinary.run(
            ["call", "K", "--caller", "Caller 1", "--plain", "--db", db], in: folder.url, input: "t\n\n6\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        let number = try #require(try CallTestDatabase.calls(at: db).first?.number)
        #expect(try calls(of: number).first?["sms_sent_at"] is NSNull)
        #expect(try report()["smsSent"] as? Int == 0)
    }

    @Test func aPaperCallCanSayTheSMSWasSent() throws {
        _ = try dues("log", "1001", "--campaign", "K", "--caller", "Caller 1", "--outcome", "no_answer", "--sms-sent",
                     "--at", "i dag 00:00")
        let call = try #require(try calls(of: "1001").first)
        #expect(call["sms_sent_at"] as? String == call["called_at"] as? String, "sent at the time the call was made")
        #expect(try report()["smsSent"] as? Int == 1)
    }

    @Test func aPackCarriesTheConfirmationHomeAndBack() throws {
        let home = try TemporaryFolder()
        _ = try dues("split", "K", "--callers", "Caller 1")
        _ = try dues("pack", "export", "K", "--caller", "Caller 1", "-o", "c1.duespack", "--plain")
        try FileManager.default.moveItem(atPath: folder.path("c1.duespack"), toPath: home.path("c1.duespack"))
        let session = try DuesBinary.run(["call", "--pack", "c1.duespack", "--plain"], in: home.url, input: "t\nx\n6\n8\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        try FileManager.default.moveItem(atPath: home.path("c1.duespack"), toPath: folder.path("back.duespack"))
        let merged = try dues("pack", "import", "back.duespack")
        #expect(merged.stdout.contains("2 calls merged"), "\(merged.stdout)")

        let calls = try Database(path: db).fetchAll("""
            SELECT m.member_number, c.sms_sent_at IS NOT NULL FROM call_log c
            JOIN call_list_entries e ON e.id = c.entry_id JOIN members m ON m.id = e.member_id ORDER BY c.id
            """) { ($0[0] as String, $0[1] as Bool) }
        #expect(calls.map(\.1) == [true, false], "only the first member was texted")
        #expect(try self.calls(of: calls[0].0).first?["sms_sent_at"] is String)
        #expect(try report()["smsSent"] as? Int == 1)
    }
}

/// On a welcome call the confirmation ticks `sent_sms` on the checklist of the `welcomed` call.
@Suite struct WelcomeSMSSentTests {
    @Test func theWelcomedChecklistHasItTickedFromTheScreenAndFromPaper() throws {
        let folder = try TemporaryFolder()
        func dues(_ arguments: String..., input: String = "") throws -> DuesBinary.Result {
            let result = try DuesBinary.run(arguments, in: folder.url, input: input)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }
        _ = try dues("demo")
        _ = try dues("campaign", "create", "W", "--kind", "welcome", "--hours", "0:00-24:00", "--days", "1234567",
                     "--allow-overlap", "--meeting", WelcomeFollowThroughCLITests.localTime(days: 7))
        _ = try dues("split", "W", "--callers", "Kari Nordmann", "--by", "even")
        // Landlines get no SMS code: skip members until one with a mobile is on screen.
        let running = try DuesBinary.start(["call", "W", "--caller", "Kari Nordmann", "--plain"], in: folder.url)
        func card(_ n: Int) -> String? {
            let deadline = Date() + 20
            while Date() < deadline {
                let cards = running.outputSoFar.components(separatedBy: "\n== ")
                if cards.count > n, cards[n].contains("Choice: ") { return cards[n] }
                Thread.sleep(forTimeInterval: 0.01)
            }
            return nil
        }
        var texted = false
        for n in 1...20 {
            guard let shown = card(n) else { break }
            guard shown.contains("(mobile)") else {
                running.send("s\n")
                continue
            }
            running.send("t\n")
            #expect(running.waitForOutput(containing: "Sent it? Type x"))
            running.send("x\n1\n\n")
            texted = true
            break
        }
        let session = try running.finish(input: "q\n")
        #expect(texted && session.status == 0, "\(session.stdout) \(session.stderr)")
        #expect(session.stdout.contains("The SMS is noted as sent"), "\(session.stdout)")
        #expect(session.stdout.contains("Saved: Welcomed."))
        let sheet = try dues("sheet", "W", "--caller", "Kari Nordmann", "--format", "csv")
        let paper = String(try #require(sheet.stdout.split(separator: "\r\n").dropFirst().first?.split(separator: ";").first))
        _ = try dues("log", paper, "--campaign", "W", "--caller", "Kari Nordmann", "--outcome", "welcomed", "--sms-sent")

        let json = try dues("report", "W", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["welcomeSteps"] as? [[String: Any]])
        #expect(steps.first { $0["step"] as? String == "sent_sms" }?["members"] as? Int == 2, "\(steps)")
        #expect(object["smsSent"] == nil, "welcome campaigns count it among their steps")
        let shown = try dues("members", "show", paper, "--format", "json")
        let card = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let call = try #require((card["calls"] as? [[String: Any]])?.last)
        #expect(call["checklist"] as? [String] == ["sent_sms"])
        #expect(call["sms_sent_at"] is NSNull, "kept on the checklist, not twice")
    }
}
