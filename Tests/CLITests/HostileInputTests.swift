import Foundation
import Model
import Storage
import TestSupport
import Testing

/// Text that could drive a terminal (ESC ] 52 sets the clipboard) and text too long to be useful: cleaned or refused
/// where it enters, and never echoed raw.
@Suite struct HostileInputTests {
    let folder: TemporaryFolder
    /// An OSC 52 sequence that would write "hello" to the clipboard, ended by BEL, with a CSI for good measure.
    static let clipboard = "\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}[2J"

    init() throws {
        folder = try TemporaryFolder()
        let demo = try DuesBinary.run(["demo"], in: folder.url)
        #expect(demo.status == 0, "\(demo.stderr)")
    }

    @discardableResult
    func dues(_ arguments: String..., succeeds: Bool = true) throws -> DuesBinary.Result {
        let result = try DuesBinary.run(arguments, in: folder.url)
        #expect((result.status == 0) == succeeds, "dues \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("\u{1B}"), "dues \(arguments.first ?? ""): an escape was echoed")
        #expect(!(result.stdout + result.stderr).contains("\u{07}"), "dues \(arguments.first ?? ""): a bell was echoed")
        return result
    }

    func store() throws -> Store {
        try Store.open(at: folder.path("dues.sqlite"), now: { TestClock.now })
    }

    @Test func namesAreStoredAndEchoedWithoutControlCharacters() throws {
        let caller = "Eve" + Self.clipboard
        let added = try dues("caller", "add", caller, "--phone", "41234567" + Self.clipboard)
        #expect(added.stdout.contains("Caller added: Eve"))
        try dues("caller", "list")
        let stored = try #require(try store().callers().first { $0.name.hasPrefix("Eve") })
        #expect(!stored.name.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(!(stored.phone ?? "").unicodeScalars.contains { $0.properties.generalCategory == .control })

        let campaign = "Høst" + Self.clipboard
        try dues("campaign", "create", campaign, "--kind", "dues")
        let created = try #require(try store().campaigns().first { $0.name.hasPrefix("Høst") })
        #expect(!created.name.unicodeScalars.contains { $0.properties.generalCategory == .control })
        try dues("campaign", "show", created.name)
        try dues("campaign", "list")
        try dues("campaign", "close", created.name)
    }

    @Test func errorsNeverEchoAnEscape() throws {
        try dues("campaign", "show", "Nope" + Self.clipboard, succeeds: false)
        try dues("caller", "remove", "Nope" + Self.clipboard, succeeds: false)
        try dues("members", "show", "1" + Self.clipboard, succeeds: false)
    }

    @Test func notesAndScriptsAreStoredWithoutControlCharacters() throws {
        try dues("campaign", "create", "Høst", "--kind", "dues", "--hours", "0:00-24:00", "--days", "1234567", "--allow-overlap")
        try dues("split", "Høst", "--callers", "Kari Nordmann")
        let member = try #require(try store().sheet(campaign: "Høst", caller: "Kari Nordmann").lines.first?.member.memberNumber)
        try dues("log", member, "--campaign", "Høst", "--caller", "Kari Nordmann", "--outcome", "no_answer", "--note", "Ring" + Self.clipboard)
        let json = try dues("members", "show", member, "--format", "json")
        let calls = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["calls"] as? [[String: Any]]
        let note = try #require(calls?.last?["note"] as? String)
        #expect(note.hasPrefix("Ring") && !note.contains("\u{1B}") && !note.contains("\u{07}"))

        let script = folder.path("script.txt")
        try Data(("Hei {member.first_name}!" + Self.clipboard + "\nLine two").utf8).write(to: URL(fileURLWithPath: script))
        try dues("campaign", "script", "Høst", "--set", script)
        let stored = try store().campaign(named: "Høst").script
        #expect(stored == "Hei {member.first_name}!]52;c;aGVsbG8=[2J\nLine two")
    }

    @Test func textLongerThanItsLimitIsRefusedWithAClearMessage() throws {
        let long = String(repeating: "a", count: 201)
        #expect(try dues("caller", "add", long, succeeds: false).stderr.contains("the caller's name is too long: 201 characters, at most 200"))
        #expect(try dues("campaign", "create", long, "--kind", "dues", succeeds: false).stderr.contains("the campaign's name is too long"))
        let nb = try dues("caller", "add", long, "--lang", "nb", succeeds: false)
        #expect(nb.stderr.contains("ringerens navn er for langt: 201 tegn, høyst 200"))

        try dues("campaign", "create", "Høst", "--kind", "dues", "--hours", "0:00-24:00", "--days", "1234567", "--allow-overlap")
        let script = folder.path("long.txt")
        try Data(String(repeating: "Hei. ", count: 4_001).utf8).write(to: URL(fileURLWithPath: script))
        #expect(try dues("campaign", "script", "Høst", "--set", script, succeeds: false).stderr.contains("the script is too long"))
        #expect(try dues("campaign", "create", "Vinter", "--kind", "dues", "--script", script, succeeds: false).stderr.contains("the script is too long"))

        try dues("split", "Høst", "--callers", "Kari Nordmann")
        let member = try #require(try store().sheet(campaign: "Høst", caller: "Kari Nordmann").lines.first?.member.memberNumber)
        let note = String(repeating: "n", count: 2_001)
        let log = try dues("log", member, "--campaign", "Høst", "--caller", "Kari Nordmann", "--outcome", "no_answer", "--note", note, succeeds: false)
        #expect(log.stderr.contains("the note is too long: 2001 characters, at most 2000"))
    }
}
