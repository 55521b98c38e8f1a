import Foundation
import TestSupport
import Testing

/// `campaign script --preview` shows what a caller would read to one member, and scripts with text in brackets left
/// to fill in are warned about wherever a coordinator meets the script. Through the binary.
@Suite struct ScriptPreviewTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let joined = TestClock.year - 1
        try Data("""
            Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Innmeldt;Betalt 2018\r
            3001;Anne;Ås;91000001;Tromsø;01.03.\(joined);Nei\r
            3002;Bjørn;Berg;91000002;;02.03.\(joined);Nei\r

            """.utf8).write(to: folder.url.appending(path: "register.csv"))
        for step in [["init", "--organisation", "Rødt Troms", "--office-email", "medlem@rodt.example"],
                     ["import", "register.csv"], ["caller", "add", "Kari Nordmann"]] {
            let result = try dues(step)
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    private func dues(_ arguments: [String]) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url)
    }

    @Test func thePreviewFillsInTheMemberTheCallerAndTheOrganisation() throws {
        #expect(try dues(["campaign", "create", "K", "--kind", "dues", "--year", "2018"]).status == 0)
        let preview = try dues(["campaign", "script", "K", "--preview", "3001", "--caller", "Kari Nordmann"])
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("Anne"))
        #expect(preview.stdout.contains("Kari"))
        #expect(preview.stdout.contains("Rødt Troms"))
        #expect(!preview.stdout.contains("{"))
        let noBranch = try dues(["campaign", "script", "K", "--preview", "3002"])
        #expect(noBranch.stdout.contains("[caller]"))
        #expect(noBranch.stdout.contains("the county"), "\(noBranch.stdout)")

        let unknown = try dues(["campaign", "script", "K", "--preview", "9999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("No member with number 9999"))
        #expect(try dues(["campaign", "script", "K", "--caller", "Kari Nordmann"]).status != 0)
    }

    @Test func textInBracketsIsWarnedAboutUntilTheScriptIsFilledIn() throws {
        let created = try dues(["campaign", "create", "Velkommen", "--kind", "welcome", "--welcome-days", "365"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Warning: the script has 1 placeholder(s) to fill in"), "\(created.stdout)")
        #expect(created.stdout.contains("Warning: Campaign Velkommen has no meeting"), "the meeting is a field, not a gap")
        #expect(try dues(["campaign", "show", "Velkommen"]).stdout.contains("placeholder(s) to fill in"))
        #expect(try dues(["campaign", "script", "Velkommen", "--preview", "3001"]).stdout.contains("placeholder(s) to fill in"))

        try Data("Hei {member.first_name}, velkommen til {party}! Neste møte er 12. desember på Folkets hus.\n".utf8)
            .write(to: folder.url.appending(path: "script.txt"))
        let saved = try dues(["campaign", "script", "Velkommen", "--set", "script.txt"])
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(!saved.stdout.contains("placeholder"))
        #expect(!(try dues(["campaign", "show", "Velkommen"]).stdout.contains("placeholder")))
    }
}
