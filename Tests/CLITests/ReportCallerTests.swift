import Foundation
import Model
import TestSupport
import Testing

/// `report --caller NAME` counts only that caller's calls and members, whatever `--by` says. Through the binary.
@Suite struct ReportCallerTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        try Data("""
            Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Betalt 2018\r
            6001;Anne;Ås;91000001;Tromsø;Nei\r
            6002;Bjørn;Berg;91000002;Tromsø;Nei\r
            6003;Cecilie;Dal;91000003;Harstad;Nei\r
            6004;Dag;Elv;91000004;Harstad;Nei\r

            """.utf8).write(to: folder.url.appending(path: "register.csv"))
        #expect(try dues("import", "register.csv").status == 0)
        #expect(try dues("caller", "add", "Kari Nordmann").status == 0)
        #expect(try dues("caller", "add", "Ole Hansen").status == 0)
        #expect(try dues("campaign", "create", "K", "--kind", "dues", "--year", "2018").status == 0)
        // Kari called two days before the test's clock, Ole the day before.
        let oslo = TimeZone(identifier: "Europe/Oslo")!
        let twoDaysAgo = CalendarDate(TestClock.now.addingTimeInterval(-2 * 86_400), in: oslo).norwegian
        let yesterday = CalendarDate(TestClock.now.addingTimeInterval(-86_400), in: oslo).norwegian
        for (member, caller, outcome, at) in [
            ("6001", "Kari Nordmann", "will_pay", "\(twoDaysAgo) 18:00"), ("6003", "Kari Nordmann", "no_answer", "\(twoDaysAgo) 18:10"),
            ("6002", "Ole Hansen", "declined", "\(yesterday) 18:00"), ("6004", "Ole Hansen", "will_pay", "\(yesterday) 18:05"),
            ("6003", "Ole Hansen", "paid_already", "\(yesterday) 18:10"),
        ] {
            let logged = try dues("log", member, "--caller", caller, "--outcome", outcome, "--at", at)
            #expect(logged.status == 0, "\(logged.stderr)")
        }
    }

    @discardableResult
    private func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url)
    }

    private func report(_ arguments: String...) throws -> [String: Any] {
        let run = try DuesBinary.run(["report", "K", "--format", "json"] + arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func everyBreakdownCountsOnlyTheCallersOwnCalls() throws {
        let all = try report()
        #expect(all["calls"] as? Int == 5 && all["called"] as? Int == 4)

        let kari = try report("--caller", "Kari Nordmann")
        #expect(kari["calls"] as? Int == 2, "\(kari)")
        #expect(kari["called"] as? Int == 2)
        let outcomes = (kari["outcomes"] as? [[String: Any]] ?? []).compactMap { $0["outcome"] as? String }.sorted()
        #expect(outcomes == ["no_answer", "will_pay"])
        let branches = kari["byBranch"] as? [[String: Any]] ?? []
        #expect(branches.map { $0["called"] as? Int ?? -1 } == [1, 1], "\(branches)")
        let days = kari["byDay"] as? [[String: Any]] ?? []
        #expect(days.count == 1 && days.first?["calls"] as? Int == 2, "Kari called on one day: \(days)")
        #expect((kari["byCaller"] as? [[String: Any]])?.count == 1)

        let table = try dues("report", "K", "--by", "outcome", "--caller", "Ole Hansen")
        #expect(table.stdout.contains("Declined") && !table.stdout.contains("No answer"), "\(table.stdout)")
        #expect(try dues("report", "--help").stdout.contains("Count only this caller's own calls and members."))
    }
}
