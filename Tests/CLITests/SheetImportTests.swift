import Foundation
import Model
import SQLite
import Storage
import TestSupport
import Testing
import ZIPFoundation

/// A sheet goes out with `dues sheet`, comes back filled in as a volunteer would (typed into the CSV text, or
/// cells written into the xlsx, or saved again by LibreOffice), and `dues sheet import` logs exactly what it says,
/// once.
@Suite struct SheetImportTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try DemoList.make(in: folder.url)
    }

    @discardableResult
    func dues(_ arguments: String..., status: Int32 = 0) throws -> DuesBinary.Result {
        let result = try DuesBinary.run(arguments, in: folder.url)
        #expect(result.status == status, "\(arguments): \(result.stdout) \(result.stderr)")
        return result
    }

    func store() throws -> Store { try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now }) }

    /// The member's calls on the campaign, newest first.
    func calls(_ member: String) throws -> [CallAttempt] {
        let store = try store()
        let id = try #require(try store.member(number: member)).id
        return try store.callHistory(memberID: id).filter { $0.campaign == "Høst" }
    }

    func callCount() throws -> Int {
        let database = try Database(path: folder.path("dues.sqlite"))
        return try database.fetchOne("SELECT count(*) FROM call_log") { $0[0] as Int } ?? -1
    }

    /// `days` before the test clock's day at `hour`:`minute` in Oslo.
    func daysAgo(_ days: Int, _ hour: Int, _ minute: Int = 0) throws -> Date {
        let day = try #require(Calendar.oslo.date(byAdding: .day, value: -days, to: TestClock.now))
        return try #require(Calendar.oslo.date(bySettingHour: hour, minute: minute, second: 0, of: day))
    }

    /// The CSV sheet's lines, and `fill` applied to data line `index` (from 1): outcome, time, callback, note.
    func fillCSV(_ name: String, _ rows: [Int: [String]]) throws -> [String] {
        let text = try String(contentsOf: folder.url.appending(path: name), encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")
        var members: [String] = []
        for (index, values) in rows.sorted(by: { $0.key < $1.key }) {
            var fields = lines[index].components(separatedBy: ";")
            members.append(fields[0])
            for (offset, value) in values.enumerated() { fields[5 + offset] = Self.quoted(value) }
            lines[index] = fields.joined(separator: ";")
        }
        try EditedFile.text(lines.joined(separator: "\r\n"), to: folder.url.appending(path: "filled-" + name))
        return members
    }

    /// A CSV field, quoted when it must be.
    static func quoted(_ value: String) -> String {
        value.contains(where: { ";\"\r\n".contains($0) }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    @Test func aFilledCSVSheetIsLoggedOnceWithWhatItSays() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "-o", "kari.csv", "--lang", "nb")
        let members = try fillCSV("kari.csv", [
            1: ["1", "i går 19:30", "", ""],
            2: ["ikke svar", "", "", ""],
            3: ["3", "", "i morgen 18", "Ring etter middag; spør om Vipps"],
            5: ["NO ANSWER", "i forgårs 12", "", "Talte med \"datteren\""],
        ])
        let before = try callCount()
        let dry = try dues("sheet", "import", "filled-kari.csv", "--dry-run")
        #expect(dry.stdout.contains("Dry run: would log 4 calls in Høst"), "\(dry.stdout)")
        #expect(try callCount() == before)
        let result = try dues("sheet", "import", "filled-kari.csv")
        #expect(result.stdout.contains("Logged 4 calls in Høst (0 already logged,"), "\(result.stdout)")
        #expect(try callCount() == before + 4)
        let expected: [(Outcome, Date, Date?, String?)] = [
            (.willPay, try daysAgo(1, 19, 30), nil, nil),
            (.noAnswer, TestClock.now, nil, nil),
            (.callback, TestClock.now, try daysAgo(-1, 18), "Ring etter middag; spør om Vipps"),
            (.noAnswer, try daysAgo(2, 12), nil, "Talte med \"datteren\""),
        ]
        for (member, (outcome, at, callback, note)) in zip(members, expected) {
            let logged = try calls(member)
            #expect(logged.count == 1, "\(member)")
            #expect(logged.first?.outcome == outcome && logged.first?.caller == "Kari Nordmann")
            #expect(logged.first?.at == at, "\(member)")
            #expect(logged.first?.callbackAt == callback && logged.first?.note == note, "\(member)")
        }
        let again = try dues("sheet", "import", "filled-kari.csv")
        #expect(again.stdout.contains("Logged 0 calls in Høst (4 already logged,"), "\(again.stdout)")
        #expect(try callCount() == before + 4)
    }

    @Test func aFilledXLSXSheetIsLoggedOnce() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "xlsx", "-o", "kari.xlsx")
        let url = folder.url.appending(path: "kari.xlsx")
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [(name: String, data: Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries.append((entry.path, data))
        }
        let index = try #require(entries.firstIndex { $0.name == "xl/worksheets/sheet1.xml" })
        var sheet = String(decoding: entries[index].data, as: UTF8.self)
        // A number typed into the key column, text elsewhere, as Excel stores them.
        sheet = sheet.replacingOccurrences(of: "<c r=\"F2\" s=\"3\"/>", with: "<c r=\"F2\" s=\"3\"><v>6</v></c>")
        sheet = sheet.replacingOccurrences(
            of: "<c r=\"F4\" s=\"3\"/>", with: "<c r=\"F4\" s=\"3\" t=\"inlineStr\"><is><t>Ikke ring igjen</t></is></c>")
        sheet = sheet.replacingOccurrences(
            of: "<c r=\"G4\" s=\"3\"/>", with: "<c r=\"G4\" s=\"3\" t=\"inlineStr\"><is><t>i går 20:15</t></is></c>")
        entries[index].data = Data(sheet.utf8)
        try StoredZip.archive(entries).write(to: folder.url.appending(path: "filled.xlsx"))
        let text = try dues("sheet", "import", "filled.xlsx").stdout
        #expect(text.contains("Logged 2 calls"), "\(text)")
        let lines = text.split(separator: "\n")
        let first = try #require(lines.first { $0.contains("row 2:") }).split(separator: " ")[2]
        let third = try #require(lines.first { $0.contains("row 4:") }).split(separator: " ")[2]
        #expect(try calls(String(first)).first?.outcome == .noAnswer)
        let stopped = try calls(String(third)).first
        let lastEvening = try daysAgo(1, 20, 15)
        #expect(stopped?.outcome == .doNotCall && stopped?.at == lastEvening)
        #expect(try dues("sheet", "import", "filled.xlsx").stdout.contains("Logged 0 calls"))
    }

    @Test func oneBadRowRefusesTheWholeFileNamingRowAndColumn() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "-o", "kari.csv")
        let before = try callCount()
        _ = try fillCSV("kari.csv", [1: ["1", "", "", ""], 4: ["x", "", "", ""]])
        let outcome = try dues("sheet", "import", "filled-kari.csv", "--lang", "nb", status: 1)
        #expect(outcome.stderr.contains("filled-kari.csv:5:F: 'x' er ikke et utfall"), "\(outcome.stderr)")
        try FileManager.default.removeItem(at: folder.url.appending(path: "filled-kari.csv"))
        _ = try fillCSV("kari.csv", [1: ["1", "", "", ""], 3: ["6", "i morgen 12", "", ""]])
        let ahead = try dues("sheet", "import", "filled-kari.csv", status: 1)
        #expect(ahead.stderr.contains("filled-kari.csv:4:G: the call time 'i morgen 12' lies in the future"), "\(ahead.stderr)")
        try FileManager.default.removeItem(at: folder.url.appending(path: "filled-kari.csv"))
        _ = try fillCSV("kari.csv", [2: ["6", "", "i morgen", ""]])
        let callback = try dues("sheet", "import", "filled-kari.csv", status: 1)
        #expect(callback.stderr.contains("filled-kari.csv:3:H: a callback time goes with the outcome 3 Call back"), "\(callback.stderr)")
        #expect(try callCount() == before)
    }

    @Test func hostileCellsAreCleanedOrRefused() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "-o", "kari.csv")
        let members = try fillCSV("kari.csv", [1: ["6", "", "", "\u{1b}[2J\u{7}=cmd|' /C calc'!A0"]])
        let result = try dues("sheet", "import", "filled-kari.csv")
        #expect(!result.stdout.contains("\u{1b}"))
        let note = try #require(try calls(members[0]).first?.note)
        #expect(!note.unicodeScalars.contains { $0.value < 0x20 } && note.hasSuffix("=cmd|' /C calc'!A0"), "\(note)")
        try FileManager.default.removeItem(at: folder.url.appending(path: "filled-kari.csv"))
        let text = try String(contentsOf: folder.url.appending(path: "kari.csv"), encoding: .utf8)
        var lines = text.components(separatedBy: "\r\n")
        lines[2] = "999999999;Ukjent;;;;1;;;"
        lines[3] = "1' OR '1'='1;;;;;1;;;"
        try EditedFile.text(lines.joined(separator: "\r\n"), to: folder.url.appending(path: "filled-kari.csv"))
        let before = try callCount()
        let unknown = try dues("sheet", "import", "filled-kari.csv", status: 1)
        #expect(unknown.stderr.contains("filled-kari.csv:3:A: "), "\(unknown.stderr)")
        #expect(try callCount() == before)
    }

    @Test func aSheetForAnotherDatabaseOrCampaignIsRefused() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "-o", "kari.csv")
        _ = try fillCSV("kari.csv", [1: ["1", "", "", ""]])
        let campaign = try dues("sheet", "import", "filled-kari.csv", "--campaign", duesCampaign, status: 1)
        #expect(campaign.stderr.contains("the sheet is for the campaign Høst, not \(duesCampaign)"), "\(campaign.stderr)")
        let other = try TemporaryFolder()
        #expect(try DuesBinary.run(["init"], in: other.url).status == 0)
        try FileManager.default.copyItem(
            at: folder.url.appending(path: "filled-kari.csv"), to: other.url.appending(path: "filled-kari.csv"))
        let database = try DuesBinary.run(["sheet", "import", "filled-kari.csv"], in: other.url)
        #expect(database.status == 1 && database.stderr.contains("printed from another database"), "\(database.stderr)")
        let plain = folder.url.appending(path: "plain.csv")
        try EditedFile.text("Medlemsnr;Utfall (tast)\r\n1;1\r\n", to: plain)
        #expect(try dues("sheet", "import", "plain.csv", status: 1).stderr.contains("not a call sheet written by dues sheet"))
    }

    @Test func anotherCallerCanBeNamed() throws {
        try dues("sheet", "Høst", "--caller", "Kari Nordmann", "--format", "csv", "-o", "kari.csv")
        let members = try fillCSV("kari.csv", [1: ["2", "", "", ""]])
        let result = try dues("sheet", "import", "filled-kari.csv", "--caller", "Ole Hansen", "--at", "i går 18:00")
        #expect(result.stdout.contains("as Ole Hansen"), "\(result.stdout)")
        let call = try #require(try calls(members[0]).first)
        let yesterday = try daysAgo(1, 18)
        #expect(call.caller == "Ole Hansen" && call.outcome == .paidAlready && call.at == yesterday)
    }

    /// Sheets written by `dues sheet` for the demo's campaign Høst and saved again by LibreOffice Calc 7 (headless):
    /// an xlsx with LibreOffice's styles and shared strings, and a `;` CSV in Windows-1252.
    @Test func aSheetSavedAgainByLibreOfficeComesBack() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
        for name in ["sheet-resaved-by-libreoffice.xlsx", "sheet-resaved-by-libreoffice.csv"] {
            try FileManager.default.copyItem(at: fixtures.appending(path: name), to: folder.url.appending(path: name))
        }
        let database = try Database(path: folder.path("dues.sqlite"))
        _ = try database.run("UPDATE settings SET value = ? WHERE key = 'database_id'", ["e2f625965d57400335776827dc44b200"])
        let before = try callCount()
        let result = try dues("sheet", "import", "sheet-resaved-by-libreoffice.xlsx")
        #expect(result.stdout.contains("Logged 5 calls in Høst (0 already logged, 6 empty rows)"), "\(result.stdout)")
        let expected: [(String, Outcome, Date, String?)] = [
            ("241533", .willPay, try daysAgo(1, 19, 30), nil), ("302270", .noAnswer, TestClock.now, nil),
            ("769739", .callback, TestClock.now, "Ring etter middag, spør om Vipps"),
            ("471894", .paidAlready, try daysAgo(1, 12), nil), ("350086", .noAnswer, TestClock.now, "Æøå – «ikke hjemme»"),
        ]
        for (member, outcome, at, note) in expected {
            let call = try #require(try calls(member).first, "\(member)")
            #expect(call.outcome == outcome && call.at == at && call.note == note, "\(member): \(call)")
        }
        let tomorrow = try daysAgo(-1, 18)
        #expect(try calls("769739").first?.callbackAt == tomorrow)
        // The CSV is the same filled sheet: nothing is logged twice.
        let csv = try dues("sheet", "import", "sheet-resaved-by-libreoffice.csv", "--lang", "nb")
        #expect(csv.stdout.contains("Registrerte 0 samtaler i Høst (5 allerede registrert, 6 tomme rader)"), "\(csv.stdout)")
        #expect(try callCount() == before + 5)
    }
}

/// Saves a file as a volunteer's editor would, never over an existing one.
enum EditedFile {
    static func text(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }
}
