import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import Reports
import Storage
import Testing

/// Collects element names, attributes and text while parsing.
final class XMLCollector: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [String: [String]] = [:]
    var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        elements.append(name.lowercased())
        for (key, value) in attributes { self.attributes[key.lowercased(), default: []].append(value) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}

@Suite struct HTMLReportTests {
    func parse(_ html: String) throws -> XMLCollector {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = XMLCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        #expect(parsed, "\(String(describing: parser.parserError))")
        return collector
    }

    @Test(arguments: [Language.nb, .en])
    func thePageIsWellFormedSelfContainedAndHasThreeCharts(language: Language) throws {
        let html = CampaignReportView(report: try ReportFixtures.report(), language: language)
            .html(generatedAt: Date(timeIntervalSince1970: 1_796_000_000), timeZone: TimeZone(identifier: "America/New_York")!)
        let page = try parse(html)
        // 30 November 2026 at 00:53 UTC is the evening before in New York.
        #expect(html.contains("2026-11-29 19:53"), "the time the report was made is in the organisation's zone")
        #expect(page.elements.first == "html")
        #expect(!page.elements.contains("script"))
        #expect(!html.lowercased().contains("<script"))
        #expect(page.elements.filter { $0 == "svg" }.count == 3)
        for external in ["src", "href", "xlink:href", "onload", "onclick"] { #expect(page.attributes[external] == nil) }
        #expect(!html.contains("url("))
        #expect(html.contains("@page { size: A4"))
        #expect(page.text.contains("<script>alert(1)</script>"))
        #expect(page.text.contains("Høst <2026> & \"alt\""))
        #expect(page.text.contains("Storfjord – Omasvuotna – Omasvuono ÆØÅ"))
    }

    @Test func aWelcomeReportHasNoPaidSinceChart() throws {
        let json = ReportFixtures.json.replacingOccurrences(of: "\"kind\": \"dues\"", with: "\"kind\": \"welcome\"")
            .replacingOccurrences(of: "\"paidSince\": {\"total\": 4, \"reached\": 2, \"reachedWillPay\": 1},", with: "")
        let report = try JSONDecoder().decode(CampaignReport.self, from: Data(json.utf8))
        let page = try parse(CampaignReportView(report: report, language: .en).html(generatedAt: Date(), timeZone: TimeZone(identifier: "Europe/Oslo")!))
        #expect(page.elements.filter { $0 == "svg" }.count == 2)
    }
}
