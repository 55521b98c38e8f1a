import Foundation
import TestSupport
import Testing

@Suite struct SMSTemplateCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo", "--lang", "en"], in: folder.url)
        precondition(demo.status == 0, demo.stderr)
    }

    func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments, in: folder.url)
    }

    func file(_ name: String, _ text: String) throws -> String {
        let path = folder.path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func showsTheDefaultSetsAFileAndSaysWhenItIsLongerThanTwoSMS() throws {
        let shown = try dues("campaign", "sms", duesCampaign)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("(the default text)"))
        #expect(shown.stdout.contains("Hi {member.first_name}, sorry I missed you."))
        #expect(shown.stdout.contains("(GSM-7), 1 SMS.") || shown.stdout.contains("(GSM-7), 2 SMS."))
        #expect(!shown.stdout.contains("Warning"))

        let long = String(repeating: "Hei {member.first_name}! ", count: 20)
        let set = try dues("campaign", "sms", duesCampaign, "--set", try file("long.txt", long))
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("The SMS template is saved."))
        #expect(set.stdout.contains("Warning: longer than 2 SMS"))
        let again = try dues("campaign", "sms", duesCampaign)
        #expect(again.stdout.contains(long.trimmingCharacters(in: .whitespaces)))
        #expect(!again.stdout.contains("(the default text)"))
        #expect(again.stdout.contains("(GSM-7), 3 SMS."), "20 × Hei Kristoffer! is about 320 septets: 3 segments of 153")
    }

    @Test func badTemplateNamesTheFieldAndKeepsTheOldOne() throws {
        let good = try dues("campaign", "sms", duesCampaign, "--set", try file("good.txt", "Hei {member.first_name}, ring meg!"))
        #expect(good.status == 0, "\(good.stderr)")
        let bad = try dues("campaign", "sms", duesCampaign, "--set", try file("bad.txt", "Hei {member.nickname}"))
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("{member.nickname}"))
        #expect(try dues("campaign", "sms", duesCampaign).stdout.contains("Hei {member.first_name}, ring meg!"))
        let nb = try dues("campaign", "sms", duesCampaign, "--lang", "nb")
        #expect(nb.stdout.contains("Lengde med et typisk navn"))
    }
}
