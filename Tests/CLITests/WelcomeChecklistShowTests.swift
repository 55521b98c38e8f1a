import Foundation
import TestSupport
import Testing

/// The welcome checklist a caller ticked is visible afterwards in `members show`.
@Suite struct WelcomeChecklistShowTests {
    @Test func membersShowListsTheTickedItemsInTableAndJSON() throws {
        let folder = try TemporaryFolder()
        func dues(_ arguments: String...) throws -> DuesBinary.Result { try DuesBinary.run(arguments, in: folder.url) }
        #expect(try dues("demo", "--lang", "en").status == 0)
        let split = try dues("split", welcomeCampaign, "--callers", "Kari Nordmann", "--by", "even")
        #expect(split.status == 0, "\(split.stderr)")
        let sheet = try dues("sheet", welcomeCampaign, "--caller", "Kari Nordmann", "--format", "csv")
        let member = String(try #require(sheet.stdout.split(separator: "\r\n").dropFirst().first?.split(separator: ";").first))
        let log = try dues("log", member, "--campaign", welcomeCampaign, "--caller", "Kari Nordmann", "--outcome", "welcomed",
                           "--checklist", "sent_sms,mail_list")
        #expect(log.status == 0, "\(log.stderr)")

        let table = try dues("members", "show", member)
        #expect(table.stdout.contains("✓ Added to the mail list"))
        #expect(table.stdout.contains("✓ Sent a personal SMS"), "\(table.stdout)")
        #expect(!table.stdout.contains("✓ Added to the social group"))
        let nb = try dues("members", "show", member, "--lang", "nb")
        #expect(nb.stdout.contains("✓ Lagt til på e-postlista"))

        let json = try dues("members", "show", member, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let calls = try #require(object["calls"] as? [[String: Any]])
        #expect(calls.last?["checklist"] as? [String] == ["mail_list", "sent_sms"], "in checklist order")
    }
}
