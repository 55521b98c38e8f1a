import ArgumentParser
import Foundation
import Glibc

extension DuesBench {
    struct PhoneBank: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "phonebank",
            abstract: "Run one `dues call --plain` process per caller on one database at once and time them from outside.",
            discussion: """
                Every process is started, then all begin together once each shows its first card. Each logs an \
                outcome per member (Already paid and Declined taking turns) until its screen says nobody is left, \
                or --limit steps. Prints: calls per second (outcomes saved over the time from the start to the last \
                volunteer done), the median and p99 next-member step in milliseconds (from writing an outcome to the \
                next card's prompt), the steps timed, the outcomes the processes reported saved, and the steps that \
                showed an error.
                """)
        @Option(help: "The dues executable.") var dues: String
        @Option(help: "The database.") var db: String
        @Option(help: "The campaign.") var campaign: String
        @Option(help: "The callers, comma-separated: one process each.") var callers: String
        @Option(help: "Stop each volunteer after this many steps.") var limit = Int.max

        func run() throws {
            signal(SIGPIPE, SIG_IGN)
            let volunteers = try callers.split(separator: ",").map { name in
                try Volunteer(dues: dues, arguments: ["call", campaign, "--caller", String(name), "--plain", "--lang", "en", "--db", db],
                              name: String(name))
            }
            let ready = DispatchGroup(), done = DispatchGroup()
            let go = DispatchSemaphore(value: 0)
            let failures = Failures()
            for volunteer in volunteers {
                ready.enter()
                done.enter()
                Thread.detachNewThread { [limit] in
                    defer { done.leave() }
                    let shown = volunteer.waitForFirstCard()
                    ready.leave()
                    go.wait()
                    guard shown else { return failures.add("\(volunteer.name): no first card") }
                    do { try volunteer.work(keys: ["2", "4"], limit: limit) } catch { failures.add("\(error)") }
                }
            }
            ready.wait()
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in volunteers { go.signal() }
            done.wait()
            if let failure = failures.first { throw ValidationError(failure) }

            let end = volunteers.map(\.finishedAt.uptimeNanoseconds).max() ?? start
            let seconds = Double(end - start) / 1e9
            let steps = volunteers.flatMap(\.steps).sorted()
            let saved = volunteers.map(\.saved).reduce(0, +)
            let errors = volunteers.map(\.errors.count).reduce(0, +)
            for error in volunteers.flatMap(\.errors).prefix(3) { FileHandle.standardError.write(Data(error.utf8)) }
            guard !steps.isEmpty else { throw ValidationError("no next-member step was timed") }
            let median = steps[steps.count / 2] * 1000
            let p99 = steps[min(steps.count - 1, Int(Double(steps.count) * 0.99))] * 1000
            print(String(format: "%.1f %.2f %.2f %d %d %d", Double(saved) / seconds, median, p99, steps.count, saved, errors))
        }
    }
}

/// What went wrong on the volunteers' threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []

    func add(_ failure: String) { lock.withLock { all.append(failure) } }
    var first: String? { lock.withLock { all.first } }
}
