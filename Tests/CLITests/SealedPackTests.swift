import Foundation
import SQLite
import TestSupport
import Testing

/// Sealed call packs through the binary: what a volunteer and the office meet.
@Suite struct SealedPackTests {
    let folder: TemporaryFolder
    static let secret = ["DUES_PACK_PASSPHRASE": "korrekt hest batteri stift"]

    init() throws {
        folder = try TemporaryFolder()
        for arguments in [
            ["demo"], ["campaign", "create", "Høst", "--kind", "dues", "--year", String(TestClock.year), "--allow-overlap",
             "--hours", "0:00-24:00", "--days", "1234567"],
            ["split", "Høst", "--callers", "Kari Nordmann,Ole Hansen"],
        ] {
            let result = try DuesBinary.run(arguments, in: folder.url)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func dues(_ arguments: [String], in url: URL? = nil, input: String = "", environment: [String: String] = secret)
        throws -> DuesBinary.Result {
        try DuesBinary.run(arguments, in: url ?? folder.url, input: input, environment: environment)
    }

    /// Exports Kari's pack a minute before the test clock: each `dues` starts its clock at `DUES_NOW`, and a sealed
    /// export spends a second or more on Argon2id before it stamps the pack, so at the same `DUES_NOW` the calls made
    /// on the pack next could seem to come before it, which `pack import` refuses.
    func exportKari(environment: [String: String] = secret, extra: [String] = []) throws -> DuesBinary.Result {
        try dues(
            ["pack", "export", "Høst", "--caller", "Kari Nordmann", "-o", "kari.duespack"] + extra,
            environment: environment.merging(["DUES_NOW": TestClock.text(plus: -60)]) { $1 })
    }

    func database() throws -> Database { try Database(path: folder.path("dues.sqlite")) }

    /// Names and phone numbers (as stored and as digits) of the members that went out on packs.
    func memberSecrets() throws -> [String] {
        try database().fetchAll("""
            SELECT m.first_name, m.last_name, coalesce(m.phone_raw, ''), coalesce(m.phone_e164, '')
            FROM pack_entries p JOIN call_list_entries e ON e.id = p.entry_id JOIN members m ON m.id = e.member_id
            """) { row -> [String] in
            let e164 = row[3] as String
            return [row[0] as String, row[1] as String, row[2] as String, e164, String(e164.dropFirst(3))]
        }.flatMap { $0 }.filter { $0.count >= 4 }
    }

    /// Every run of 4 or more printable bytes in `data`, as `strings` finds them.
    func printableRuns(_ data: Data) -> [String] {
        var runs: [String] = [], current: [UInt8] = []
        for byte in data + [0] {
            if (0x20..<0x7F).contains(byte) || byte >= 0xC0 || (0x80..<0xC0).contains(byte) {
                current.append(byte)
            } else {
                if current.count >= 4 { runs.append(String(decoding: current, as: UTF8.self)) }
                current = []
            }
        }
        return runs
    }

    func count(_ sql: String) throws -> Int { try database().fetchOne(sql) { $0[0] as Int } ?? -1 }

    @Test func sealedExportLeaksNothingAndImportsBack() throws {
        let export = try exportKari()
        #expect(export.status == 0, "\(export.stderr)")
        let path = folder.path("kari.duespack")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: Array("DUESSEAL".utf8)))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Nothing beside it: the plain intermediate is gone.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("kari") }
        #expect(names == ["kari.duespack"])
        let secrets = try memberSecrets()
        #expect(secrets.count > 10)
        let text = printableRuns(bytes).joined(separator: "\n")
        for secret in secrets { #expect(!text.contains(secret), "\(secret) readable in the sealed pack") }
        #expect(!text.contains("SQLite format"))

        let status = try dues(["pack", "status"])
        #expect(status.stdout.contains("Sealed"))
        #expect(status.stdout.split(separator: "\n").contains { $0.contains("Kari Nordmann") && $0.contains("yes") })

        let merged = try dues(["pack", "import", "kari.duespack"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("0 calls merged, 0 already there"))
        #expect(try count("SELECT count(*) FROM packs WHERE last_merged_at IS NOT NULL") == 1)
    }

    @Test func wrongPassphraseTruncationAndDamageEachSayWhatAndChangeNothing() throws {
        #expect(try exportKari().status == 0)
        let path = folder.path("kari.duespack")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let before = try DatabaseFingerprint.contentHash(of: folder.path("dues.sqlite"))

        let wrong = try dues(["pack", "import", "kari.duespack"], environment: ["DUES_PACK_PASSPHRASE": "feil frase"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("kari.duespack: wrong passphrase"), "\(wrong.stderr)")

        try original.prefix(original.count - 7).write(to: URL(fileURLWithPath: path))
        let cut = try dues(["pack", "import", "kari.duespack"])
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("kari.duespack: the file is cut short"), "\(cut.stderr)")

        var changed = original
        changed[changed.count - 20] ^= 0x01
        try changed.write(to: URL(fileURLWithPath: path))
        let damaged = try dues(["pack", "import", "kari.duespack"])
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("kari.duespack: the file is damaged or was changed"), "\(damaged.stderr)")

        let norsk = try dues(["pack", "import", "kari.duespack", "--lang", "nb"])
        #expect(norsk.stderr.contains("skadet"), "\(norsk.stderr)")
        #expect(try DatabaseFingerprint.contentHash(of: folder.path("dues.sqlite")) == before)
    }

    @Test func aPackSealedForAnotherDatabaseIsRefused() throws {
        #expect(try exportKari().status == 0)
        let other = try TemporaryFolder()
        #expect(try dues(["demo"], in: other.url).status == 0)
        try FileManager.default.copyItem(atPath: folder.path("kari.duespack"), toPath: other.path("kari.duespack"))
        let refused = try dues(["pack", "import", "kari.duespack"], in: other.url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("from another dues database"), "\(refused.stderr)")
    }

    @Test func withoutPassphraseOrTerminalNothingIsWritten() throws {
        let before = try count("SELECT count(*) FROM packs")
        let result = try exportKari(environment: [:])
        #expect(result.status != 0)
        #expect(result.stderr.contains("needs a passphrase"), "\(result.stderr)")
        #expect(result.stderr.contains("--passphrase-file"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("kari.duespack")))
        #expect(try count("SELECT count(*) FROM packs") == before)
    }

    @Test func generatedPassphraseIsPrintedOnceAndOpensThePack() throws {
        let result = try exportKari(environment: [:], extra: ["--generate-passphrase"])
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Passphrase") })
        let phrase = String(try #require(line.split(separator: " ").last))
        #expect(phrase.split(separator: "-").count == 6)
        try Data((phrase + "\n").utf8).write(to: folder.url.appending(path: "frase.txt"))
        let merged = try dues(["pack", "import", "kari.duespack", "--passphrase-file", "frase.txt"], environment: [:])
        #expect(merged.status == 0, "\(merged.stderr)")
        let second = try dues(["pack", "export", "Høst", "--caller", "Ole Hansen", "-o", "ole.duespack", "--generate-passphrase"])
        #expect(!second.stdout.contains(phrase))
    }

    @Test func plainPackWarnsAndStatusSaysSo() throws {
        let result = try exportKari(environment: [:], extra: ["--plain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: kari.duespack is not sealed"), "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path("kari.duespack")))
        #expect(bytes.starts(with: Array("SQLite format 3".utf8)))
        let status = try dues(["pack", "status"])
        #expect(status.stdout.split(separator: "\n").contains { $0.contains("Kari Nordmann") && $0.hasSuffix("no") })
        let mixed = try dues(["pack", "export", "Høst", "--caller", "Ole Hansen", "--plain", "--generate-passphrase"])
        #expect(mixed.status != 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("ole-hansen-høst.duespack")))
    }

    /// A volunteer's evening on a sealed pack, at home: only the sealed file is ever in the folder.
    @Test func callingFromASealedPackKeepsItSealedAndMergesBack() throws {
        #expect(try exportKari().status == 0)
        let secrets = try memberSecrets()
        let home = try TemporaryFolder()
        try FileManager.default.moveItem(atPath: folder.path("kari.duespack"), toPath: home.path("kari.duespack"))

        let wrong = try dues(["call", "--pack", "kari.duespack", "--plain"], in: home.url, input: "q\n",
                             environment: ["DUES_PACK_PASSPHRASE": "feil"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("wrong passphrase"), "\(wrong.stderr)")
        let evening = try dues(["call", "--pack", "kari.duespack", "--plain"], in: home.url, input: "2\n6\nq\n")
        #expect(evening.status == 0, "\(evening.stderr)")
        #expect(evening.stdout.contains("Saved: Already paid."))
        let resumed = try dues(["call", "--pack", "kari.duespack", "--plain"], in: home.url, input: "2\nq\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // An undone call is saved as undone: it does not come back to the office.
        let undone = try dues(["call", "--pack", "kari.duespack", "--plain"], in: home.url, input: "2\nu\nq\n")
        #expect(undone.stdout.contains("Undone."), "\(undone.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.url.path) == ["kari.duespack"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: home.path("kari.duespack")))
        #expect(bytes.starts(with: Array("DUESSEAL".utf8)))
        let text = printableRuns(bytes).joined(separator: "\n")
        for secret in secrets { #expect(!text.contains(secret), "\(secret) readable in the worked pack") }
        let mode = try FileManager.default.attributesOfItem(atPath: home.path("kari.duespack"))[.posixPermissions] as? Int
        #expect(mode == 0o600)

        try FileManager.default.moveItem(atPath: home.path("kari.duespack"), toPath: folder.path("back.duespack"))
        let merged = try dues(["pack", "import", "back.duespack"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("3 calls merged, 0 already there"), "\(merged.stdout)")
    }

    /// A kill between two saves (the process is gone mid-evening) leaves a pack that opens with every saved call.
    @Test func killedWhileCallingLeavesAPackThatOpens() throws {
        #expect(try exportKari().status == 0)
        let running = try DuesBinary.start(
            ["call", "--pack", "kari.duespack", "--plain"], in: folder.url, environment: Self.secret)
        running.send("2\n")
        #expect(running.waitForOutput(containing: "Saved:"))
        running.send("2\n")
        #expect(running.kill(SIGKILL))
        _ = try? running.wait()
        let merged = try dues(["pack", "import", "kari.duespack"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("calls merged"))
        #expect(!merged.stdout.contains(": 0 calls merged"))
    }

    /// At a terminal the passphrase is asked twice and never echoed; two different answers write nothing.
    @Test func atATerminalThePassphraseIsAskedTwiceWithoutEcho() throws {
        let environment = ["TERM": "xterm", "LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin", "DUES_NOW": TestClock.text]
        let mismatch = try PseudoTerminal()
        try mismatch.spawn(DuesBinary.url.path, [
            "pack", "export", "Høst", "--caller", "Ole Hansen", "-o", folder.path("ole.duespack"), "--db", folder.path("dues.sqlite"),
        ], environment: environment)
        #expect(mismatch.read { $0.contains("Passphrase for") }, "\(mismatch.text)")
        mismatch.send("blå fjell\n")
        #expect(mismatch.read { $0.contains("Type it again") }, "\(mismatch.text)")
        mismatch.send("grønn dal\n")
        #expect(mismatch.read { $0.contains("the passphrases differ") }, "\(mismatch.text)")
        #expect(mismatch.stop(with: 0) == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("ole.duespack")))

        let terminal = try PseudoTerminal()
        try terminal.spawn(DuesBinary.url.path, [
            "pack", "export", "Høst", "--caller", "Kari Nordmann", "-o", folder.path("kari.duespack"), "--db", folder.path("dues.sqlite"),
        ], environment: environment)
        #expect(terminal.read { $0.contains("Passphrase for") }, "\(terminal.text)")
        terminal.send("blå fjell\n")
        #expect(terminal.read { $0.contains("Type it again") }, "\(terminal.text)")
        terminal.send("blå fjell\n")
        #expect(terminal.read { $0.contains("Wrote") }, "\(terminal.text)")
        #expect(terminal.stop(with: 0) == 0)
        #expect(!terminal.text.contains("fjell"))
        let merged = try dues(["pack", "import", "kari.duespack"], environment: ["DUES_PACK_PASSPHRASE": "blå fjell"])
        #expect(merged.status == 0, "\(merged.stderr)")
    }
}
