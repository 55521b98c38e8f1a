import Foundation
import Model
import Reports
import Storage
import Testing

@Suite struct GoalsViewTests {
    @Test func theTableFitsAndNamesEachPeriodsLeaders() throws {
        let json = """
            {"year": 2026, "branches": [
              {"branch": "Storfjord – Omasvuotna – Omasvuono", "members": 120, "totalGoal": 150, "totalGoalYear": 2028,
               "recruited": 4, "recruitedSpring": 3, "recruitedAutumn": 1, "recruitGoal": 8,
               "springRank": 1, "autumnRank": 2, "yearRank": 1},
              {"branch": "Tromsø", "members": 900, "recruited": 4, "recruitedSpring": 1, "recruitedAutumn": 3,
               "springRank": 2, "autumnRank": 1, "yearRank": 1}
            ]}
            """
        let report = try JSONDecoder().decode(GoalsReport.self, from: Data(json.utf8))
        let table = GoalsView(report: report, language: .nb).table()
        let lines = table.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(table.contains("Vår (jan–jun): Storfjord – Omasvuotna – Omasvuono (3)"))
        #expect(table.contains("Høst (jul–des): Tromsø (3)"))
        #expect(table.contains("Hele året: Storfjord – Omasvuotna – Omasvuono, Tromsø (4)"))
        let row = try #require(lines.first { $0.hasPrefix("Tromsø") })
        #expect(row.contains("900"))
    }
}
