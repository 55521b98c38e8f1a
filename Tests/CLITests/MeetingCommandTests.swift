import Foundation
import Model
import Storage
import TestSupport
import Testing

/// `{meeting}` through the built binary: a welcome campaign without a meeting refuses `dues call` and names the
/// command that fixes it; once `campaign edit --meeting … --meeting-place …` has set one, the plain call screen says
/// it in the script and in the SMS its code carries.
@Suite struct MeetingCommandTests {
    let folder: TemporaryFolder
    let db: String
    static let oslo = TimeZone(identifier: "Europe/Oslo")!

    /// Two members who joined five days ago, with mobiles, and a welcome campaign `Velkommen` open around the clock.
    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("dues.sqlite")
        let store = try Store.create(at: db, now: { TestClock.now }).store
        let joined = CalendarDate(TestClock.now - 5 * 86_400, in: Self.oslo)
        try store.load(Seed(
            settings: [.party: "Testpartiet", .membershipOfficeEmail: "medlem@test.example"],
            duesYears: [TestClock.year: CalendarDate(year: TestClock.year, month: 12, day: 31)!],
            branches: [.init(name: "Tromsø", goals: [])],
            members: (0..<2).map { index in
                Seed.MemberSeed(record: MemberRecord(
                    memberNumber: String(1000 + index), firstName: "Medlem\(index)", lastName: "Hansen",
                    phone: PhoneNumber(parsing: String(91_000_000 + index)), branch: "Tromsø", joinedOn: joined),
                    dues: [TestClock.year: .paid])
            },
            callers: [CallerDraft(name: "Caller 1")]))
        let created = try dues("campaign", "create", "Velkommen", "--kind", "welcome", "--hours", "0:00-24:00", "--days", "1234567",
                               "--lang", "nb")
        #expect(created.status == 0 && created.stdout.contains("2 medlemmer"), "\(created.stdout) \(created.stderr)")
    }

    func dues(_ arguments: String..., input: String = "", days: Double = 0) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--db", db], in: folder.url, input: input,
                           environment: ["DUES_NOW": TestClock.text(plus: days * 86_400)])
    }

    /// `TestClock.now` moved by `days` and rounded down to the minute, and that moment as `--meeting` takes it.
    static func meeting(days: Double) -> (moment: Date, text: String) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = oslo
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let text = formatter.string(from: TestClock.now + days * 86_400)
        return (formatter.date(from: text)!, text)
    }

    @Test func aCallWithoutAMeetingIsRefusedWithTheCommandThatSetsIt() throws {
        let en = try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", input: "q\n")
        #expect(en.status != 0)
        #expect(en.stderr.contains("Campaign Velkommen has no meeting"), "\(en.stderr)")
        #expect(en.stderr.contains(#"`dues campaign edit Velkommen --meeting "YYYY-MM-DD HH:MM" --meeting-place "…"`"#), "\(en.stderr)")
        let nb = try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", "--lang", "nb", input: "q\n")
        #expect(nb.status != 0)
        #expect(nb.stderr.contains("Kampanjen Velkommen har ikke noe møte"), "\(nb.stderr)")
        #expect(nb.stderr.contains(#"`dues campaign edit Velkommen --meeting "ÅÅÅÅ-MM-DD TT:MM" --meeting-place "…"`"#), "\(nb.stderr)")
        let pack = try dues("pack", "export", "Velkommen", "--caller", "Caller 1", "--plain", "--output", folder.path("p.duespack"))
        #expect(pack.status != 0 && pack.stderr.contains("has no meeting"), "\(pack.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("p.duespack")))

        let placeOnly = try dues("campaign", "edit", "Velkommen", "--meeting-place", "Folkets hus", "--lang", "nb")
        #expect(placeOnly.stdout.contains("Møtestedet: Folkets hus; møtetidspunktet er ikke satt ennå"), "\(placeOnly.stdout)")
        #expect(try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", input: "q\n").status != 0, "a place is no meeting")
        #expect(try dues("campaign", "edit", "Velkommen", "--meeting-place", "x", "--lang", "nb").status == 0)
        let duesKind = try dues("campaign", "create", "K", "--kind", "dues", "--meeting-place", "Folkets hus")
        #expect(duesKind.status != 0 && duesKind.stderr.contains("--meeting-place"), "\(duesKind.stderr)")

        let past = Self.meeting(days: 2).text
        #expect(try dues("campaign", "edit", "Velkommen", "--meeting", past).status == 0)
        let over = try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", input: "q\n", days: 3)
        #expect(over.status != 0 && over.stderr.contains("The meeting of campaign Velkommen is over"), "\(over.stderr)")
        #expect(try dues("campaign", "show", "Velkommen", days: 3).stdout.contains("Warning: The meeting of campaign Velkommen is over"))
    }

    @Test func theScreenSaysTheMeetingInTheScriptAndTheSMSCode() throws {
        let (moment, text) = Self.meeting(days: 9)
        let edit = try dues("campaign", "edit", "Velkommen", "--meeting", text, "--meeting-place", "Folkets\u{1B}[2J hus")
        #expect(edit.status == 0 && edit.stdout.contains("Meeting: \(text) (Europe/Oslo) at Folkets[2J hus"), "\(edit.stdout) \(edit.stderr)")
        #expect(try dues("campaign", "show", "Velkommen").stdout.contains("Meeting for new members: \(text) (Europe/Oslo) at Folkets[2J hus"))
        #expect(try dues("campaign", "edit", "Velkommen", "--meeting-place", "Folkets hus").status == 0)

        let said = MeetingText.say(moment, place: "Folkets hus", language: .nb, timeZone: Self.oslo)
        let session = try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", "--lang", "nb", input: "t\n\nq\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Neste medlemsmøte er \(said). Det hadde"), "\(session.stdout)")
        #expect(!session.stdout.contains("[dato og sted]"))
        let body = try #require(try Self.smsBody(session.stdout, after: "Skann med mobilen for å sende SMS"))
        #expect(body.hasPrefix("Hei Medlem") && body.contains("Neste møte er \(said). Håper vi ses der!"), "\(body)")
        #expect(SMSLength(body).segments <= SMSLength.segmentLimit)

        let english = try dues("call", "Velkommen", "--caller", "Caller 1", "--plain", "--lang", "en", input: "t\n\nq\n")
        let saidInEnglish = MeetingText.say(moment, place: "Folkets hus", language: .en, timeZone: Self.oslo)
        let englishBody = try #require(try Self.smsBody(english.stdout, after: "Scan with your phone to text"))
        #expect(englishBody.contains("The next meeting is on \(saidInEnglish). Hope to see you there!"), "\(englishBody)")
    }

    /// The body of the `sms:` code drawn after `title` in plain output, read back with zbar from the half blocks.
    static func smsBody(_ output: String, after title: String) throws -> String? {
        let zbarimg = try #require(Zbar.path, "zbarimg reads the code (apt-get install zbar-tools)")
        let lines = output.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains(title) }) else { return nil }
        let drawn = lines[(start + 1)...].prefix { line in !line.isEmpty && line.allSatisfy { "█▀▄ ".contains($0) } }
        var rows: [[Bool]] = []
        for line in drawn {
            rows.append(line.map { $0 == "█" || $0 == "▀" })
            rows.append(line.map { $0 == "█" || $0 == "▄" })
        }
        let side = rows.map(\.count).max() ?? 0
        let scale = 4
        var image = "P1\n\(side * scale) \(rows.count * scale)\n"
        for row in rows {
            let padded = row + Array(repeating: false, count: side - row.count)
            let line = padded.flatMap { Array(repeating: $0 ? "1" : "0", count: scale) }.joined(separator: " ")
            for _ in 0..<scale { image += line + "\n" }
        }
        guard let uri = try Zbar.decode(pbm: image, with: zbarimg) else { return nil }
        guard uri.hasPrefix("sms:"), let query = uri.split(separator: "?body=", maxSplits: 1).last else { return nil }
        return String(query).removingPercentEncoding
    }
}
