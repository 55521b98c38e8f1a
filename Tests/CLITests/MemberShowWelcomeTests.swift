import Foundation
import TestSupport
import Testing

/// `members show` of a welcomed member tells which of the board's welcome steps are done and whether they came.
extension WelcomeFollowThroughCLITests {
    /// The `welcome` object of `members show --format json`, or nil when it is null; fails when the key is missing.
    func welcomeJSON(_ member: String, days: Double) throws -> [String: Any]? {
        let json = try dues("members", "show", member, "--format", "json", days: days)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let welcome = try #require(object["welcome"], "the key is always present")
        return welcome as? [String: Any]
    }

    /// The lines of `members show` in `language` from the welcome heading on.
    func welcomeLines(_ member: String, _ language: String, days: Double) throws -> [String] {
        let table = try dues("members", "show", member, "--lang", language, days: days)
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        let heading = language == "nb" ? "Velkomstoppgaver for styret (" : "Welcome tasks for the board ("
        return Array(lines.drop { !$0.hasPrefix(heading) })
    }

    @Test func membersShowTellsTheBoardsWelcomeStepsAndTheMeeting() throws {
        try #require(members.count == 3)
        let (all, some, none) = (members[0], members[1], members[2])
        #expect(try dues("followups", "--kind", "welcome-tasks", "--done", none, "--item", "mail_list").status == 0)
        #expect(try dues("campaign", "edit", welcomeCampaign, "--meeting", Self.localTime(days: 2)).status == 0)

        let before = try welcomeLines(none, "en", days: 1)
        #expect(before.contains("  ✓ Add to the mail list (done)"), "\(before)")
        #expect(before.contains("  · Add to the social group (to do)") && before.contains("  · Send a personal SMS (to do)"))
        #expect(before.contains { $0.hasPrefix("  Meeting ") && $0.hasSuffix(": not held yet") })
        #expect(try welcomeLines(all, "en", days: 1).contains("  Nothing: all was done on the call."))

        #expect(try dues("followups", "--kind", "welcome-tasks", "--came", some, days: 3).status == 0)
        #expect(try dues("followups", "--kind", "welcome-tasks", "--did-not-come", all, days: 3).status == 0)
        #expect(try welcomeLines(some, "en", days: 3).contains { $0.hasPrefix("  Meeting ") && $0.hasSuffix(": came") })
        #expect(try welcomeLines(all, "en", days: 3).contains { $0.hasSuffix(": did not come") })
        #expect(try welcomeLines(none, "en", days: 3).contains { $0.hasSuffix(": not known yet") })
        let bokmal = try welcomeLines(none, "nb", days: 3)
        #expect(bokmal.contains("  ✓ Legg til på e-postlista (gjort)") && bokmal.contains("  · Inviter til møtet (gjenstår)"), "\(bokmal)")
        #expect(bokmal.contains { $0.hasPrefix("  Møtet ") && $0.hasSuffix(": ikke kjent ennå") })
        #expect(try welcomeLines(some, "nb", days: 3).contains { $0.hasSuffix(": kom") })
        #expect(try welcomeLines(all, "nb", days: 3).contains("  Ingenting: alt ble gjort på samtalen."))

        let open = try #require(try welcomeJSON(none, days: 3))
        #expect(open["campaign"] as? String == welcomeCampaign)
        #expect(open["open"] as? [String] == ["social_group", "invited_meeting", "sent_sms", "came_to_meeting"])
        #expect(open["done"] as? [String] == ["mail_list"])
        #expect(open["came"] is NSNull && open["meeting_at"] is String)
        let came = try #require(try welcomeJSON(some, days: 3))
        #expect(came["came"] as? Bool == true && came["done"] as? [String] == ["came_to_meeting"])
        #expect(came["open"] as? [String] == ["social_group", "invited_meeting"])
        #expect(try welcomeJSON(all, days: 3)?["came"] as? Bool == false)

        let sheet = try dues("sheet", welcomeCampaign, "--caller", "Kari Nordmann", "--format", "csv")
        let notWelcomed = try #require(sheet.stdout.split(separator: "\r\n").dropFirst(4).first?.split(separator: ";").first)
        try #require(!members.contains(String(notWelcomed)))
        #expect(try welcomeJSON(String(notWelcomed), days: 3) == nil, "null for a member never welcomed")
        #expect(try welcomeLines(String(notWelcomed), "en", days: 3).isEmpty)
    }
}
