import Foundation
import TestSupport
import Testing

/// The seven welcome steps through the built binary: the caller's checklist, the board's open items, the meeting,
/// who came, and the keep-in-touch call some weeks later. `DUES_NOW` moves past the meeting and the weeks.
@Suite struct WelcomeFollowThroughCLITests {
    let folder: TemporaryFolder
    /// Three members on the demo's welcome list, welcomed with all, some and none of the board's steps ticked.
    let members: [String]

    init() throws {
        folder = try TemporaryFolder()
        #expect(try DuesBinary.run(["demo", "--lang", "en"], in: folder.url).status == 0)
        #expect(try DuesBinary.run(["split", welcomeCampaign, "--callers", "Kari Nordmann", "--by", "even"], in: folder.url).status == 0)
        let sheet = try DuesBinary.run(["sheet", welcomeCampaign, "--caller", "Kari Nordmann", "--format", "csv"], in: folder.url)
        members = sheet.stdout.split(separator: "\r\n").dropFirst().prefix(3).compactMap { $0.split(separator: ";").first.map(String.init) }
        let ticks = ["mail_list,social_group,invited_meeting,sent_sms", "mail_list,sent_sms", "told_activity"]
        for (member, checklist) in zip(members, ticks) {
            let log = try DuesBinary.run(
                ["log", member, "--campaign", welcomeCampaign, "--caller", "Kari Nordmann", "--outcome", "welcomed", "--checklist", checklist],
                in: folder.url)
            #expect(log.status == 0, "\(log.stderr)")
        }
    }

    /// Runs `dues` at the test clock moved by `days`.
    func dues(_ arguments: String..., days: Double = 0) throws -> DuesBinary.Result {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return try DuesBinary.run(arguments, in: folder.url, environment: ["DUES_NOW": formatter.string(from: TestClock.now + days * 86_400)])
    }

    /// The test clock moved by `days`, as `--meeting` takes it (Oslo time, the demo's zone).
    static func localTime(days: Double) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: TestClock.now + days * 86_400)
    }

    /// The CSV queue's row per member number.
    func queue(days: Double = 0) throws -> [String: String] {
        let csv = try dues("followups", "--kind", "welcome-tasks", "--format", "csv", days: days)
        #expect(csv.status == 0, "\(csv.stderr)")
        return Dictionary(csv.stdout.split(separator: "\r\n").dropFirst().map { row in
            (String(row.split(separator: ";").first ?? ""), String(row))
        }, uniquingKeysWith: { $1 })
    }

    @Test func theBoardSeesAndClosesTheOpenItems() throws {
        try #require(members.count == 3)
        let (all, some, none) = (members[0], members[1], members[2])
        var rows = try queue()
        #expect(rows[all] == nil, "every step was done on the call")
        #expect(rows[some]?.contains("Add to the social group") == true && rows[some]?.contains("Add to the mail list") == false)
        #expect(rows[none]?.contains("Send a personal SMS") == true)
        let table = try dues("followups", "--kind", "welcome-tasks")
        #expect(table.stdout.contains("invited_meeting") && table.stdout.contains("invited_meeting: Invite to the meeting"))

        let one = try dues("followups", "--kind", "welcome-tasks", "--done", some, "--item", "social_group")
        #expect(one.status == 0 && one.stdout.contains("1 item(s) marked done"), "\(one.stderr)")
        rows = try queue()
        #expect(rows[some]?.contains("Add to the social group") == false && rows[some]?.contains("Invite to the meeting") == true)
        let history = try dues("followups", "--kind", "welcome-tasks", "--include-done")
        #expect(history.stdout.split(separator: "\n").contains { $0.contains("social_group") && $0.hasSuffix("✓") }, "\(history.stdout)")

        let refused = try dues("followups", "--kind", "welcome-tasks", "--done", some, "99999999")
        #expect(refused.status != 0 && refused.stderr.contains("not in the welcome-tasks queue: 99999999"))
        let nb = try dues("followups", "--kind", "welcome-tasks", "--done", "99999999", "--lang", "nb")
        #expect(nb.stderr.contains("ikke i køen welcome-tasks: 99999999"))
        #expect(try queue()[some]?.contains("Invite to the meeting") == true, "nothing written")

        let rest = try dues("followups", "--kind", "welcome-tasks", "--done", some, none)
        #expect(rest.stdout.contains("5 item(s) marked done"), "\(rest.stdout)")
        #expect(try dues("followups", "--kind", "welcome-tasks").stdout.contains("The queue is empty."))
    }

    @Test func afterTheMeetingTheBoardRecordsWhoCame() throws {
        try #require(members.count == 3)
        let meeting = Self.localTime(days: 2)
        #expect(try dues("campaign", "edit", duesCampaign, "--meeting", meeting).status != 0, "dues campaigns have no meeting")
        let edit = try dues("campaign", "edit", welcomeCampaign, "--meeting", meeting)
        #expect(edit.status == 0 && edit.stdout.contains("Meeting: \(meeting)"), "\(edit.stderr)")
        #expect(try dues("campaign", "show", welcomeCampaign).stdout.contains("Meeting for new members: \(meeting)"))
        #expect(try dues("campaign", "edit", welcomeCampaign, "--meeting", "tomorrow").stderr.contains("is not a time"))

        let early = try dues("followups", "--kind", "welcome-tasks", "--came", members[0])
        #expect(early.status != 0 && early.stderr.contains(members[0]), "the meeting has not been held yet")
        #expect(try queue(days: 1)[members[0]] == nil)

        let after = try queue(days: 3)
        #expect(members.allSatisfy { after[$0]?.contains("Did they come to the meeting?") == true })
        #expect(try dues("followups", "--kind", "welcome-tasks", "--came", members[0], members[1], days: 3).stdout
            .contains("Recorded that 2 came"))
        #expect(try dues("followups", "--kind", "welcome-tasks", "--did-not-come", members[1], days: 3).status == 0)
        #expect(try queue(days: 3)[members[0]] == nil, "the question is closed once answered")

        let json = try dues("report", welcomeCampaign, "--format", "json", days: 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let attendance = try #require(object["meetingAttendance"] as? [String: Any])
        #expect(attendance["came"] as? Int == 1 && attendance["didNotCome"] as? Int == 1 && attendance["notKnown"] as? Int == 1)
        #expect(object["isKeepInTouch"] as? Bool == false)
        let table = try dues("report", welcomeCampaign, days: 3)
        #expect(table.stdout.contains("The meeting") && table.stdout.split(separator: "\n").contains { $0.hasPrefix("Did not come") && $0.hasSuffix("1") })
        #expect(try dues("report", welcomeCampaign, "--lang", "nb", days: 3).stdout.contains("Ikke kjent ennå"))
    }

    @Test func theKeepInTouchCallFollowsAfterTheWeeks() throws {
        try #require(members.count == 3)
        #expect(try dues("campaign", "create", "Wrong kind", "--kind", "dues", "--keep-in-touch", welcomeCampaign).status != 0)
        let soon = try dues("campaign", "create", "Keep in touch", "--kind", "welcome", "--keep-in-touch", welcomeCampaign, days: 3)
        #expect(soon.status == 0, "\(soon.stderr)")
        #expect(soon.stdout.contains("created with 0 members"), "\(soon.stdout)")
        #expect(soon.stdout.contains("too recent: 3"), "an empty list is never silent: \(soon.stdout)")

        let later = try dues("campaign", "create", "Keep in touch later", "--kind", "welcome", "--keep-in-touch", welcomeCampaign, days: 7 * 7)
        #expect(later.stdout.contains("created with 3 members") && later.stdout.contains("too recent: 0"), "\(later.stdout) \(later.stderr)")
        let show = try dues("campaign", "show", "Keep in touch later", days: 7 * 7)
        #expect(show.stdout.contains("This is a keep-in-touch call."), "\(show.stdout)")
        #expect(try dues("campaign", "script", "Keep in touch later").stdout.contains("Did you make it to the members' meeting?"))
        #expect(try dues("report", "Keep in touch later", days: 7 * 7).stdout.contains("keep-in-touch call"))
        // Its default SMS asks how they are, not to a meeting, so it needs no meeting of its own to start.
        let sms = try dues("campaign", "sms", "Keep in touch later", days: 7 * 7)
        #expect(sms.status == 0 && sms.stdout.contains("I called to hear how you are doing"), "\(sms.stdout) \(sms.stderr)")
        #expect(!sms.stdout.contains("meeting"))

        let weeks = try dues("campaign", "edit", welcomeCampaign, "--keep-in-touch-weeks", "53")
        #expect(weeks.status != 0)
    }
}
