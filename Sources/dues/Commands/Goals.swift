import ArgumentParser
import Foundation
import Model
import Reports
import Storage

struct Goals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goals",
        abstract: Text.ofCommandLine(
            "Mål for lokallagene: medlemmer mot medlemsmålet, vervede mot vervemålet, og rangeringer.",
            "Branch goals: members against the total goal, recruits against the recruitment goal, and rankings."),
        discussion: Text.ofCommandLine(
            """
            Vervede er medlemmer i registeret som meldte seg inn i året. Rangeringer: vår (januar–juni), \
            høst (juli–desember) og hele året; like tall deler plass.
            """,
            """
            Recruits are members on the register who joined in the year. Rankings: spring (January–June), \
            autumn (July–December) and the whole year; equal counts share a rank.
            """),
        subcommands: [Show.self, Set.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: Text.ofCommandLine(
                "Vis mål, vervede og plassering for hvert lokallag.",
                "Show every branch's goals, recruits and ranks."))
        @OptionGroup var options: DatabaseOptions
        @Option(help: ArgumentHelp(
            "Året (standard: det siste året, til og med i år, med vervede eller mål).",
            "The year (default: the latest year, up to this one, with recruits or goals).")) var year: Int?
        @Option(help: ArgumentHelp("table eller json.", "table or json.")) var format: OutputFormat = .table

        func run() throws {
            let store = try options.open()
            let year = try year ?? store.latestGoalsYear(upTo: CalendarDate(store.now(), in: try LocalTime(store).zone).year)
            let view = GoalsView(report: try store.goals(year: year), language: options.language)
            switch format {
            case .table: try StandardOutput.line(view.table())
            case .json: try StandardOutput.line(String(decoding: try view.json(), as: UTF8.self))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: Text.ofCommandLine(
                "Sett et lokallags medlemsmål (--total N --by ÅR) og/eller vervemål (--recruit N --in ÅR).",
                "Set a branch's total-member goal (--total N --by YEAR) and/or recruitment goal (--recruit N --in YEAR)."))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Lokallaget.", "The branch.")) var branch: String
        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Medlemmer lokallaget har som mål å ha.",
            "Members the branch aims to have.")) var total: Int?
        @Option(help: ArgumentHelp("Året medlemsmålet gjelder.", "The year the total goal is for.")) var by: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp(
            "Nye medlemmer lokallaget har som mål å verve.",
            "New members the branch aims to recruit.")) var recruit: Int?
        @Option(name: .customLong("in"), help: ArgumentHelp(
            "Året vervemålet gjelder.",
            "The year the recruitment goal is for.")) var inYear: Int?

        func validate() throws {
            if (total == nil) != (by == nil) { throw ValidationError("--total og --by hører sammen", "--total and --by go together") }
            if (recruit == nil) != (inYear == nil) { throw ValidationError("--recruit og --in hører sammen", "--recruit and --in go together") }
            if total == nil, recruit == nil { throw ValidationError("oppgi --total N --by ÅR, --recruit N --in ÅR, eller begge", "give --total N --by YEAR, --recruit N --in YEAR, or both") }
        }

        func run() throws {
            let store = try options.open()
            try store.setGoal(
                branch: branch, total: total.flatMap { count in by.map { (count, $0) } },
                recruit: recruit.flatMap { count in inYear.map { (count, $0) } })
            try StandardOutput.line(Text(options.language)("Målet er lagret.", "The goal is saved."))
        }
    }
}
