import Foundation
import SQLite
import TestSupport
import Testing

/// One member, one caller: an outcome is saved only while the session that shows the member still holds it.
@Suite struct CallClaimTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("d.sqlite")
    }

    /// The test clock moved on by `minutes`, as `DUES_NOW`.
    static func clock(plus minutes: Int) -> [String: String] {
        ["DUES_NOW": TestClock.text(plus: Double(minutes) * 60)]
    }

    func session(_ caller: Int, minutes: Int = 0) throws -> DuesBinary.Running {
        let process = try DuesBinary.start(
            ["call", "K", "--caller", "Caller \(caller)", "--plain", "--db", db], in: folder.url,
            environment: Self.clock(plus: minutes))
        #expect(process.waitForOutput(containing: "== "), "caller \(caller) shows a member")
        return process
    }

    func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--db", db], in: folder.url)
    }

    func callCount() throws -> Int {
        try CallTestDatabase.calls(at: db).count
    }

    @Test func aClaimTakenOverAfterTheTimeoutCannotBeLoggedByTheFirstCaller() throws {
        try CallTestDatabase.create(at: db, members: 1, callers: 2)
        let first = try session(1)
        let second = try session(2, minutes: 31)
        let firstRun = try first.finish(input: "n\nringte kl 18\n2\nq\n")
        #expect(firstRun.status == 0, "\(firstRun.stderr)")
        #expect(firstRun.stdout.contains("taken over by Caller 2"), "\(firstRun.stdout)")
        #expect(firstRun.stdout.contains("ringte kl 18"), "the typed note is shown again")
        #expect(!firstRun.stdout.contains("Saved: "))
        #expect(try callCount() == 0, "the first caller's outcome is not saved")
        let secondRun = try second.finish(input: "4\nq\n")
        #expect(secondRun.stdout.contains("Saved: "), "\(secondRun.stdout)")
        #expect(try CallTestDatabase.calls(at: db).map(\.caller) == ["Caller 2"], "one call, by the new holder")
    }

    @Test(arguments: [["reassign", "K", "--from", "Caller 1", "--to", "Caller 2"], ["release", "K", "--caller", "Caller 1"]])
    func reassignOrReleaseDuringASessionStopsItsNextWrite(_ command: [String]) throws {
        try CallTestDatabase.create(at: db, members: 2, callers: 2)
        #expect(try dues("split", "K", "--callers", "Caller 1").status == 0)
        let first = try session(1)
        let moved = try DuesBinary.run(command + ["--db", db], in: folder.url)
        #expect(moved.status == 0, "\(moved.stderr)")
        let run = try first.finish(input: "2\nq\n")
        #expect(run.stdout.contains("you no longer hold this member"), "\(run.stdout)")
        #expect(!run.stdout.contains("Saved: "))
        #expect(try callCount() == 0)
    }

    @Test func aRestoreDuringASessionStopsItsNextWrite() throws {
        try CallTestDatabase.create(at: db, members: 1, callers: 1)
        let first = try session(1)
        let backup = folder.path("b.sqlite")
        #expect(try dues("backup", backup).status == 0, "the backup holds the session's claim")
        let restored = try dues("restore", backup)
        #expect(restored.status == 0, "\(restored.stderr)")
        let run = try first.finish(input: "2\nq\n")
        #expect(run.stdout.contains("you no longer hold this member"), "\(run.stdout)")
        #expect(try callCount() == 0)
    }

    @Test func aPackExportLeavesOutMembersOnALiveCallScreen() throws {
        try CallTestDatabase.create(at: db, members: 5, callers: 1)
        #expect(try dues("split", "K", "--callers", "Caller 1").status == 0)
        let first = try session(1)
        let held = try CallTestDatabase.held(at: db, by: "Caller 1")
        #expect(!held.isEmpty)
        let export = try dues("pack", "export", "K", "--caller", "Caller 1", "-o", folder.path("p.duespack"), "--plain")
        #expect(export.status == 0, "\(export.stderr)")
        let onPack: [String] = try Database(path: db).fetchAll("""
            SELECT m.member_number FROM call_list_entries e JOIN members m ON m.id = e.member_id WHERE e.pack_id IS NOT NULL
            """) { $0[0] }
        #expect(onPack.count == 5 - held.count, "every member not held is on the pack")
        #expect(Set(onPack).isDisjoint(with: held.map(\.number)), "no member on screen went out on the pack")
        let run = try first.finish(input: "2\nq\n")
        #expect(run.stdout.contains("Saved: "), "the session keeps its member: \(run.stdout)")
    }

    @Test func logRefusesAClosedEntryAndAMemberOnAnotherCallersScreen() throws {
        try CallTestDatabase.create(at: db, members: 2, callers: 2)
        #expect(try dues("log", "1000", "--campaign", "K", "--caller", "Caller 1", "--outcome", "paid_already").status == 0)
        let again = try dues("log", "1000", "--campaign", "K", "--caller", "Caller 1", "--outcome", "declined")
        #expect(again.status != 0)
        #expect(again.stderr.contains("member 1000 is already closed on the call list (done)"), "\(again.stderr)")
        let second = try session(2)
        let held = try CallTestDatabase.held(at: db, by: "Caller 2")
        #expect(held.map(\.number) == ["1001"])
        let clash = try dues("log", "1001", "--campaign", "K", "--caller", "Caller 1", "--outcome", "declined")
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("member 1001 is on Caller 2's call screen right now"), "\(clash.stderr)")
        #expect(try callCount() == 1)
        _ = try second.finish(input: "q\n")
    }
}
