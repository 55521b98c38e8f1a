import Foundation
import Model
import Storage
import TestSupport
import Testing
import ZIPFoundation

/// `dues sheet --format xlsx` makes each valid phone number a `tel:` hyperlink, so tapping the cell in Excel or
/// Numbers on a phone dials it; the links are read back from the workbook's parts and matched to the cells.
@Suite struct SheetPhoneLinkTests {
    /// A mobile, a landline, a foreign mobile, a broken number and none.
    static let phones: [String?] = ["412 34 567", "77 64 40 00", "+46 70 123 45 67", "ring etter kl 16", nil]

    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let store = try Store.create(at: folder.path("dues.sqlite"), now: { TestClock.now }).store
        let year = TestClock.year
        try store.load(Seed(
            settings: [.party: "Testpartiet"], duesYears: [year: CalendarDate(year: year, month: 12, day: 31)!],
            branches: [.init(name: "Tromsø", goals: [])],
            members: Self.phones.enumerated().map { index, phone in
                Seed.MemberSeed(
                    record: MemberRecord(
                        memberNumber: String(1000 + index), firstName: "Medlem\(index)", lastName: "Hansen",
                        phone: phone.map(PhoneNumber.init(parsing:)), branch: "Tromsø"),
                    dues: [year: .unpaid])
            },
            callers: [CallerDraft(name: "Ola")]))
        let rules = CallingRules(startMinute: 0, endMinute: 24 * 60, callingDays: Set(Weekday.allCases))
        try store.createCampaign(CampaignDraft(name: "K", kind: .dues, year: year, rules: rules))
        try store.split(campaign: "K", callers: ["Ola"], strategy: .even)
    }

    /// The text of every part of the workbook at `path`.
    func parts(_ path: String) throws -> [String: String] {
        let archive = try Archive(url: folder.url.appending(path: path), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return parts
    }

    @Test func validNumbersAreTelLinksOnTheirOwnCells() throws {
        let result = try DuesBinary.run(["sheet", "K", "--caller", "Ola", "--format", "xlsx", "-o", "ola.xlsx"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let parts = try parts("ola.xlsx")
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        let rels = try #require(parts["xl/worksheets/_rels/sheet1.xml.rels"])

        // The relationships: every one an external hyperlink, by id.
        var targets: [String: String] = [:]
        for match in rels.matches(of: /<Relationship Id="(rId\d+)" Type="([^"]+)" Target="([^"]+)" TargetMode="External"\/>/) {
            #expect(match.2 == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")
            targets[String(match.1)] = String(match.3)
        }
        #expect(rels.components(separatedBy: "<Relationship ").count - 1 == targets.count, "\(rels)")

        // The links, by cell; the phone cells (column D), by row.
        var links: [String: String] = [:]
        for match in sheet.matches(of: /<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)"\/>/) {
            links[String(match.1)] = try #require(targets[String(match.2)], "r:id \(match.2) has a relationship")
        }
        var phoneCells: [String: String] = [:]
        let phoneCell = try Regex(
            #"<c r="(D(\d+))"[^>]*?(?:/>|><is><t xml:space="preserve">([^<]*)</t>)"#,
            as: (Substring, Substring, Substring, Substring?).self)
        for match in sheet.matches(of: phoneCell) where Int(match.2)! > 1 {
            phoneCells[String(match.1)] = match.3.map(String.init) ?? ""
        }
        // Members without a number to call are not on the list at all.
        let callable = Self.phones.compactMap { $0.map(PhoneNumber.init(parsing:)) }.filter(\.isCallable)
        #expect(phoneCells.count == callable.count)
        for (cell, text) in phoneCells {
            #expect(links[cell] == PhoneNumber(parsing: text).telURI, "\(cell) «\(text)»")
        }
        #expect(Set(links.values) == ["tel:+4741234567", "tel:+4777644000", "tel:+46701234567"])
        #expect(Set(phoneCells.values) == Set(callable.map(\.display)), "the cell text is kept")

        // CT_Worksheet's order: hyperlinks after sheetData, before the print options and page setup.
        let order = ["</sheetData>", "<hyperlinks>", "</hyperlinks>", "<printOptions", "<pageMargins", "<pageSetup",
                     "<headerFooter>"].map { sheet.range(of: $0)?.lowerBound }
        #expect(!order.contains(nil) && order.map { $0! } == order.map { $0! }.sorted(), "\(sheet.suffix(1200))")
        #expect(try #require(parts["[Content_Types].xml"]).contains("<Default Extension=\"rels\""))
    }
}
