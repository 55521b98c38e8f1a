import Foundation
import Storage
import TestSupport
import Testing

/// `dues log` refuses call times and callbacks that can only be typing mistakes, saying so apart from "not a date".
@Suite struct CallTimeBoundsTests {
    let folder: TemporaryFolder
    let member: String

    init() throws {
        folder = try TemporaryFolder()
        try DemoList.make(in: folder.url)
        let store = try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now })
        member = try #require(try store.sheet(campaign: "Høst", caller: "Kari Nordmann").lines.first?.member.memberNumber)
    }

    func log(_ extra: String..., lang: String = "en") throws -> DuesBinary.Result {
        try DuesBinary.run(
            ["log", member, "--campaign", "Høst", "--caller", "Kari Nordmann", "--lang", lang] + extra, in: folder.url)
    }

    @Test func aCallTimeLongAgoOrAheadIsRefused() throws {
        let old = try log("--outcome", "no_answer", "--at", "1900-01-01")
        #expect(old.status == 1)
        #expect(old.stderr.contains("the call time '1900-01-01' is more than 365 days ago"), "\(old.stderr)")
        let ahead = try log("--outcome", "no_answer", "--at", "2999-01-01")
        #expect(ahead.status == 1)
        #expect(ahead.stderr.contains("the call time '2999-01-01' lies in the future"), "\(ahead.stderr)")
        let nb = try log("--outcome", "no_answer", "--at", "1900-01-01", lang: "nb")
        #expect(nb.stderr.contains("er mer enn 365 dager siden"), "\(nb.stderr)")
        let unreadable = try log("--outcome", "no_answer", "--at", "banana")
        #expect(unreadable.status == 1 && !unreadable.stderr.contains("365"))
        #expect(try log("--outcome", "no_answer", "--at", "i går 18:30").status == 0)
    }

    @Test func aCallbackMoreThanAYearAheadIsRefused() throws {
        let far = try log("--outcome", "callback", "--callback", "1.1.2999 17:00")
        #expect(far.status == 1)
        #expect(far.stderr.contains("the callback '1.1.2999 17:00' is more than 365 days ahead"), "\(far.stderr)")
        let nb = try log("--outcome", "callback", "--callback", "1.1.2999 17:00", lang: "nb")
        #expect(nb.stderr.contains("mer enn 365 dager fram i tid"), "\(nb.stderr)")
        #expect(try log("--outcome", "callback", "--callback", "i morgen 18").status == 0)
    }
}
