import Foundation
import Model
import Storage
import TextCells

/// The branch goals table: members against the total goal, recruits against the recruitment goal with the share
/// reached and its rank (so a small branch can beat a big one), and the recruiting ranks for spring, autumn and the
/// whole year.
public struct GoalsView: Sendable {
    public let report: GoalsReport
    public let language: Language

    public init(report: GoalsReport, language: Language) {
        self.report = report
        self.language = language
    }

    /// An aligned table that fits `width` terminal cells, with a line naming each period's leader.
    public func table(width: Int = 80) -> String {
        let words = Words(language)
        var table = TextTable(columns: [
            .init(words("Lokallag", "Branch"), minWidth: 8, shrinkPriority: 1),
            .init(words("Medl.", "Memb."), alignment: .right),
            .init(words("Mål", "Goal"), alignment: .right),
            .init(words("Innen", "By"), alignment: .right),
            .init(words("Igjen", "To go"), alignment: .right),
            .init(words("Vervet/mål", "Recr./goal"), alignment: .right),
            .init(words("Andel", "Share"), alignment: .right),
            .init(words("Vår", "Spring"), alignment: .right),
            .init(words("Høst", "Autumn"), alignment: .right),
            .init(words("År", "Year"), alignment: .right),
        ])
        for branch in report.branches {
            table.append([
                branch.branch, String(branch.members), branch.totalGoal.map(String.init) ?? "–",
                branch.totalGoalYear.map(String.init) ?? "", branch.toGo.map(String.init) ?? "–", "\(branch.recruited)/" + (branch.recruitGoal.map(String.init) ?? "–"),
                branch.recruitShare.map { "\(Int(($0 * 100).rounded()))% #\(branch.shareRank ?? 0)" } ?? "–",
                "\(branch.recruitedSpring) #\(branch.springRank)", "\(branch.recruitedAutumn) #\(branch.autumnRank)",
                "#\(branch.yearRank)",
            ])
        }
        var lines = [words("Mål og verving \(report.year)", "Goals and recruitment \(report.year)"), table.render(maxWidth: width)]
        for (name, rank, count) in [
            (words("Vår (jan–jun)", "Spring (Jan–Jun)"), \BranchGoalStatus.springRank, \BranchGoalStatus.recruitedSpring),
            (words("Høst (jul–des)", "Autumn (Jul–Dec)"), \BranchGoalStatus.autumnRank, \BranchGoalStatus.recruitedAutumn),
            (words("Hele året", "Whole year"), \BranchGoalStatus.yearRank, \BranchGoalStatus.recruited),
        ] {
            let leaders = report.branches.filter { $0[keyPath: rank] == 1 && $0[keyPath: count] > 0 }
            let text = leaders.isEmpty
                ? words("ingen vervet ennå", "no recruits yet")
                : leaders.map(\.branch).joined(separator: ", ") + " (\(leaders[0][keyPath: count]))"
            lines.append(CellWidth.truncate(TerminalText.sanitizeLine("\(name): \(text)"), to: width))
        }
        let bestShare = report.branches.filter { $0.shareRank == 1 && ($0.recruitShare ?? 0) > 0 }
        if !bestShare.isEmpty, let share = bestShare[0].recruitShare {
            let leaders = bestShare.map(\.branch).joined(separator: ", ") + " (\(Int((share * 100).rounded())) %)"
            lines.append(CellWidth.truncate(TerminalText.sanitizeLine(
                words("Størst andel av vervemålet: ", "Largest share of the recruitment goal: ") + leaders), to: width))
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(report)
    }
}
