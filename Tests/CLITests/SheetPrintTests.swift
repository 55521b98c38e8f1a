import Foundation
import Storage
import TestSupport
import Testing
import ZIPFoundation

/// `dues sheet` writes sheets that print: the xlsx's page setup, print titles, widths and header are read back
/// from its XML parts; the HTML and text sheets have the time and callback columns and the reference.
@Suite struct SheetPrintTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try DemoList.make(in: folder.url)
    }

    func dues(_ arguments: String...) throws -> DuesBinary.Result {
        let result = try DuesBinary.run(arguments, in: folder.url)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
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

    @Test func theXLSXPrintsOnA4OnePageWideWithTheHeaderOnEveryPage() throws {
        _ = try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "xlsx", "-o", "kari.xlsx", "--lang", "nb")
        let parts = try parts("kari.xlsx")
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Ringeliste'!$1:$1</definedName>"))
        #expect(workbook.contains("<sheet name=\"Taster og manus\""))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        #expect(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""))
        #expect(sheet.contains("<oddHeader>&amp;LHøst&amp;CKari Nordmann&amp;RSkrevet ut "), "\(sheet.suffix(600))")
        #expect(sheet.contains("<oddFooter>&amp;LTaster: 1 Vil betale · 2 Har betalt"))
        let widths = try Self.columnWidths(sheet)
        #expect(widths.count == 10)
        #expect(widths[1] >= 24, "a name")
        #expect(widths[3] >= Double("+47 412 34 567".count) + 1, "a whole phone number")
        #expect(widths[8] >= 35 && widths[8] == widths.prefix(9).max(), "the note column is the widest")
        #expect(sheet.contains("<col min=\"10\" max=\"10\" width=\"60\" customWidth=\"1\" hidden=\"1\"/>"))
        #expect(sheet.contains("Referanse (ikke endre): dues-sheet/1/"))
        // Every cell of the table has the bordered style, empty ones too, so the grid prints.
        #expect(sheet.contains("<c r=\"I2\" s=\"3\"/>"))
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("<left style=\"thin\">"))
        let script = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(script.contains("Vil betale") && script.contains("Manus"))
    }

    @Test func theHTMLAndTextSheetsHaveTimeAndCallbackColumnsAndTheReference() throws {
        let html = try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "html", "--lang", "en").stdout
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains(">Date/time</th>") && html.contains(">Call back</th>"))
        #expect(html.contains("<meta name=\"dues-sheet\" content=\"dues-sheet/1/"))
        #expect(html.contains("<div class=\"script\">") && !html.contains("<div class=\"script\"></div>"))
        // 297 mm less the margins and a header row, over the fixed row height: at least 20 members a page.
        let margin = try #require(Self.number(after: "margin: ", in: html))
        let row = try #require(Self.number(after: "tbody tr { height: ", in: html))
        #expect(((297 - 2 * margin - 8) / row).rounded(.down) >= 20)
        let text = try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--lang", "en").stdout
        #expect(text.contains("Date/time: ____") && text.contains("Call back: ____"))
        #expect(text.contains("Reference (do not edit):") && text.contains("dues-sheet/1/"))
    }

    @Test func membersAreSortedByNameUnlessAskedOtherwise() throws {
        let csv = try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv").stdout
        let rows = csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        #expect(rows.count > 3)
        let surnames = rows.map { String($0[1].split(separator: " ").last ?? "") }
        #expect(surnames == surnames.sorted { Self.norwegian($0) < Self.norwegian($1) }, "\(surnames)")
        let byPhone = try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "--sort", "phone").stdout
        let phones = byPhone.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ";", omittingEmptySubsequences: false)[3]) }
        let digits = phones.map { $0.filter(\.isNumber) }.filter { !$0.isEmpty }
        #expect(digits == digits.sorted(), "\(phones)")
        let wrong = try DuesBinary.run(["sheet", "Høst", "--caller", "Kari Nordmann", "--sort", "age"], in: folder.url)
        #expect(wrong.status != 0)
    }

    static func norwegian(_ text: String) -> String {
        String(text.lowercased().map { ["æ": "{", "ø": "|", "å": "}"][$0] ?? $0 })
    }

    static func columnWidths(_ sheet: String) throws -> [Double] {
        let regex = try Regex("<col min=\"[0-9]+\" max=\"[0-9]+\" width=\"([0-9.]+)\"")
        return sheet.matches(of: regex).compactMap { match in match.output[1].substring.flatMap { Double($0) } }
    }

    static func number(after prefix: String, in text: String) -> Double? {
        guard let start = text.range(of: prefix) else { return nil }
        return Double(text[start.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
}
