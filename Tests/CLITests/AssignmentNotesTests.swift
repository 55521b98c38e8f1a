import Foundation
import TestSupport
import Testing

/// `split` says who is over their capacity, and `reassign`/`release` say why members stayed. Through the binary.
@Suite struct AssignmentNotesTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let rows = (1...12).map { "\(4000 + $0);Navn\($0);Etter;9100\(String(format: "%04d", $0));\($0 <= 9 ? "Tromsø" : "Harstad");Nei\r\n" }
        try Data(("Medlemsnr;Fornavn;Etternavn;Mobil;Lokallag;Betalt 2018\r\n" + rows.joined()).utf8)
            .write(to: folder.url.appending(path: "register.csv"))
        for step in [["init", "--organisation", "Rødt", "--office-email", "medlem@rodt.example"], ["import", "register.csv"],
                     ["caller", "add", "Kari Nordmann", "--branch", "Tromsø", "--capacity", "5"],
                     ["caller", "add", "Ole Hansen", "--branch", "Harstad", "--capacity", "10"],
                     ["campaign", "create", "K", "--kind", "dues", "--year", "2018", "--hours", "0:00-24:00", "--days", "1234567"]] {
            let result = try dues(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
    }

    private func dues(_ arguments: [String]) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--lang", "en"], in: folder.url)
    }

    @Test func aSplitByBranchNamesTheCallersOverCapacity() throws {
        let split = try dues(["split", "K", "--callers", "Kari Nordmann,Ole Hansen", "--by", "branch"])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout.contains("Capacity"))
        #expect(split.stdout.contains("Warning: over capacity: Kari Nordmann (9/5)."), "\(split.stdout)")
        #expect(!split.stdout.contains("Ole Hansen ("))
        let even = try dues(["split", "K", "--callers", "Kari Nordmann,Ole Hansen", "--by", "capacity", "--rebalance"])
        #expect(!even.stdout.contains("over capacity"), "\(even.stdout)")
    }

    @Test func aReassignThatMovesNothingSaysWhy() throws {
        #expect(try dues(["split", "K", "--callers", "Kari Nordmann"]).status == 0)
        let pack = try dues(["pack", "export", "K", "--caller", "Kari Nordmann", "-o", "kari.duespack", "--plain"])
        #expect(pack.status == 0, "\(pack.stderr)")
        let kept = try dues(["reassign", "K", "--from", "Kari Nordmann", "--to", "Ole Hansen"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("0 members moved"))
        #expect(kept.stdout.contains("12 are out on a call pack with Kari Nordmann and stayed; --force takes them back"), "\(kept.stdout)")
        let forced = try dues(["reassign", "K", "--from", "Kari Nordmann", "--to", "Ole Hansen", "--force"])
        #expect(forced.stdout.contains("12 members moved"), "\(forced.stdout)")
        let nothing = try dues(["release", "K", "--caller", "Kari Nordmann"])
        #expect(nothing.stdout.contains("Kari Nordmann has no open members on this list (0 done)."), "\(nothing.stdout)")
    }
}
