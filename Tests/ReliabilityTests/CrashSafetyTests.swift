import Foundation
import SQLite
import TestSupport
import Testing

/// SIGKILL at any moment loses nothing committed and commits nothing half-done.
@Suite(.serialized) struct CrashSafetyTests {
    /// Enough members that the register spans many of the reader's 64 KiB chunks, so the kills land at distinct points.
    static let members = 20_000

    @Test func killedImportsLeaveTheDatabaseAsItWasAndTheSameImportThenCompletes() throws {
        let scenario = try Scenario()
        let register = scenario.path("register.csv")
        try SyntheticRegister.write(members: Self.members, to: register)
        let original = FileFacts.bytes(scenario.db)
        let before = try DatabaseFingerprint.contentHash(of: scenario.db)
        let demoMembers = try DatabaseFingerprint.count("members", in: scenario.db)

        // Kills while the file is being read and written into the open transaction, by how far dues has read it.
        var copy = scenario.db
        for share in [0.1, 0.4, 0.8] {
            copy = try scenario.copyDatabase(to: "killed-at-\(Int(share * 100)).sqlite")
            let running = try scenario.start(["import", register], db: copy)
            let reached = ReadProgress.wait(for: running, toRead: register, share: share)
            #expect(reached, "the import reached \(Int(share * 100)) % of the file")
            #expect(running.kill(), "the import was still running at \(Int(share * 100)) % of the file")
            #expect(FileFacts.bytes(copy) == original, "the main file is untouched at \(Int(share * 100)) %")
            #expect(try DatabaseFingerprint.contentHash(of: copy) == before, "same content after a kill at \(Int(share * 100)) %")
            #expect(try DatabaseFingerprint.integrity(of: copy) == ["ok"])
            let doctor = try DuesBinary.run(["doctor", "--db", copy], in: scenario.folder.url)
            #expect(doctor.status == 0, "\(doctor.stdout)")
        }

        // A kill as soon as the commit starts writing pages to the WAL keeps all of the import or nothing.
        let atCommit = try scenario.copyDatabase(to: "killed-at-commit.sqlite")
        let committing = try scenario.start(["import", register], db: atCommit)
        while committing.isRunning, FileFacts.size(atCommit + "-wal") < 64 * 1_024 { usleep(200) }
        let killed = committing.kill()
        let members = try DatabaseFingerprint.count("members", in: atCommit)
        let kept = members == demoMembers ? "nothing" : members == demoMembers + Self.members ? "everything" : "\(members) members"
        print("import of \(Self.members) members killed while writing the WAL: \(killed), which kept \(kept)")
        #expect(kept == "nothing" || kept == "everything", "a kill during commit keeps all or nothing")
        if kept == "nothing" {
            #expect(try DatabaseFingerprint.contentHash(of: atCommit) == before)
        }
        #expect(try DatabaseFingerprint.integrity(of: atCommit) == ["ok"])
        #expect(try DuesBinary.run(["doctor", "--db", atCommit], in: scenario.folder.url).status == 0)

        // The same import, run to completion on the database the last kill left behind.
        let completed = try DuesBinary.run(["import", register, "--db", copy, "--lang", "en"], in: scenario.folder.url)
        #expect(completed.status == 0, "\(completed.stderr)")
        #expect(try DatabaseFingerprint.count("members", in: copy) == demoMembers + Self.members)
        #expect(try DatabaseFingerprint.count("audit_log", in: copy, where: "action = 'import_register'") == 1)
        #expect(try DatabaseFingerprint.integrity(of: copy) == ["ok"])
    }

    /// A first import into an empty register writes through a rollback journal instead of the WAL: killed, it leaves a
    /// hot journal that the next open rolls back, and the database is back in WAL mode.
    @Test func killedFirstImportsLeaveTheRegisterEmptyAndTheDatabaseInWALMode() throws {
        let scenario = try Scenario(demo: false)
        #expect(try scenario.dues(["init"]).status == 0)
        let register = scenario.path("register.csv")
        try SyntheticRegister.write(members: Self.members, to: register)
        let before = try DatabaseFingerprint.contentHash(of: scenario.db)
        let emptySize = FileFacts.size(scenario.db)

        var copy = scenario.db
        for share in [0.1, 0.5, 0.9] {
            copy = try scenario.copyDatabase(to: "first-killed-at-\(Int(share * 100)).sqlite")
            let running = try scenario.start(["import", register], db: copy)
            #expect(ReadProgress.wait(for: running, toRead: register, share: share))
            // The file is read on a thread of its own, up to a few thousand rows ahead of the writer: the kill is
            // meant to land inside the transaction, so it waits for the writer's journal too.
            let journaling = FileFacts.wait(while: running) { FileFacts.size(copy + "-journal") > 0 }
            #expect(running.kill(), "the import was still running at \(Int(share * 100)) % of the file")
            #expect(journaling, "a rollback journal, not the WAL, at \(Int(share * 100)) %")
            #expect(FileFacts.size(copy + "-wal") == 0)
            #expect(try DatabaseFingerprint.contentHash(of: copy) == before, "same content after a kill at \(Int(share * 100)) %")
            // A journal killed before its first sync has a zeroed header: not hot, nothing to roll back, and SQLite
            // leaves it for the next writer to reuse. A hot one must be gone.
            #expect(!FileFacts.isHotJournal(copy + "-journal"), "the hot journal was rolled back")
            #expect(FileFacts.size(copy) == emptySize)
            #expect(try DatabaseFingerprint.integrity(of: copy) == ["ok"])
            #expect(try DuesBinary.run(["doctor", "--db", copy], in: scenario.folder.url).status == 0)
            #expect(DatabaseHeader.saysWAL(copy))
        }

        // A kill once pages reach the main file, while the indexes are built or the commit writes: all or nothing.
        let atCommit = try scenario.copyDatabase(to: "first-killed-at-commit.sqlite")
        let committing = try scenario.start(["import", register], db: atCommit)
        while committing.isRunning, FileFacts.size(atCommit) <= emptySize { usleep(200) }
        let killed = committing.kill()
        let members = try DatabaseFingerprint.count("members", in: atCommit)
        print("first import of \(Self.members) members killed while writing the main file: \(killed), which kept \(members)")
        #expect(members == 0 || members == Self.members, "a kill during commit keeps all or nothing")
        if members == 0 {
            #expect(try DatabaseFingerprint.contentHash(of: atCommit) == before)
        }
        #expect(try DatabaseFingerprint.integrity(of: atCommit) == ["ok"])
        #expect(try DuesBinary.run(["doctor", "--db", atCommit], in: scenario.folder.url).status == 0)

        let completed = try DuesBinary.run(["import", register, "--db", copy, "--lang", "en"], in: scenario.folder.url)
        #expect(completed.status == 0, "\(completed.stderr)")
        #expect(try DatabaseFingerprint.count("members", in: copy) == Self.members)
        #expect(DatabaseHeader.saysWAL(copy))
        #expect(FileFacts.size(copy + "-journal") == 0)
    }

    @Test func aCallKilledRightAfterItsOutcomeWasSavedKeepsTheOutcome() throws {
        let scenario = try Scenario()
        let call = try scenario.start(["call", duesCampaign, "--caller", "Kari Nordmann", "--plain"])
        #expect(call.waitForOutput(containing: "== "), "the first member is shown")
        let shown = call.outputSoFar
        call.send("n\nkilled right after\n2\n")
        #expect(call.waitForOutput(containing: "Saved"), "the outcome is reported saved: \(call.outputSoFar)")
        #expect(call.kill(), "dues call was still running when killed")

        let name = try #require(shown.split(separator: "\n").first { $0.hasPrefix("== ") })
        let calls = try Database(path: scenario.db).fetchAll("""
            SELECT c.outcome, c.note, '== ' || m.first_name || ' ' || m.last_name FROM call_log c
            JOIN call_list_entries e ON e.id = c.entry_id JOIN members m ON m.id = e.member_id
            """) { (outcome: $0[0] as String, note: $0[1] as String?, card: $0[2] as String) }
        #expect(calls.count == 1)
        #expect(calls.first?.outcome == "paid_already")
        #expect(calls.first?.note == "killed right after")
        #expect(calls.first.map { name.hasPrefix($0.card) } == true, "the call is for the member on screen (\(name))")
        #expect(try DatabaseFingerprint.integrity(of: scenario.db) == ["ok"])
    }
}

/// How far a running process has read a file, from the offset of its descriptor in /proc (Linux).
enum ReadProgress {
    /// Waits until `process` has read `share` of `file`; false when it ended first or after `timeout` seconds.
    static func wait(for process: DuesBinary.Running, toRead file: String, share: Double, timeout: TimeInterval = 60) -> Bool {
        let target = UInt64(Double(FileFacts.size(file)) * share)
        let deadline = Date() + timeout
        while process.isRunning, Date() < deadline {
            if let offset = offset(of: file, in: process.processIdentifier), offset >= target { return true }
            usleep(500)
        }
        return false
    }

    /// The offset of the first descriptor `pid` holds open on `file`.
    static func offset(of file: String, in pid: Int32) -> UInt64? {
        let folder = "/proc/\(pid)/fd"
        let target = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        for descriptor in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\(descriptor)"),
                  link == target,
                  let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(descriptor)", encoding: .utf8),
                  let line = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") })
            else { continue }
            return UInt64(line.dropFirst(4).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
