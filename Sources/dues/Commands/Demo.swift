import ArgumentParser
import Demo
import Foundation
import Model
import Storage

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: Text.ofCommandLine(
            "Lag en ferdig demodatabase: 21 lokallag, rundt 2100 oppdiktede medlemmer, fem ringere.",
            "Create a ready demo database: 21 branches, about 2,100 synthetic members, five callers."),
        discussion: Text.ofCommandLine(
            "Medlemmene er oppdiktet. En demodatabase er merket som det; --force erstatter bare en demodatabase.",
            "The members are invented. A demo database is marked as such; --force replaces only a demo database."))

    @OptionGroup var options: DatabaseOptions

    @Flag(help: ArgumentHelp(
        "Erstatt en eksisterende demodatabase på samme sted.",
        "Replace an existing demo database at the same path."))
    var force = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Frø for de genererte dataene.", "Seed for the generated data."))
    var seed: UInt64 = 2018

    func run() throws {
        let text = Text(options.language)
        if FileManager.default.fileExists(atPath: options.path) {
            let existing = try options.open()
            guard force, try existing.setting(.demo) != nil else {
                throw CLIError(description: text(
                    "\(options.path) finnes allerede. Bruk --db for en ny fil\(try existing.setting(.demo) != nil ? ", eller --force for å lage demoen på nytt" : "").",
                    "\(options.path) already exists. Use --db for a new file\(try existing.setting(.demo) != nil ? ", or --force to recreate the demo" : "")."))
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: options.path + suffix) }
        }
        let store: Store
        do {
            store = try Store.create(at: options.path).store
            let oslo = TimeZone(identifier: "Europe/Oslo")!
            let seed = DemoData.seed(today: CalendarDate(store.now(), in: oslo), seed: seed)
            try store.load(seed)
            try DemoData.campaigns(for: seed, today: CalendarDate(store.now(), in: oslo), language: options.language).forEach {
                try store.createCampaign($0)
            }
            try store.split(
                campaign: DemoData.duesCampaignName(year: CalendarDate(store.now(), in: oslo).year, language: options.language),
                callers: seed.callers.map(\.name), strategy: .branch)
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: options.path + suffix) }
            throw error
        }
        let summary = try store.statusSummary()
        let unpaid = summary.years.first?.unpaid ?? 0
        let campaigns = summary.campaigns.map(\.name).joined(separator: ", ")
        print(text(
            "Demodatabase laget i \(store.path): \(summary.members) medlemmer i \(summary.branches.count) lokallag, \(unpaid) har ikke betalt for \(summary.years.first?.year ?? 0), \(summary.callers) ringere, kampanjer: \(campaigns).",
            "Demo database created at \(store.path): \(summary.members) members in \(summary.branches.count) branches, \(unpaid) unpaid for \(summary.years.first?.year ?? 0), \(summary.callers) callers, campaigns: \(campaigns)."))
        print(text(
            "Prøv: dues call --caller \"Kari Nordmann\"   (demokampanjene har åpent døgnet rundt)",
            "Try: dues call --caller \"Kari Nordmann\"   (the demo campaigns are open around the clock)"))
    }
}
