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

    @Test func reportCountsHowManyOfTheWelcomedGotEachStep() throws {
        let folder = try TemporaryFolder()
        func dues(_ arguments: String...) throws -> DuesBinary.Result { try DuesBinary.run(arguments, in: folder.url) }
        #expect(try dues("demo", "--lang", "en").status == 0)
        #expect(try dues("split", welcomeCampaign, "--callers", "Kari Nordmann", "--by", "even").status == 0)
        let sheet = try dues("sheet", welcomeCampaign, "--caller", "Kari Nordmann", "--format", "csv")
        let members = sheet.stdout.split(separator: "\r\n").dropFirst().prefix(3).compactMap { $0.split(separator: ";").first.map(String.init) }
        #expect(members.count == 3)
        let ticks = ["mail_list,sent_sms", "mail_list", ""]
        for (member, checklist) in zip(members, ticks) {
            var arguments = ["log", member, "--campaign", welcomeCampaign, "--caller", "Kari Nordmann", "--outcome", "welcomed"]
            if !checklist.isEmpty { arguments += ["--checklist", checklist] }
            let log = try DuesBinary.run(arguments, in: folder.url)
            #expect(log.status == 0, "\(log.stderr)")
        }
        let json = try dues("report", welcomeCampaign, "--format", "json")
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let steps = try #require(object["welcomeSteps"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: steps.map { ($0["step"] as? String ?? "", $0["members"] as? Int ?? -1) })
        #expect(counts == ["told_activity": 0, "mail_list": 2, "social_group": 0, "invited_meeting": 0, "sent_sms": 1])
        #expect(steps.allSatisfy { $0["welcomed"] as? Int == 3 })

        // The board adds the third member to the mail list afterwards, and the second to the social group: the
        // report counts what the members got, on the call or since.
        #expect(try dues("followups", "--kind", "welcome-tasks", "--done", members[2], "--item", "mail_list").status == 0)
        #expect(try dues("followups", "--kind", "welcome-tasks", "--done", members[1], "--item", "social_group").status == 0)
        let after = try dues("report", welcomeCampaign, "--format", "json")
        let later = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        let laterSteps = try #require(later["welcomeSteps"] as? [[String: Any]])
        let laterCounts = Dictionary(uniqueKeysWithValues: laterSteps.map { ($0["step"] as? String ?? "", $0["members"] as? Int ?? -1) })
        #expect(laterCounts == ["told_activity": 0, "mail_list": 3, "social_group": 1, "invited_meeting": 0, "sent_sms": 1])

        let table = try dues("report", welcomeCampaign)
        #expect(table.stdout.contains("Welcome steps"))
        #expect(table.stdout.split(separator: "\n").contains { $0.contains("Added to the mail list") && $0.contains("3") })
        let duesReport = try dues("report", duesCampaign, "--format", "json")
        #expect(!duesReport.stdout.contains("welcomeSteps"), "dues campaigns have no welcome steps")
    }
}
