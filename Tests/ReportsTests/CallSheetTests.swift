import Foundation
import Model
import QRCode
import Spreadsheet
import Storage
import TestSupport
import TextCells
import Testing
@testable import Reports
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct CallSheetTests {
    static let hostileNames = [
        "=HYPERLINK(\"http://evil.example\";\"Klikk\")", "<script>alert(1)</script>", "Kari\u{1b}[2J\u{1b}]0;x\u{7}",
        "+47 SUM(A1)", "@cmd", "-2+3",
    ]

    let folder: TemporaryFolder
    let sheet: CallSheet

    init() throws {
        folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("dues.sqlite"), now: { Date(timeIntervalSince1970: 1_795_701_600) }).store
        let members = Self.hostileNames.enumerated().map { index, name in
            Seed.MemberSeed(
                record: MemberRecord(
                    memberNumber: String(100 + index), firstName: name, lastName: "Hætta", phone: PhoneNumber(parsing: "9123456\(index)"),
                    branch: "Tromsø"),
                dues: [2026: .unpaid])
        }
        try store.load(Seed(settings: [:], duesYears: [:], branches: [.init(name: "Tromsø", goals: [])], members: members,
                            callers: [CallerDraft(name: "Ola")]))
        try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: 2026))
        try store.split(campaign: "K", callers: ["Ola"], strategy: .even)
        let data = try store.sheet(campaign: "K", caller: "Ola")
        sheet = CallSheet(
            campaign: data.campaign, caller: data.caller, lines: data.lines, databaseID: data.databaseID, language: .nb,
            printedAt: store.now())
    }

    @Test func listsEveryMemberWithTheCallScreensKeys() {
        let text = sheet.renderText()
        #expect(sheet.lines.count == Self.hostileNames.count)
        #expect(text.contains("1 Vil betale"))
        #expect(text.contains("d Død") && text.contains("m Flyttet"))
        #expect(text.split(separator: "\n").allSatisfy { CellWidth.of(String($0)) <= 80 })
    }

    @Test func theTextSheetCarriesNoEscapeSequences() {
        let text = sheet.renderText()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("Kari␛[2J"))
    }

    @Test func theHTMLSheetIsWellFormedAndInert() throws {
        let html = sheet.renderHTML()
        let elements = try XMLElementNames(html)
        #expect(!elements.contains("script"))
        #expect(elements.contains("table"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1b}"))
    }

    @Test func theHTMLSheetLinksAndDrawsEveryNumberForAPhoneToDial() throws {
        let html = sheet.renderHTML()
        for line in sheet.lines {
            let phone = try #require(line.member.record.phone)
            let uri = try #require(phone.telURI)
            #expect(html.contains("<a href=\"\(uri)\">\(phone.display)</a>"))
            #expect(html.contains(QRImage.svg(try #require(QRMatrix(encoding: uri)))))
        }
        let elements = try XMLElementNames(html)
        #expect(elements.contains("svg") && elements.contains("path"), "the codes parse as part of the page")
        #expect(html.components(separatedBy: "<svg ").count - 1 == sheet.lines.count)
        #expect(sheet.phoneCell(PhoneNumber(parsing: "<b>12</b>")) == "&lt;b&gt;12&lt;/b&gt;")
        #expect(sheet.phoneCell(nil) == "—")
    }

    @Test func spreadsheetExportsNeutraliseFormulasAndArePrivate() throws {
        let csv = folder.url.appending(path: "sheet.csv"), xlsx = folder.url.appending(path: "sheet.xlsx")
        try sheet.writeCSV(to: csv)
        try sheet.writeXLSX(to: xlsx)
        for url in [csv, xlsx] {
            let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            let source = try TableReader.open(url: url, sheet: nil)
            #expect(source.headers.first == "Medlemsnr")
            var names: [String] = []
            try source.forEach { names.append($0.cells[1].text) }
            #expect(names.count == Self.hostileNames.count)
            for name in names where name.first.map({ "=+-@".contains($0) }) == true {
                Issue.record("\(url.lastPathComponent) holds a live formula: \(name)")
            }
            #expect(names.contains("'=HYPERLINK(\"http://evil.example\";\"Klikk\") Hætta"))
        }
        #expect(throws: Error.self) { try sheet.writeCSV(to: csv) }
    }
}

/// The names of every element in an XML document, read with the platform's XMLParser.
func XMLElementNames(_ xml: String) throws -> Set<String> {
    final class Collector: NSObject, XMLParserDelegate {
        var names: Set<String> = []
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            names.insert(elementName)
        }
    }
    let body = xml.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
    let parser = XMLParser(data: Data(body.utf8))
    let collector = Collector()
    parser.delegate = collector
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return collector.names
}
