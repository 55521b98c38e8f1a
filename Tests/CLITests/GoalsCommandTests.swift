import Foundation
import TestSupport
import Testing

/// `goals` on a real register: ranks by share of the recruitment goal beside raw counts, and shows the latest year
/// with data when none is asked for.
@Suite struct GoalsCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        #expect(try dues("init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example").status == 0)
        var rows = ["Medlemsnr;Fornavn;Etternavn;Lokallag;Innmeldt"]
        for index in 0..<10 { rows.append("\(5000 + index);Stor\(index);By;Storby;0\(index % 9 + 1).03.2017") }
        rows += ["5100;Liten;En;Småby;01.02.2017", "5101;Liten;To;Småby;01.09.2017", "5102;Gammel;Tre;Småby;01.09.2012"]
        try Data((rows.joined(separator: "\r\n") + "\r\n").utf8).write(to: folder.url.appending(path: "register.csv"))
        let imported = try dues("import", "register.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    @discardableResult
    private func dues(_ arguments: String...) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url)
    }

    @Test func aSmallBranchCanLeadOnShareAndTheLatestYearWithDataIsShown() throws {
        #expect(try dues("goals", "set", "Storby", "--recruit", "40", "--in", "2017").status == 0)
        #expect(try dues("goals", "set", "Småby", "--recruit", "2", "--in", "2017").status == 0)

        let table = try dues("goals")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Goals and recruitment 2017"), "\(table.stdout)")
        let storby = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Storby") })
        let smaby = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Småby") })
        #expect(storby.contains("10/40") && storby.contains("25% #2"), "\(storby)")
        #expect(smaby.contains("2/2") && smaby.contains("100% #1"), "\(smaby)")
        #expect(storby.hasSuffix("#1"), "Storby still leads on raw count")
        #expect(table.stdout.contains("Largest share of the recruitment goal: Småby (100 %)"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let json = try JSONSerialization.jsonObject(with: Data(try dues("goals", "--format", "json").stdout.utf8)) as? [String: Any]
        #expect(json?["year"] as? Int == 2017)
        let branches = json?["branches"] as? [[String: Any]] ?? []
        #expect(branches.first { $0["branch"] as? String == "Småby" }?["shareRank"] as? Int == 1)
        #expect(try dues("goals", "--year", "2012").stdout.contains("Goals and recruitment 2012"))
    }
}
