import Foundation
import TestSupport
import Testing

/// A script never reads wrong: a member field with no value says the script's fallback, and a script that would
/// leave a gap is named with the members it would hit. Through the binary.
@Suite struct ScriptFallbackTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        try Data("""
            Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Betalt 2018\r
            4001;Anne;Ås;91000001;;Nei\r
            4002;Bjørn;Berg;91000002;Tromsø;Nei\r

            """.utf8).write(to: folder.url.appending(path: "register.csv"))
        #expect(try dues("import", "register.csv").status == 0)
        #expect(try dues("caller", "add", "Kari Nordmann").status == 0)
    }

    @discardableResult
    private func dues(_ arguments: String..., input: String = "") throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "nb"], in: folder.url, input: input)
    }

    @Test func aMemberWithoutABranchHearsTheFallback() throws {
        let created = try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018", "--hours", "0-24", "--days", "1234567")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(!created.stdout.contains("Advarsel"), "the default script has a fallback: \(created.stdout)")
        let call = try dues("call", "K", "--caller", "Kari Nordmann", "--plain", input: "s\nq\n")
        #expect(call.status == 0, "\(call.stderr)")
        #expect(call.stdout.contains("jeg ringer fra Rødt i fylket."), "\(call.stdout)")
        #expect(call.stdout.contains("jeg ringer fra Rødt i Tromsø."))
        #expect(!call.stdout.contains("Rødt i ."))
    }

    @Test func aScriptThatWouldLeaveAGapNamesTheMembers() throws {
        try Data("Hei {member.first_name}, jeg ringer fra {party} i {member.branch}.".utf8)
            .write(to: folder.url.appending(path: "script.txt"))
        let created = try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018", "--script", "script.txt")
        #expect(created.status == 0)
        #expect(created.stdout.contains("Advarsel: {member.branch} er tom for 1 medlemmer på lista (4001)"), "\(created.stdout)")

        try Data("Hei {member.first_name}, jeg ringer fra {party} i {member.branch|lokallaget ditt}.".utf8)
            .write(to: folder.url.appending(path: "fixed.txt"))
        let fixed = try dues("campaign", "script", "K", "--set", "fixed.txt")
        #expect(fixed.status == 0)
        #expect(!fixed.stdout.contains("Advarsel"))
        let broken = try dues("campaign", "script", "K", "--set", "script.txt")
        #expect(broken.stdout.contains("Advarsel: {member.branch}"))
    }
}
