import Foundation
import SQLite
import Storage
import TestSupport
import Testing

/// `report`, `followups`, `goals`, `purge`, `backup` and `restore` through the built binary, on the demo database.
@Suite struct CoordinatorCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo"], in: folder.url)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    @discardableResult
    func dues(_ arguments: String..., succeeds: Bool = true) throws -> DuesBinary.Result {
        let result = try DuesBinary.run(arguments, in: folder.url)
        #expect((result.status == 0) == succeeds, "dues \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    func mode(_ name: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: folder.path(name))[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// A campaign split between two callers, with three calls logged; returns the members called.
    func campaignWithCalls() throws -> [String] {
        try dues("campaign", "create", "Høst", "--kind", "dues", "--allow-overlap")
        try dues("split", "Høst", "--callers", "Kari Nordmann,Ole Hansen")
        let lines = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }).sheet(campaign: "Høst", caller: "Kari Nordmann").lines
        let members = lines.prefix(3).map(\.member.memberNumber)
        try dues("log", members[0], "--campaign", "Høst", "--caller", "Kari Nordmann", "--outcome", "will_pay", "--email", "ny@example.org")
        try dues("log", members[1], "--campaign", "Høst", "--caller", "Kari Nordmann", "--outcome", "wrong_number", "--note", "=1+1")
        try dues("log", members[2], "--campaign", "Høst", "--caller", "Kari Nordmann", "--outcome", "no_answer")
        return members
    }

    @Test func reportInEveryFormat() throws {
        _ = try campaignWithCalls()
        #expect(try dues("report", succeeds: false).stderr.contains("several campaigns are open"))
        let table = try dues("report", "Høst")
        #expect(table.stdout.contains("On the list"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let json = try dues("report", "Høst", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["calls"] as? Int == 3)
        #expect(object?["reached"] as? Int == 1)
        let byCaller = try dues("report", "Høst", "--by", "caller", "--caller", "Ole Hansen")
        #expect(!byCaller.stdout.contains("Kari Nordmann"))
        let csv = try dues("report", "Høst", "--by", "branch", "--format", "csv")
        #expect(csv.stdout.hasPrefix("\u{FEFF}Branch;"))
        try dues("report", "Høst", "--format", "html", "-o", "report.html")
        #expect(try mode("report.html") == 0o600)
        let html = try String(contentsOfFile: folder.path("report.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        let again = try dues("report", "Høst", "--format", "html", "-o", "report.html", succeeds: false)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func followUpsExportAndMarkDone() throws {
        let members = try campaignWithCalls()
        let queue = try dues("followups", "--kind", "payment-info")
        #expect(queue.stdout.contains(members[0]))
        #expect(queue.stdout.contains("ny@example.org"))
        try dues("followups", "Høst", "--kind", "wrong-number", "--format", "csv", "-o", "wrong.csv")
        #expect(try mode("wrong.csv") == 0o600)
        #expect(try String(contentsOfFile: folder.path("wrong.csv"), encoding: .utf8).contains("'=1+1"))
        try dues("followups", "--kind", "payment-info", "--format", "xlsx", "-o", "pay.xlsx")
        #expect(try mode("pay.xlsx") == 0o600)
        try dues("followups", "--kind", "payment-info", "--format", "xlsx", succeeds: false)
        let done = try dues("followups", "--kind", "payment-info", "--done", members[0])
        #expect(done.stdout.contains("1 marked done"))
        #expect(try dues("followups", "--kind", "payment-info").stdout.contains("The queue is empty."))
        #expect(try dues("followups", "--kind", "payment-info", "--include-done").stdout.contains(members[0]))
        try dues("followups", "--kind", "payment-info", "--done", "no-such-member", succeeds: false)
        let audit = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }).auditLog().map(\.action)
        #expect(audit.filter { $0 == "export_followups" }.count == 2)
    }

    @Test func goalsSetAndShow() throws {
        let year = TestClock.year
        try dues("goals", "set", "Tromsø", "--total", "900", "--by", String(year + 1), "--recruit", "40", "--in", String(year))
        try dues("goals", "set", "Tromsø", "--total", "5", succeeds: false)
        try dues("goals", "set", "Atlantis", "--recruit", "5", "--in", String(year), succeeds: false)
        let json = try dues("goals", "--year", String(year), "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let branches = object?["branches"] as? [[String: Any]] ?? []
        let tromso = branches.first { $0["branch"] as? String == "Tromsø" }
        #expect(branches.count == 21)
        #expect(tromso?["totalGoal"] as? Int == 900)
        #expect(tromso?["recruitGoal"] as? Int == 40)
        let table = try dues("goals", "--lang", "nb")
        #expect(table.stdout.contains("Vår (jan–jun)"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func purgeWarnsCountsAndDeletes() throws {
        try Database(path: folder.path("dues.sqlite")).run(
            "UPDATE members SET left_register_at = 1 WHERE id = (SELECT min(id) FROM members)")
        let status = try dues("status").stdout
        #expect(status.contains("PURGE DUE"))
        #expect(status.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let dryRun = try dues("purge", "--dry-run")
        #expect(dryRun.stdout.hasPrefix("Would delete: 1 members who left"))
        let before = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }).statusSummary()
        #expect(before.leftRegister == 1)
        let purge = try dues("purge")
        #expect(purge.stdout.hasPrefix("Deleted: 1 members who left"))
        #expect(!(try dues("status").stdout.contains("PURGE DUE")))
        #expect(try dues("purge", "--dry-run").stdout.hasPrefix("Would delete: 0 members who left, 0 members"))
        let after = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }).statusSummary()
        #expect(after.leftRegister == 0)
        #expect(after.members == before.members - before.purgeDue.membersLapsed)
        #expect(try dues("doctor").status == 0)
    }

    @Test func backupAndRestore() throws {
        try dues("backup", "copy.sqlite")
        #expect(try mode("copy.sqlite") == 0o600)
        #expect(try dues("backup", "copy.sqlite", succeeds: false).stderr.contains("already exists"))
        try dues("goals", "set", "Tromsø", "--total", "1", "--by", "2999")
        let restored = try dues("restore", "copy.sqlite")
        #expect(restored.stdout.contains("Restored dues.sqlite from copy.sqlite"))
        #expect(try mode("dues.sqlite.before-restore") == 0o600)
        let goals = try dues("goals", "--year", "2999", "--format", "json").stdout
        #expect(!goals.contains("\"totalGoal\" : 1,"))
        #expect(try dues("doctor").status == 0)
        #expect(try dues("restore", "copy.sqlite", succeeds: false).stderr.contains("before-restore already exists"))
        FileManager.default.createFile(atPath: folder.path("junk.sqlite"), contents: Data("not a database".utf8))
        try dues("restore", "junk.sqlite", succeeds: false)
    }
}
