import Foundation
import Model
import SQLite
import Storage
import TestSupport
import Testing

@Suite struct PackCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let year = TestClock.year
        for arguments in [
            ["demo"], ["campaign", "create", "Høst", "--kind", "dues", "--year", String(year), "--allow-overlap"],
            ["split", "Høst", "--callers", "Kari Nordmann,Ole Hansen"],
        ] {
            let result = try DuesBinary.run(arguments, in: folder.url)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func export(_ caller: String, to name: String) throws -> String {
        let result = try DuesBinary.run(["pack", "export", "Høst", "--caller", caller, "-o", name, "--plain"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Wrote \(name)"))
        return folder.path(name)
    }

    /// A volunteer's evening on a pack, through the Store API as the call screen uses it.
    func work(_ path: String, calls: Int) throws {
        let numbers = try Database(path: path).fetchAll(
            """
            SELECT m.member_number FROM members m JOIN call_list_entries e ON e.member_id = m.id
            WHERE e.campaign_id = (SELECT campaign_id FROM pack_info) ORDER BY m.id LIMIT ?
            """, [calls]
        ) { $0[0] as String }
        let pack = try Store.openPack(at: path, now: { TestClock.now })
        let info = try #require(try pack.packInfo())
        let campaign = try pack.campaign(named: "Høst")
        for (index, number) in numbers.enumerated() {
            try pack.logCall(CallReport(
                entryID: try pack.entry(campaign: campaign, memberNumber: number).entryID, callerID: info.callerID,
                outcome: index.isMultiple(of: 2) ? .willPay : .noAnswer, note: "samtale \(index)"))
        }
    }

    func count(_ sql: String) throws -> Int {
        try Database(path: folder.path("dues.sqlite")).fetchOne(sql) { $0[0] as Int } ?? -1
    }

    @Test func twoPacksMergedByTwoProcessesAtOnceLoseNothing() async throws {
        let karis = try export("Kari Nordmann", to: "kari.duespack")
        let oles = try export("Ole Hansen", to: "ole.duespack")
        try work(karis, calls: 40)
        try work(oles, calls: 30)
        let before = try count("SELECT count(*) FROM call_log")
        let url = folder.url

        async let first = Task.detached { try DuesBinary.run(["pack", "import", "kari.duespack"], in: url) }.value
        async let second = Task.detached { try DuesBinary.run(["pack", "import", "ole.duespack"], in: url) }.value
        let results = try await [first, second]

        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
        }
        #expect(results[0].stdout.contains("40 calls merged, 0 already there"))
        #expect(results[1].stdout.contains("30 calls merged, 0 already there"))
        #expect(try count("SELECT count(*) FROM call_log") == before + 70)
        #expect(try count("""
            SELECT count(*) FROM call_list_entries e JOIN campaigns c ON c.id = e.campaign_id
            WHERE c.name = 'Høst' AND e.last_outcome = 'will_pay' AND e.status = 'done'
            """) == 35)

        let again = try DuesBinary.run(["pack", "import", "kari.duespack", "ole.duespack"], in: url)
        #expect(again.stdout.contains("0 calls merged, 40 already there"))
        #expect(again.stdout.contains("0 calls merged, 30 already there"))
        #expect(try count("SELECT count(*) FROM call_log") == before + 70)

        let status = try DuesBinary.run(["pack", "status"], in: url)
        #expect(status.status == 0)
        #expect(status.stdout.contains("Kari Nordmann"))
        #expect(status.stdout.contains("Ole Hansen"))
        #expect(!status.stdout.contains("never"))
    }

    @Test func everyOtherCommandRefusesAPackAndLeavesItAlone() throws {
        let pack = try export("Kari Nordmann", to: "kari.duespack")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pack))
        for arguments in [
            ["status"], ["init"], ["demo", "--force"], ["campaign", "list"], ["campaign", "show", "Høst"],
            ["caller", "list"], ["caller", "add", "Per"], ["split", "Høst", "--callers", "Kari Nordmann"],
            ["reassign", "Høst", "--from", "Kari Nordmann", "--to", "Ole Hansen", "--force"],
            ["release", "Høst", "--caller", "Kari Nordmann"], ["pack", "status"],
            ["pack", "export", "Høst", "--caller", "Ole Hansen", "-o", "other.duespack", "--plain"],
            ["log", "1", "--caller", "Kari Nordmann", "--outcome", "no_answer"],
        ] {
            let result = try DuesBinary.run(arguments + ["--db", "kari.duespack"], in: folder.url)
            #expect(result.status != 0, "\(arguments) took a pack")
            #expect(result.stderr.contains("kari.duespack is a call pack"), "\(arguments): \(result.stderr)")
        }
        let doctor = try DuesBinary.run(["doctor", "--db", "kari.duespack"], in: folder.url)
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("is a call pack"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pack)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: folder.path("other.duespack")))
    }

    @Test func exportWritesAPrivateFileOnceAndForceTakesTheMembersBack() throws {
        let pack = try export("Kari Nordmann", to: "kari.duespack")
        let mode = try FileManager.default.attributesOfItem(atPath: pack)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let again = try DuesBinary.run(["pack", "export", "Høst", "--caller", "Ole Hansen", "-o", "kari.duespack", "--plain"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))

        let out = try count("SELECT count(*) FROM call_list_entries WHERE pack_id IS NOT NULL")
        #expect(out > 0)
        let kept = try DuesBinary.run(["reassign", "Høst", "--from", "Kari Nordmann", "--to", "Ole Hansen"], in: folder.url)
        #expect(kept.stdout.contains("0 members moved"))
        let forced = try DuesBinary.run(["reassign", "Høst", "--from", "Kari Nordmann", "--to", "Ole Hansen", "--force"], in: folder.url)
        #expect(forced.stdout.contains("\(out) members moved"))
        #expect(try DuesBinary.run(["pack", "status"], in: folder.url).stdout.contains("No call packs are out."))
    }

    @Test func aRefusedPackDoesNotStopTheOthers() throws {
        let karis = try export("Kari Nordmann", to: "kari.duespack")
        let oles = try export("Ole Hansen", to: "ole.duespack")
        try work(karis, calls: 3)
        try work(oles, calls: 2)
        try Database(path: oles).execute("CREATE TRIGGER spy AFTER INSERT ON call_log BEGIN DELETE FROM members; END")
        let result = try DuesBinary.run(["pack", "import", "ole.duespack", "kari.duespack"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("ole.duespack was changed outside dues and was not merged (it has an extra trigger spy)"))
        #expect(result.stdout.contains("kari.duespack (Kari Nordmann, Høst): 3 calls merged"))
    }

    @Test func aCallForgedOntoAnotherCallersMemberRefusesThePackNamingTheRow() throws {
        let karis = try export("Kari Nordmann", to: "kari.duespack")
        _ = try export("Ole Hansen", to: "ole.duespack")
        try work(karis, calls: 2)
        let olesMember = try #require(try Database(path: folder.path("dues.sqlite")).fetchOne("""
            SELECT e.id, m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id
            JOIN callers k ON k.id = e.caller_id JOIN campaigns c ON c.id = e.campaign_id
            WHERE k.name = 'Ole Hansen' AND c.name = 'Høst' ORDER BY e.id LIMIT 1
            """) { (entry: $0[0] as Int64, number: $0[1] as String) })
        let now = Int64(TestClock.now.timeIntervalSince1970)
        try Database(path: karis).execute("""
            INSERT INTO members (id, member_number, first_name, last_name, created_at, updated_at)
            VALUES (900000, '\(olesMember.number)', 'X', 'Y', 0, 0);
            INSERT INTO call_list_entries (id, campaign_id, member_id, caller_id, added_at)
            SELECT \(olesMember.entry), campaign_id, 900000, caller_id, 0 FROM pack_info;
            INSERT INTO call_log (uid, entry_id, caller_id, called_at, outcome, logged_at)
            SELECT lower(hex(randomblob(16))), \(olesMember.entry), caller_id, \(now), 'do_not_call', \(now) FROM pack_info;
            """)
        let row = try #require(try Database(path: karis).fetchOne("SELECT max(id) FROM call_log") { $0[0] as Int64 })
        let calls = try count("SELECT count(*) FROM call_log")
        let central = try Data(contentsOf: URL(fileURLWithPath: folder.path("dues.sqlite")))
        let english = try DuesBinary.run(["pack", "import", "kari.duespack"], in: folder.url)
        #expect(english.status == 1)
        #expect(english.stderr.contains(
            "kari.duespack was changed outside dues and was not merged: row \(row) of call_log is for a member who was not on the pack"),
            "\(english.stderr)")
        let norwegian = try DuesBinary.run(["pack", "import", "kari.duespack"], in: folder.url, environment: ["LANG": "nb_NO.UTF-8"])
        #expect(norwegian.stderr.contains("rad \(row) i call_log gjelder et medlem som ikke var med på pakken"), "\(norwegian.stderr)")
        #expect(try count("SELECT count(*) FROM members WHERE do_not_call = 1") == 0)
        #expect(try count("SELECT count(*) FROM call_log") == calls)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("dues.sqlite"))) == central)
    }
}

/// `dues call --pack` on a volunteer's machine, with no database beside it.
@Suite struct PackCallTests {
    @Test func aVolunteerWorksAPackAloneAndTheCoordinatorMergesIt() throws {
        let office = try TemporaryFolder(), home = try TemporaryFolder()
        try CallTestDatabase.create(at: office.path("dues.sqlite"), members: 6, callers: 2)
        #expect(try DuesBinary.run(["split", "K", "--callers", "Caller 1,Caller 2"], in: office.url).status == 0)
        let export = try DuesBinary.run(["pack", "export", "K", "--caller", "Caller 1", "-o", "c1.duespack", "--plain"], in: office.url)
        #expect(export.status == 0, "\(export.stderr)")
        try FileManager.default.moveItem(atPath: office.path("c1.duespack"), toPath: home.path("c1.duespack"))

        let wrong = try DuesBinary.run(["call", "--pack", "c1.duespack", "--caller", "Caller 2", "--plain"], in: home.url)
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("c1.duespack is Caller 1's pack, not Caller 2's"))
        let session = try DuesBinary.run(["call", "--pack", "c1.duespack", "--plain"], in: home.url, input: "2\n6\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Saved: Already paid."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.url.path) == ["c1.duespack"])

        try FileManager.default.moveItem(atPath: home.path("c1.duespack"), toPath: office.path("back.duespack"))
        let merged = try DuesBinary.run(["pack", "import", "back.duespack"], in: office.url)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("back.duespack (Caller 1, K): 2 calls merged, 0 already there."))
        let calls = try CallTestDatabase.calls(at: office.path("dues.sqlite"))
        #expect(calls.map(\.outcome) == ["paid_already", "no_answer"])
        #expect(calls.allSatisfy { $0.caller == "Caller 1" })
    }
}
