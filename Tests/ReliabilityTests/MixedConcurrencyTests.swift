import Foundation
import SQLite
import TestSupport
import Testing

/// Volunteers on the call screen and a coordinator typing in paper sheets, all at once, while the lists are split
/// and reassigned under them. (Eight callers on the call screen alone: CLITests' CallConcurrencyTests.)
@Suite struct MixedConcurrencyTests {
    static let screenCallers = ["Kari Nordmann", "Ole Hansen", "Ingrid Johansen", "Marit Olsen"]
    static let paperCallers = ["Áslak Somby", "Extra One", "Extra Two", "Extra Three"]
    static let callsPerScreen = 12
    static let logsPerPaperCaller = 5
    static let walBound: UInt64 = 6 * 1_024 * 1_024

    @Test func callsPaperLogsSplitsAndReassignsShareOneDatabase() throws {
        let scenario = try Scenario()
        for name in Self.paperCallers.dropFirst() {
            #expect(try scenario.dues(["caller", "add", name]).status == 0)
        }
        let everyone = (Self.screenCallers + Self.paperCallers).joined(separator: ",")
        #expect(try scenario.dues(["split", duesCampaign, "--callers", everyone]).status == 0)
        let sheets = try Database(path: scenario.db).fetchAll("""
            SELECT k.name, m.member_number FROM call_list_entries e JOIN callers k ON k.id = e.caller_id
            JOIN members m ON m.id = e.member_id JOIN campaigns c ON c.id = e.campaign_id
            WHERE c.name = ? AND e.status = 'open' ORDER BY m.member_number
            """, [duesCampaign]) { ($0[0] as String, $0[1] as String) }
        let paperSheets = Dictionary(grouping: sheets, by: \.0).mapValues { $0.map(\.1).prefix(Self.logsPerPaperCaller) }

        let screens = try Self.screenCallers.map { try scenario.start(["call", duesCampaign, "--caller", $0, "--plain"]) }
        for screen in screens { #expect(screen.waitForOutput(containing: "== ")) }
        let results = Outcomes()
        let group = DispatchGroup()
        for (index, screen) in screens.enumerated() {
            DispatchQueue.global().async(group: group) {
                let input = (0..<Self.callsPerScreen).map { $0.isMultiple(of: 2) ? "4\n" : "6\n" }.joined()
                results.add(Self.screenCallers[index], Result { try screen.finish(input: input) })
            }
        }
        for caller in Self.paperCallers {
            DispatchQueue.global().async(group: group) {
                for member in paperSheets[caller] ?? [] {
                    results.add(caller, Result {
                        try scenario.dues([
                            "log", member, "--campaign", duesCampaign, "--caller", caller, "--outcome", "voicemail",
                            "--note", "paper \(caller) \(member)",
                        ])
                    })
                }
            }
        }
        var coordinator: [DuesBinary.Result] = []
        var largestWAL: UInt64 = 0
        var round = 0
        while group.wait(timeout: .now() + .milliseconds(10)) == .timedOut {
            largestWAL = max(largestWAL, FileFacts.size(scenario.db + "-wal"))
            round += 1
            guard round.isMultiple(of: 10) else { continue }
            let (from, to) = round.isMultiple(of: 20) ? ("Extra One", "Extra Two") : ("Extra Two", "Extra One")
            coordinator.append(try scenario.dues(["reassign", duesCampaign, "--from", from, "--to", to]))
            coordinator.append(try scenario.dues(["split", duesCampaign, "--callers", everyone, "--by", "capacity"]))
        }
        largestWAL = max(largestWAL, FileFacts.size(scenario.db + "-wal"))

        var saved = 0, logged = 0
        for (caller, result) in results.all {
            let run = try result.get()
            #expect(run.status == 0, "\(caller): \(run.stderr)")
            #expect(run.stderr.isEmpty, "\(caller): \(run.stderr)")
            #expect(!run.stdout.contains("busy") && !run.stdout.contains("locked") && !run.stdout.contains("Error"), "\(caller): \(run.stdout)")
            if Self.screenCallers.contains(caller) {
                saved += run.stdout.components(separatedBy: "Saved: ").count - 1
            } else if run.status == 0 {
                logged += 1
            }
        }
        #expect(coordinator.count >= 2, "the lists were split and reassigned while the callers worked")
        for run in coordinator {
            #expect(run.status == 0 && run.stderr.isEmpty, "coordinator: \(run.stderr)")
        }
        #expect(saved == Self.screenCallers.count * Self.callsPerScreen, "every screen caller got through their calls")
        #expect(logged == Self.paperCallers.count * Self.logsPerPaperCaller)

        let database = try Database(path: scenario.db)
        let calls = try database.fetchAll("SELECT k.name, c.note FROM call_log c JOIN callers k ON k.id = c.caller_id") {
            (caller: $0[0] as String, note: $0[1] as String?)
        }
        #expect(calls.count == saved + logged, "no call lost, none doubled")
        for caller in Self.paperCallers {
            let notes = Set(calls.filter { $0.caller == caller }.compactMap(\.note))
            #expect(notes == Set((paperSheets[caller] ?? []).map { "paper \(caller) \($0)" }), "\(caller)'s paper calls")
        }
        for caller in Self.screenCallers {
            #expect(calls.filter { $0.caller == caller }.count == Self.callsPerScreen, "\(caller)'s screen calls")
        }
        let claimed: Int = try database.fetchOne("SELECT count(*) FROM call_list_entries WHERE claimed_by IS NOT NULL") { $0[0] } ?? -1
        #expect(claimed <= Self.screenCallers.count, "a caller who quits keeps only the member on screen")
        #expect(try DatabaseFingerprint.integrity(of: scenario.db) == ["ok"])
        print("mixed: \(saved) screen calls, \(logged) paper calls, \(coordinator.count) coordinator runs; largest WAL \(largestWAL) bytes")
        #expect(largestWAL < Self.walBound, "the WAL stays bounded (largest \(largestWAL) bytes)")
    }
}

/// Results gathered from several threads.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [(String, Result<DuesBinary.Result, Error>)] = []

    func add(_ caller: String, _ result: Result<DuesBinary.Result, Error>) {
        lock.withLock { results.append((caller, result)) }
    }

    var all: [(String, Result<DuesBinary.Result, Error>)] { lock.withLock { results } }
}
