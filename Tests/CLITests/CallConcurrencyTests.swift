import Foundation
import SQLite
import TestSupport
import Testing

/// Eight volunteers working one database file at once.
@Suite struct CallConcurrencyTests {
    /// Enough members that the calls write about twice SQLite's automatic checkpoint size (1,000 pages) to the WAL,
    /// so a WAL that is never reset would outgrow `walBound`.
    static let members = 240
    static let processes = 8
    /// The automatic checkpoint size plus room for the transactions that run while it happens.
    static let walBound: UInt64 = 6 * 1_024 * 1_024

    /// What one `dues call --plain` process types: a note and a closing outcome per member, more than it can use.
    static func input(for caller: Int) -> String {
        (0..<members).map { "n\nnote from caller \(caller)\n\($0.isMultiple(of: 2) ? "2" : "4")\n" }.joined()
    }

    /// The size of a file, 0 when it does not exist.
    static func size(of path: String) -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }

    @Test func eightProcessesEmptyTheCampaignCallingEveryMemberExactlyOnce() throws {
        let folder = try TemporaryFolder()
        let db = folder.path("d.sqlite")
        try CallTestDatabase.create(at: db, members: Self.members, callers: Self.processes)

        let started = Date()
        let running = try (1...Self.processes).map { caller in
            try DuesBinary.start(["call", "K", "--caller", "Caller \(caller)", "--plain", "--db", db], in: folder.url)
        }
        for (index, process) in running.enumerated() {
            #expect(process.waitForOutput(containing: "== "), "caller \(index + 1) shows a member before anyone types")
        }
        let results = Results()
        let group = DispatchGroup()
        for (index, process) in running.enumerated() {
            DispatchQueue.global().async(group: group) {
                results.append(index + 1, Result { try process.finish(input: Self.input(for: index + 1)) })
            }
        }
        var largestWAL: UInt64 = 0
        while group.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            largestWAL = max(largestWAL, Self.size(of: db + "-wal"))
        }
        let elapsed = Date().timeIntervalSince(started)
        print("\(Self.processes) processes emptied \(Self.members) members in \(String(format: "%.2f", elapsed)) s; largest WAL \(largestWAL) bytes")

        var saved = 0
        for (caller, result) in results.all {
            let run = try result.get()
            #expect(run.status == 0, "caller \(caller): \(run.stderr)")
            #expect(run.stderr.isEmpty, "caller \(caller): \(run.stderr)")
            #expect(!run.stdout.contains("Error:"), "caller \(caller) saw an error")
            #expect(!run.stdout.contains("database is busy") && !run.stdout.contains("locked"), "caller \(caller) saw a busy database")
            saved += run.stdout.components(separatedBy: "Saved: ").count - 1
        }
        #expect(results.all.count == Self.processes)

        let calls = try CallTestDatabase.calls(at: db)
        #expect(calls.count == Self.members, "every call logged")
        #expect(saved == Self.members, "every outcome the volunteers saw saved is in the database")
        #expect(Set(calls.map(\.number)) == Set((0..<Self.members).map { String(1000 + $0) }), "every member called exactly once")
        #expect(Set(calls.map(\.caller)).count > 1, "the volunteers worked at the same time")
        for call in calls {
            #expect(call.note == "note from \(call.caller.lowercased())", "the note went with the caller's own call")
        }
        let database = try Database(path: db)
        let left: Int = try database.fetchOne(
            "SELECT count(*) FROM call_list_entries WHERE status = 'open' OR claimed_by IS NOT NULL") { $0[0] } ?? -1
        #expect(left == 0, "the campaign is empty and nobody holds a claim")
        #expect(largestWAL < Self.walBound, "the WAL stays bounded (largest \(largestWAL) bytes)")
        #expect(Self.size(of: db + "-wal") < Self.walBound)
    }
}

/// The processes' results, gathered from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(Int, Result<DuesBinary.Result, Error>)] = []

    func append(_ caller: Int, _ result: Result<DuesBinary.Result, Error>) {
        lock.withLock { results.append((caller, result)) }
    }

    var all: [(Int, Result<DuesBinary.Result, Error>)] {
        lock.withLock { results.sorted { $0.0 < $1.0 } }
    }
}
