import Foundation
import SQLite
import TestSupport
import Testing

/// Campaigns that remember: answers given in one campaign keep members off the next list of the year, a member on two
/// open lists is warned about, campaigns can be changed or deleted, and an empty list says why. Through the binary.
@Suite struct CampaignMemoryTests {
    let folder: TemporaryFolder

    /// The year the newer members joined (the one before the test clock's), and the year the older ones did.
    static let joined = TestClock.year - 1, joinedEarlier = TestClock.year - 3

    /// Eight members unpaid for 2018, who joined last year (2001–2004) or three years ago (2005–2008).
    static let register = """
        Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Innmeldt;Betalt 2018\r
        2001;Anne;Ås;91000001;Tromsø;01.03.\(joined);Nei\r
        2002;Bjørn;Berg;91000002;Tromsø;02.03.\(joined);Nei\r
        2003;Cecilie;Dal;91000003;Tromsø;03.03.\(joined);Nei\r
        2004;Dag;Elv;91000004;Tromsø;04.03.\(joined);Nei\r
        2005;Eli;Fjell;91000005;Harstad;05.03.\(joinedEarlier);Nei\r
        2006;Frode;Gran;91000006;Harstad;06.03.\(joinedEarlier);Nei\r
        2007;Gro;Hei;91000007;Harstad;07.03.\(joinedEarlier);Nei\r
        2008;Hans;Ild;91000008;Harstad;08.03.\(joinedEarlier);Nei\r

        """

    init() throws {
        folder = try TemporaryFolder()
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        try Data(Self.register.utf8).write(to: folder.url.appending(path: "register.csv"))
        let imported = try dues("import", "register.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try dues("caller", "add", "Kari Nordmann").status == 0)
    }

    @discardableResult
    private func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url)
    }

    /// The member numbers on a campaign's list with their entry status.
    private func list(_ campaign: String) throws -> [String] {
        try Database(path: folder.path("dues.sqlite")).fetchAll("""
            SELECT m.member_number || ':' || e.status FROM call_list_entries e
            JOIN campaigns c ON c.id = e.campaign_id JOIN members m ON m.id = e.member_id
            WHERE c.name = ? ORDER BY m.member_number
            """, [campaign]) { $0[0] as String }
    }

    /// The day `days` before the test clock's, at noon, as `dues log --at` takes it.
    private static func daysAgo(_ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Oslo")!
        let day = calendar.date(byAdding: .day, value: -days, to: TestClock.now)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d 12:00", parts.year!, parts.month!, parts.day!)
    }

    @Test func answersInOneCampaignKeepMembersOffTheNextListOfTheYear() throws {
        #expect(try dues("campaign", "create", "Monday", "--kind", "dues", "--year", "2018").stdout.contains("with 8 members"))
        let second = try dues("campaign", "create", "Tuesday", "--kind", "dues", "--year", "2018")
        #expect(second.status == 0)
        #expect(second.stdout.contains("created with 0 members"), "\(second.stdout)")
        #expect(second.stdout.contains("8 are open on another open list for 2018; --allow-overlap"), "\(second.stdout)")
        #expect(try dues("campaign", "delete", "Tuesday").status == 0)
        let overlapping = try dues("campaign", "create", "Tuesday", "--kind", "dues", "--year", "2018", "--allow-overlap")
        #expect(overlapping.stdout.contains("Warning: 8 on the list are on another open list for 2018 too"), "\(overlapping.stdout)")
        #expect(try dues("campaign", "show", "Tuesday").stdout.contains("8 open members are on another open list for 2018 too"))
        #expect(try dues("campaign", "delete", "Tuesday").status == 0)
        #expect(try !dues("campaign", "show", "Monday").stdout.contains("another open list for"))

        for (member, outcome, at) in [
            ("2001", "will_pay", Self.daysAgo(1)), ("2002", "declined", Self.daysAgo(1)),
            ("2003", "wants_to_resign", Self.daysAgo(1)), ("2004", "deceased", Self.daysAgo(1)),
            ("2005", "moved", Self.daysAgo(1)), ("2006", "no_answer", Self.daysAgo(1)),
            ("2007", "wrong_number", Self.daysAgo(1)), ("2008", "will_pay", Self.daysAgo(20)),
        ] {
            let logged = try dues("log", member, "--caller", "Kari Nordmann", "--outcome", outcome, "--campaign", "Monday", "--at", at)
            #expect(logged.status == 0, "\(member) \(outcome): \(logged.stderr)")
        }
        #expect(try dues("campaign", "close", "Monday").status == 0)

        // 2006 had no answer, and 2008 said they would pay 20 days ago: past the 14-day grace period, still unpaid.
        let next = try dues("campaign", "create", "Thursday", "--kind", "dues", "--year", "2018")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains(
            "Left out: 1 reported deceased, 1 reported moved, with no new branch in the register, "
                + "2 declined or want to resign, on another list this year, 1 said they will pay, within the grace period, "
                + "1 no usable number."), "\(next.stdout)")
        #expect(try list("Thursday") == ["2006:open", "2008:open"])
        let show = try dues("campaign", "show", "Thursday")
        #expect(show.stdout.contains("reported deceased: 1"), "\(show.stdout)")
        #expect(show.stdout.contains("said they will pay, within the grace period: 1"))

        // A longer grace period keeps 2008 off too; the register's new branch for 2005 brings them back.
        #expect(try dues("settings", "set", "will-pay-grace-days", "30").status == 0)
        #expect(try dues("campaign", "delete", "Thursday").status == 0)
        let moved = Self.register.replacingOccurrences(of: "2005;Eli;Fjell;91000005;Harstad", with: "2005;Eli;Fjell;91000005;Tromsø")
        try Data(moved.utf8).write(to: folder.url.appending(path: "moved.csv"))
        let imported = try dues("import", "moved.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try dues("campaign", "create", "Friday", "--kind", "dues", "--year", "2018").status == 0)
        #expect(try list("Friday") == ["2005:open", "2006:open"])

        // Someone who died is not welcomed either.
        let welcome = try dues("campaign", "create", "Welcome", "--kind", "welcome", "--joined-since", "01.01.\(Self.joined)")
        #expect(welcome.status == 0, "\(welcome.stderr)")
        #expect(try list("Welcome") == ["2001:open", "2002:open", "2003:open"])
    }

    @Test func aCampaignsRulesCanBeChangedAndAMistakeDeleted() throws {
        #expect(try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018").status == 0)
        let edited = try dues("campaign", "edit", "K", "--hours", "9-22", "--days", "1234567", "--rename", "Kveld")
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.contains("09:00-22:00 on days 1234567"))
        let rules = try Database(path: folder.path("dues.sqlite")).fetchOne(
            "SELECT calling_start_minute || ' ' || calling_end_minute || ' ' || calling_days FROM campaigns WHERE name = 'Kveld'") { $0[0] as String }
        #expect(rules == "540 1320 1234567")
        #expect(try list("Kveld").count == 8)

        let bad = try dues("campaign", "edit", "Kveld", "--hours", "22-9")
        #expect(bad.status != 0)
        #expect(try dues("campaign", "edit", "Kveld").status != 0)
        #expect(try dues("campaign", "edit", "Nope", "--hours", "9-21").status == 1)

        #expect(try dues("log", "2001", "--caller", "Kari Nordmann", "--outcome", "will_pay").status == 0)
        let refused = try dues("campaign", "delete", "Kveld")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 logged call(s)"))
        #expect(try list("Kveld").count == 8)

        #expect(try dues("campaign", "create", "Oops", "--kind", "welcome", "--joined-since", "01.01.\(Self.joined)").status == 0)
        #expect(try list("Oops").count == 4)
        let deleted = try dues("campaign", "delete", "Oops")
        #expect(deleted.status == 0)
        #expect(deleted.stdout.contains("with the 4 members"))
        #expect(try list("Oops").isEmpty)
        #expect(try dues("campaign", "show", "Oops").status == 1)
    }

    @Test func anEmptyListSaysWhereTheMembersAre() throws {
        let latest = try dues("campaign", "create", "Latest", "--kind", "dues")
        #expect(latest.stdout.contains("with 8 members"), "\(latest.stdout)")
        #expect(latest.stdout.contains("The year is 2018, the latest with unpaid members (8); choose another with --year."))
        #expect(try dues("campaign", "delete", "Latest").status == 0)
        let current = try dues("campaign", "create", "Now", "--kind", "dues", "--year", thisYear)
        #expect(current.status == 0)
        #expect(current.stdout.contains("with 0 members"))
        #expect(current.stdout.contains("There are unpaid members for 2018 (8); choose the year with --year"), "\(current.stdout)")

        let welcome = try dues("campaign", "create", "New", "--kind", "welcome")
        #expect(welcome.stdout.contains("the newest member joined on 04.03.\(Self.joined)"), "\(welcome.stdout)")
        let since = try dues("campaign", "create", "Since", "--kind", "welcome", "--joined-since", "04.03.\(Self.joined)")
        #expect(since.stdout.contains("with 1 members"), "\(since.stdout)")
        let notADate = try dues("campaign", "create", "Bad", "--kind", "welcome", "--joined-since", "i fjor")
        #expect(notADate.status == 1)
        #expect(notADate.stderr.contains("'i fjor' is not a date"))
    }
}
