import Foundation
import TestSupport
import Testing

/// The rows of every table in an HTML report, each cell's text with the escapes undone.
func htmlTableRows(_ html: String) -> [[String]] {
    let row = try! Regex(#"<tr>(.*?)</tr>"#)
    let cell = try! Regex(#"<td[^>]*>(.*?)</td>"#)
    func unescaped(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
    return html.matches(of: row).map { match in
        html[match.range].matches(of: cell).compactMap { $0.output[1].substring.map(unescaped) }
    }.filter { !$0.isEmpty }
}

extension WelcomeFollowThroughCLITests {
    /// The `--format html` report of `campaign` in `language`, `days` after the test clock.
    func htmlReport(_ campaign: String, _ language: String, days: Double = 0) throws -> String {
        let result = try dues("report", campaign, "--format", "html", "--lang", language, days: days)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func htmlReportShowsTheStepsAndWhoCameInBothLanguages() throws {
        try #require(members.count == 3)
        #expect(try dues("campaign", "edit", welcomeCampaign, "--meeting", Self.localTime(days: 2)).status == 0)
        #expect(try dues("followups", "--kind", "welcome-tasks", "--came", members[0], days: 3).status == 0)
        #expect(try dues("followups", "--kind", "welcome-tasks", "--did-not-come", members[1], days: 3).status == 0)

        let english = htmlTableRows(try htmlReport(welcomeCampaign, "en", days: 3))
        for row in [["Told about coming activities", "1", "3"], ["Added to the mail list", "2", "3"],
                    ["Added to the social group", "1", "3"], ["Invited to the next meeting", "1", "3"],
                    ["Sent a personal SMS", "2", "3"], ["Came", "1"], ["Did not come", "1"], ["Not known yet", "1"]] {
            #expect(english.contains(row), "\(row) in \(english)")
        }
        let bokmal = htmlTableRows(try htmlReport(welcomeCampaign, "nb", days: 3))
        for row in [["Fortalt om det som skjer framover", "1", "3"], ["Lagt til på e-postlista", "2", "3"],
                    ["Sendt personlig SMS", "2", "3"], ["Kom", "1"], ["Kom ikke", "1"], ["Ikke kjent ennå", "1"]] {
            #expect(bokmal.contains(row), "\(row) in \(bokmal)")
        }
        #expect(!bokmal.joined().contains { ["Came", "Welcome steps", "The meeting"].contains($0) })
        let page = try htmlReport(welcomeCampaign, "nb", days: 3)
        #expect(page.contains("<h2>Velkomststegene</h2>") && page.contains("<h2>Møtet</h2>"))
        #expect(!page.contains("holde-kontakt-samtale"), "the first welcome call is not a keep-in-touch call")
        #expect(!(try htmlReport(duesCampaign, "en")).contains("Welcome steps"), "dues campaigns have no welcome steps")
    }

    @Test func htmlReportSaysItIsAKeepInTouchCall() throws {
        try #require(members.count == 3)
        let create = try dues("campaign", "create", "Keep <in> touch", "--kind", "welcome", "--keep-in-touch", welcomeCampaign, days: 7 * 7)
        #expect(create.status == 0, "\(create.stderr)")
        let english = try htmlReport("Keep <in> touch", "en", days: 7 * 7)
        #expect(english.contains("keep-in-touch call"))
        #expect(english.contains("Keep &lt;in&gt; touch") && !english.contains("<in>"), "the name is escaped")
        #expect(try htmlReport("Keep <in> touch", "nb", days: 7 * 7).contains("holde-kontakt-samtale"))
    }
}
