import ArgumentParser
import CallScreen
import CallSession
import Demo
import Foundation
import Model
import Spreadsheet
import Storage

/// The benchmark's helper: generates registers with a fixed seed, times the call screen's "next member" step, and
/// drives volunteers' `dues call` processes working one list at once.
/// `bench/run` drives it; it is not part of the shipped tool.
@main
struct DuesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dues-bench",
        abstract: "Generate benchmark data and time in-process steps.",
        subcommands: [Register.self, Step.self, PhoneBank.self])

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic register export as Norwegian Excel saves it: CSV with ';' (cells as typed, no quoting needed) or .xlsx.")
        @Option(help: "How many members.") var members: Int
        @Option(help: "The dues year of the paid column.") var year: Int
        @Option(help: "The random seed.") var seed: UInt64 = 42
        @Option(name: .shortAndLong, help: "The file to write (.csv or .xlsx).") var output: String

        func run() throws {
            let url = URL(fileURLWithPath: output)
            let headers = ["Medlemsnummer", "Fornavn", "Etternavn", "Mobil", "E-post", "Lokallag", "Innmeldt", "Betalt \(year)"]
            let rows = SyntheticRegister(members: members, year: year, seed: seed)
            if url.pathExtension == "xlsx" {
                try XLSXWriter(sheetName: "Medlemmer", phoneColumns: [3]).write(headers: headers, rows: rows, to: url, existing: .replace)
            } else {
                try SecureFile.write(to: url, existing: .replace) { out in
                    try out.write([0xEF, 0xBB, 0xBF])
                    try out.write(headers.joined(separator: ";") + "\r\n")
                    for row in rows { try out.write(row.map(\.text).joined(separator: ";") + "\r\n") }
                }
            }
        }
    }

    struct Step: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the call screen's next-member step (claim, load card and history, render) and print median and p99 in microseconds.",
            discussion: "Works through the callers' lists in turn, logging `no_answer` (untimed) after each step, until --iterations steps are timed.")
        @Option(help: "The database.") var db: String
        @Option(help: "The campaign.") var campaign: String
        @Option(help: "The callers whose lists to work, comma-separated.") var callers: String
        @Option(help: "How many steps to time.") var iterations = 500

        func run() throws {
            let store = try Store.open(at: db)
            let campaign = try store.campaign(named: campaign)
            var samples: [Double] = []
            var written = 0
            for name in callers.split(separator: ",") where samples.count < iterations {
                let caller = try store.caller(named: String(name))
                let session = try CallSession(store: store, campaign: campaign, caller: caller, language: .nb)
                guard case .ready = try session.begin() else { continue }
                let program = session.program(color: true)
                var (state, _) = program.start(columns: 80, rows: 24, now: Date())
                var previous: ScreenBuffer?
                while samples.count < iterations {
                    let start = DispatchTime.now().uptimeNanoseconds
                    guard case .loaded(let card?)? = session.execute(.claimNext) else { break }
                    (state, _) = program.update(state, .loaded(card))
                    let screen = program.view(state)
                    written += screen.diff(from: previous).utf8.count
                    previous = screen
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
                    guard let entry = session.current else { break }
                    try store.logCall(CallReport(entryID: entry.entryID, callerID: caller.id, outcome: .noAnswer))
                }
            }
            guard !samples.isEmpty, written > 0 else { throw ValidationError("nothing to call in \(campaign)") }
            samples.sort()
            let median = samples[samples.count / 2]
            let p99 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.99))]
            print(String(format: "%.0f %.0f %d", median, p99, samples.count))
        }
    }
}
