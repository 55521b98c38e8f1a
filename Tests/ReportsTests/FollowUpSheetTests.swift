import Foundation
import Model
import Reports
import Storage
import Testing

@Suite struct FollowUpSheetTests {
    static func items() throws -> [FollowUpItem] {
        let json = """
            [{"callID": 1, "memberNumber": "1000", "name": "=cmd|' /C calc'!A0", "branch": "Tromsø", "phone": "+47 412 34 567",
              "email": "kari@example.org", "outcome": "will_pay", "campaign": "Høst", "year": 2026, "calledAt": 1796000000,
              "caller": "Ole", "note": "HEMMELIG notat"},
             {"callID": 2, "memberNumber": "1003", "name": "Åse Ødegård", "branch": "Harstad", "phone": "77 60 12 34",
              "outcome": "will_pay", "campaign": "Høst", "year": 2026, "calledAt": 1796000600, "caller": "Ole",
              "doneAt": 1796100000}]
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode([FollowUpItem].self, from: Data(json.utf8))
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "dues-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func paymentInfoHoldsOnlyWhatSendingNeeds() throws {
        let sheet = FollowUpSheet(kind: .paymentInfo, items: try Self.items(), language: .en)
        #expect(sheet.headers == ["Member no", "Name", "Email", "Branch", "Called"])
        let csv = String(decoding: sheet.csv(), as: UTF8.self)
        #expect(!csv.contains("412 34 567"))
        #expect(!csv.contains("HEMMELIG"))
        #expect(csv.contains("1000;'=cmd|' /C calc'!A0;kari@example.org;Tromsø;2026-11-30\r\n"))
    }

    @Test func daysAreTheOrganisationsDays() throws {
        // 1796000000 is 30 November 00:53 UTC: still the 29th in New York.
        let sheet = FollowUpSheet(
            kind: .paymentInfo, items: try Self.items(), language: .en, timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(String(decoding: sheet.csv(), as: UTF8.self).contains("kari@example.org;Tromsø;2026-11-29\r\n"))
    }

    @Test func wrongNumberShowsThePhoneAndTheDoneColumnWhenAsked() throws {
        let sheet = FollowUpSheet(kind: .wrongNumber, items: try Self.items(), language: .nb, showsDone: true)
        #expect(sheet.headers == ["Medlemsnr", "Navn", "Lokallag", "Telefon", "Ringt", "Notat", "Ferdig"])
        let table = sheet.table()
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(table.contains("2026-12-01"))
        #expect(FollowUpSheet(kind: .wrongNumber, items: [], language: .nb).table() == "Køen er tom.")
    }

    @Test func exportsArePrivateAndNeverOverwrite() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = FollowUpSheet(kind: .alreadyPaid, items: try Self.items(), language: .nb)
        for name in ["queue.csv", "queue.xlsx"] {
            let url = folder.appending(path: name)
            if name.hasSuffix("csv") { try sheet.writeCSV(to: url) } else { try sheet.writeXLSX(to: url) }
            let mode = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o600)
            #expect(throws: (any Error).self) { try sheet.writeCSV(to: url) }
        }
        let csv = try String(contentsOf: folder.appending(path: "queue.csv"), encoding: .utf8)
        #expect(csv.contains("'=cmd"))
        #expect(csv.contains("HEMMELIG notat"))
    }
}
