import Foundation
import TestSupport
import Testing

/// Times a person reads are in the organisation's time zone, whatever the machine's, and say which zone.
@Suite struct LocalTimeTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    @discardableResult
    private func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url, environment: ["TZ": "UTC"])
    }

    @Test func aCallAt1959InOsloShowsAs1959OnAServerInUTC() throws {
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        try Data("Medlemsnr;Fornavn;Etternavn;Mobil;Betalt 2018\r\n3001;Anne;Ås;91000001;Nei\r\n".utf8)
            .write(to: folder.url.appending(path: "register.csv"))
        #expect(try dues("import", "register.csv").status == 0)
        #expect(try dues("caller", "add", "Kari Nordmann").status == 0)
        #expect(try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018").status == 0)
        let yesterday = try dues("log", "3001", "--caller", "Kari Nordmann", "--outcome", "no_answer", "--at", "yesterday 19:59")
        #expect(yesterday.status == 0, "\(yesterday.stderr)")

        let card = try dues("members", "show", "3001")
        #expect(card.stdout.contains(" 19:59 "), "\(card.stdout)")
        #expect(!card.stdout.contains(" 18:59 ") && !card.stdout.contains(" 20:59 "))
        #expect(card.stdout.contains("Times are Europe/Oslo time."))
        let json = try dues("members", "show", "3001", "--format", "json")
        #expect(json.stdout.contains(":59:00Z"), "JSON keeps UTC")

        #expect(try dues("settings", "set", "time-zone", "America/St_Johns").status == 0)
        let elsewhere = try dues("members", "show", "3001")
        #expect(!elsewhere.stdout.contains(" 19:59 "))
        #expect(elsewhere.stdout.contains(":29 "), "Newfoundland is half an hour off: \(elsewhere.stdout)")
        #expect(elsewhere.stdout.contains("Times are America/St_Johns time."))
    }
}
