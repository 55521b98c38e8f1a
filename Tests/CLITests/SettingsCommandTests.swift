import Foundation
import SQLite
import TestSupport
import Testing

/// A branch set up with `dues init` and its own register export, not the demo: its settings, payment deadlines and
/// consent to be kept, through the built binary.
@Suite struct SettingsCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Three members: 1001 paid 2018, 1002 and 1003 unpaid.
    static let register = """
        Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Innmeldt;Betalt 2018\r
        1001;Kari;Nordmann;412 34 567;Tromsø;05.01.2016;Ja\r
        1002;Ørjan;Hætta-Sara;91234567;Kåfjord;1.2.2017;Nei\r
        1003;Máret;Bæk;92345678;Tromsø;3.4.2015;Nei\r

        """

    @discardableResult
    private func dues(_ arguments: String..., input: String = "") throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url, input: input)
    }

    private func importRegister() throws {
        try Data(Self.register.utf8).write(to: folder.url.appending(path: "register.csv"))
        let imported = try dues("import", "register.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    private func setting(_ key: String) throws -> String? {
        try Database(path: folder.path("dues.sqlite")).fetchOne("SELECT value FROM settings WHERE key = ?", [key]) { $0[0] }
    }

    @Test func initTakesTheEssentialsAsFlagsAndANewDatabaseHasNoPlaceholders() throws {
        let bare = try dues("init", "--db", "bare.sqlite")
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.contains("Not set: organisation"))
        #expect(bare.stdout.contains("Not set: office-email"))
        let bareSettings = try Database(path: folder.path("bare.sqlite")).fetchAll("SELECT value FROM settings") { $0[0] as String }
        #expect(!bareSettings.contains("Partiet") && !bareSettings.contains("medlem@example.org"))

        let made = try dues("init", "--organisation", "Arbeiderpartiet i Troms", "--office-email", " Medlem@AP.example ")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(!made.stdout.contains("Not set"))
        #expect(try setting("party") == "Arbeiderpartiet i Troms")
        #expect(try setting("membership_office_email") == "medlem@ap.example")

        let wrong = try dues("init", "--db", "wrong.sqlite", "--office-email", "not an address")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("office-email cannot be 'not an address'"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("wrong.sqlite")))
    }

    @Test func settingsAreListedChangedCheckedAndRemoved() throws {
        #expect(try dues("init").status == 0)
        #expect(try dues("settings", "set", "organisation", "Rødt", "Tromsø").status == 0)
        #expect(try setting("party") == "Rødt Tromsø")
        #expect(try dues("settings", "set", "calling-hours", "9-21").status == 0)
        #expect(try setting("calling_hours") == "09:00-21:00")
        #expect(try dues("settings", "set", "calling-days", "7531").status == 0)
        #expect(try setting("calling_days") == "1357")
        #expect(try dues("settings", "set", "membership_office_email", "medlem@rodt.example").status == 0)
        #expect(try setting("membership_office_email") == "medlem@rodt.example")

        let list = try dues("settings")
        #expect(list.status == 0)
        #expect(list.stdout.contains("Rødt Tromsø") && list.stdout.contains("09:00-21:00") && list.stdout.contains("1357"))
        #expect(list.stdout.contains("payment-details") && list.stdout.contains("(not set)"))

        for (key, value, complaint) in [
            ("time-zone", "Mars/Base", "time zone"), ("calling-hours", "21-9", "range"), ("calling-days", "1238", "1-7"),
            ("note-retention-days", "4000", "0 to 3650"), ("welcome-window-days", "0", "1 to 365"),
            ("office-email", "medlem", "email address"),
        ] {
            let refused = try dues("settings", "set", key, value)
            #expect(refused.status == 1, "\(key) \(value)")
            #expect(refused.stderr.contains("\(key) cannot be '\(value)'") && refused.stderr.contains(complaint), "\(refused.stderr)")
        }
        let unknown = try dues("settings", "set", "party_name", "X")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown setting 'party_name'") && unknown.stderr.contains("office-email, payment-details"))

        let hostile = try dues("settings", "set", "organisation", "Rødt\u{1B}]52;c;ZWNobw==\u{07}")
        #expect(hostile.status == 0)
        let stored = try #require(try setting("party"))
        #expect(stored.hasPrefix("Rødt") && !stored.contains("\u{1B}") && !stored.contains("\u{07}"))
        #expect(!hostile.stdout.contains("\u{1B}"))

        #expect(try dues("settings", "unset", "organisation").stdout.contains("organisation is removed"))
        #expect(try setting("party") == nil)
        #expect(try dues("settings", "unset", "organisation").stdout.contains("was not set"))
        #expect(try dues("status").stdout.contains("Not set: organisation"))
    }

    @Test func aPaymentDeadlineAndConsentToBeKeptDecideWhatPurgeDeletes() throws {
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        try importRegister()
        let status = try dues("status")
        #expect(status.stdout.contains("2018 has 2 unpaid members and no payment deadline"), "\(status.stdout)")
        // The branches table counts the latest year's unpaid: Kari (Tromsø) paid, Ørjan (Kåfjord) and Máret (Tromsø) not.
        #expect(status.stdout.contains("Unpaid 2018"))
        let rows = status.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.contains(["Tromsø", "2", "1"]) && rows.contains(["Kåfjord", "1", "1"]), "\(status.stdout)")
        #expect(try dues("purge", "--dry-run").stdout.contains("0 members past the retention deadline"))

        let bad = try dues("settings", "set", "payment-deadline", "2018", "31.13.2018")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("'31.13.2018' is not a date"))
        let set = try dues("settings", "set", "payment-deadline", "2018", "31.03.2018")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try Database(path: folder.path("dues.sqlite")).fetchOne("SELECT payment_deadline FROM dues_years WHERE year = 2018") { $0[0] as String } == "2018-03-31")
        #expect(!(try dues("status")).stdout.contains("no payment deadline"))
        #expect(try dues("settings").stdout.contains("31.03.2018"))
        #expect(try dues("purge", "--dry-run").stdout.contains("2 members past the retention deadline"))

        let kept = try dues("members", "keep", "1002")
        #expect(kept.status == 0)
        #expect(kept.stdout.contains("recorded for 1"))
        #expect(try dues("members", "show", "1002").stdout.contains("Agreed to be kept"))
        let unknown = try dues("members", "keep", "1003", "9999")
        #expect(unknown.status == 1)
        #expect(try dues("purge", "--dry-run").stdout.contains("1 members past the retention deadline"))

        #expect(try dues("purge").status == 0)
        #expect(try dues("members", "show", "1002").status == 0)
        #expect(try dues("members", "show", "1003").status == 1)
        #expect(try dues("members", "keep", "1002", "--revoke").stdout.contains("taken back for 1"))
        #expect(try dues("purge", "--dry-run").stdout.contains("1 members past the retention deadline"))
    }

    @Test func aCallSessionWhoseScriptNeedsAnUnsetSettingDoesNotStart() throws {
        #expect(try dues("init").status == 0)
        try importRegister()
        #expect(try dues("caller", "add", "Kari Nordmann").status == 0)
        #expect(try dues("settings", "set", "calling-hours", "00:00-24:00").status == 0)
        #expect(try dues("settings", "set", "calling-days", "1234567").status == 0)
        #expect(try dues("settings", "set", "time-zone", "America/Halifax").status == 0)
        let created = try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018")
        #expect(created.status == 0, "\(created.stderr)")
        let rules = try Database(path: folder.path("dues.sqlite")).fetchOne(
            "SELECT calling_start_minute, calling_end_minute, calling_days, time_zone FROM campaigns WHERE name = 'K'") {
            "\($0[0] as Int) \($0[1] as Int) \($0[2] as String) \($0[3] as String)"
        }
        #expect(rules == "0 1440 1234567 America/Halifax")

        let refused = try dues("call", "K", "--caller", "Kari Nordmann", "--plain", input: "q\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("`dues settings set organisation …`"), "\(refused.stderr)")
        #expect(refused.stderr.contains("`dues settings set office-email …`"))
        #expect(try setting("party") == nil)
        let pack = try dues("pack", "export", "K", "--caller", "Kari Nordmann", "-o", "kari.duespack", "--plain")
        #expect(pack.status == 1)
        #expect(pack.stderr.contains("`dues settings set organisation …`"), "\(pack.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("kari.duespack")))

        #expect(try dues("settings", "set", "organisation", "Rødt Troms").status == 0)
        #expect(try dues("settings", "set", "office-email", "medlem@rodt.example").status == 0)
        let called = try dues("call", "K", "--caller", "Kari Nordmann", "--plain", input: "q\n")
        #expect(called.status == 0, "\(called.stderr)")
        #expect(called.stdout.contains("Rødt Troms"))
    }
}
