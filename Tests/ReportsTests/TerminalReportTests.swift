import Foundation
import Model
import Reports
import Storage
import Testing

@Suite struct TerminalReportTests {
    let view: CampaignReportView

    init() throws {
        view = CampaignReportView(report: try ReportFixtures.report(), language: .nb)
    }

    /// Terminal cells of a line in which every character here takes one cell.
    func cells(_ line: Substring) -> Int { line.count }

    @Test(arguments: [nil] + ReportDimension.allCases.map(Optional.some))
    func everyTableFitsEightyColumns(by dimension: ReportDimension?) {
        let lines = view.table(by: dimension).split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { cells($0) <= 80 })
        #expect(!view.table(by: dimension).contains("\u{1B}"))
    }

    @Test func norwegianLettersKeepNumbersAligned() {
        let lines = view.table(by: .branch).split(separator: "\n")
        let tromso = lines.first { $0.hasPrefix("Tromsø") }!, harstad = lines.first { $0.hasPrefix("Harstad") }!
        #expect(cells(tromso) == cells(harstad))
        #expect(tromso.hasSuffix("1"))
    }

    @Test func theSummaryShowsConversionBothWays() {
        let table = view.table(by: nil)
        #expect(table.contains("Betalt blant de nådde"))
        #expect(table.contains("50,0 %"))
        #expect(table.contains("33,3 %"))
        #expect(table.contains("Vil betale"))
    }

    @Test func csvNeutralisesFormulasAndJSONKeepsEveryNumber() throws {
        let csv = String(decoding: view.csv(by: .caller), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}Ringer;"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\";3;2;2;0;1\r\n"))
        let decoded = try JSONDecoder().decode(CampaignReport.self, from: try view.json())
        #expect(decoded == (try ReportFixtures.report()))
    }
}
