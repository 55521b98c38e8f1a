import Foundation
import TestSupport
import Testing

@Suite struct CampaignCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo", "--lang", "en"], in: folder.url)
        precondition(demo.status == 0, demo.stderr)
    }

    func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments, in: folder.url)
    }

    func databaseBytes() throws -> Data {
        try Data(contentsOf: folder.url.appending(path: "dues.sqlite"))
    }

    @Test func createSplitShowAndLogFromTheCommandLine() throws {
        let create = try dues("campaign", "create", "Autumn", "--kind", "dues", "--hours", "0:00-24:00", "--days", "1234567", "--allow-overlap")
        #expect(create.status == 0, "\(create.stderr)")
        let status = try JSONSerialization.jsonObject(with: Data(try dues("status", "--format", "json").stdout.utf8)) as? [String: Any]
        let campaigns = status?["campaigns"] as? [[String: Any]] ?? []
        let open = Dictionary(uniqueKeysWithValues: campaigns.map { ($0["name"] as? String ?? "", $0["open"] as? Int ?? -1) })
        #expect(open["Autumn"] == open[duesCampaign])
        #expect(create.stdout.contains("Campaign Autumn created with \(open["Autumn"] ?? -1) members"))
        let split = try dues("split", duesCampaign, "--callers", "Kari Nordmann,Ole Hansen", "--by", "even")
        #expect(split.status == 0, "\(split.stderr)")
        let show = try dues("campaign", "show", duesCampaign)
        #expect(show.stdout.contains("Kari Nordmann") && show.stdout.contains("Find a number for these"))
        #expect(show.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let sheet = try dues("sheet", duesCampaign, "--caller", "Kari Nordmann", "--format", "csv")
        let member = try #require(sheet.stdout.split(separator: "\r\n").dropFirst().first?.split(separator: ";").first)
        let log = try dues("log", String(member), "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "callback",
                           "--callback", "i morgen 18", "--note", "Ring etter middag")
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("Call back"))
        let script = try dues("campaign", "script", duesCampaign)
        #expect(script.stdout.contains("{member.first_name}"))
    }

    @Test func badInputGetsOneClearLineAndChangesNothing() throws {
        let before = try databaseBytes()
        let cases: [([String], String)] = [
            (["campaign", "show", "Nope"], "no campaign named Nope"),
            (["split", duesCampaign, "--callers", "Kari Nordmann,Nobody"], "no caller named Nobody"),
            (["split", duesCampaign, "--callers", "Kari Nordmann", "--by", "random"], "random"),
            (["caller", "add", "Per", "--capacity", "-3"], "capacity"),
            (["caller", "add", "Per", "--branch", "Atlantis"], "no branch named Atlantis"),
            (["campaign", "create", "X", "--kind", "party"], "party"),
            (["campaign", "create", "X", "--kind", "dues", "--hours", "20:00-10:00"], "calling hours"),
            (["log", "999999999", "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "no_answer"], "no member named 999999999"),
            (["log", "1", "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "welcomed"], "not an outcome"),
            (["log", "1", "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "no_answer", "--at", "31.02.2026 18:00"], "31.02.2026"),
            (["log", "1", "--campaign", duesCampaign, "--caller", "Kari Nordmann", "--outcome", "no_answer", "--at", "tomorrow"], "tomorrow"),
            (["sheet", duesCampaign, "--caller", "Kari Nordmann", "--format", "xlsx"], "-o FILE"),
            (["reassign", duesCampaign, "--from", "Kari Nordmann", "--to", "Kari Nordmann"], "two different callers"),
        ]
        for (arguments, expected) in cases {
            let result = try DuesBinary.run(arguments, in: folder.url)
            #expect(result.status != 0, "\(arguments) should fail")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments) printed \(result.stdout)")
        }
        #expect(try databaseBytes() == before)
    }

    @Test func sheetFilesArePrivateAndNeverOverwritten() throws {
        #expect(try dues("sheet", duesCampaign, "--caller", "Ole Hansen", "--format", "html", "-o", "ole.html").status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("ole.html"))[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let again = try dues("sheet", duesCampaign, "--caller", "Ole Hansen", "--format", "html", "-o", "ole.html")
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
    }
}
