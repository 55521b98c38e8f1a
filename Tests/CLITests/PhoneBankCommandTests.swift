import Foundation
import TestSupport
import Testing

/// Volunteer keys, the keys file, the forced command and the live view, through the binary.
@Suite struct PhoneBankCommandTests {
    let folder: TemporaryFolder
    let db: String

    init() throws {
        folder = try TemporaryFolder()
        db = folder.path("bank.sqlite")
        try CallTestDatabase.create(at: db, members: 6, callers: 2)
    }

    @discardableResult
    func dues(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> DuesBinary.Result {
        try DuesBinary.run(arguments + ["--db", db], in: folder.url, input: input, environment: environment)
    }

    /// A real key from ssh-keygen, as the text of its .pub file.
    func publicKey(_ name: String, type: String = "ed25519") throws -> String {
        let path = folder.path(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = ["-q", "-t", type, "-N", "", "-C", "\(name) laptop", "-f", path]
        try process.run()
        process.waitUntilExit()
        return try String(contentsOfFile: path + ".pub", encoding: .utf8)
    }

    func add(_ text: String, to caller: String = "Caller 1", role: String? = nil) throws -> DuesBinary.Result {
        let file = folder.path("key-\(UUID().uuidString).pub")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try dues(["caller", "key", "add", caller, file] + (role.map { ["--role", $0] } ?? []))
    }

    @Test func keysAreCheckedAsAnAttackerWouldWriteThem() throws {
        let good = try publicKey("anne")
        let fields = good.split(separator: " ").map(String.init)
        let rsaBlob = try publicKey("rsa", type: "rsa").split(separator: " ")[1]
        let hostile: [(String, String)] = [
            ("command=\"/bin/sh\" " + good, "options before the key are not allowed"),
            ("restrict,pty " + good, "options before the key are not allowed"),
            (good.trimmingCharacters(in: .newlines) + "\n" + good, "one line"),
            ("ssh-dss " + fields[1], "unknown key type"),
            ("ssh-ed25519 not*base64", "not valid base64"),
            ("ssh-ed25519 " + rsaBlob, "is not a ssh-ed25519 key"),
            ("ssh-ed25519 " + fields[1] + " evil\u{1B}[2J", "control character in column"),
            ("", "not an SSH public key"),
        ]
        for (text, message) in hostile {
            let run = try add(text)
            #expect(run.status != 0)
            #expect(run.stderr.contains(message), "\(text.debugDescription): \(run.stderr)")
        }
        let listed = try dues(["caller", "key", "list"])
        #expect(!listed.stdout.contains("ssh-"), "nothing was stored: \(listed.stdout)")

        #expect(try add(good).status == 0)
        let hiddenComment = try add("ssh-ed25519 " + (try publicKey("bo")).split(separator: " ")[1] + " bo\u{202E}evil", to: "Caller 2")
        #expect(hiddenComment.status == 0, "\(hiddenComment.stderr)")
        let list = try dues(["caller", "key", "list"]).stdout
        #expect(list.contains("anne laptop") && !list.contains("evil"), "a printable comment is kept, another is dropped: \(list)")
        let again = try add(good, to: "Caller 2")
        #expect(again.status != 0 && again.stderr.contains("already belongs to Caller 1"))
    }

    @Test func theKeysFileQuotesPathsAndFollowsRemovals() throws {
        let odd = folder.path("it's a \"bank\"")
        try FileManager.default.createDirectory(atPath: odd, withIntermediateDirectories: true)
        let oddDB = odd + "/dues db.sqlite"
        try FileManager.default.copyItem(atPath: db, toPath: oddDB)
        let file = folder.path("key.pub")
        try publicKey("anne").write(toFile: file, atomically: true, encoding: .utf8)
        try DuesBinary.run(["caller", "key", "add", "Caller 1", file, "--db", oddDB], in: folder.url)
        let text = try DuesBinary.run(["phonebank", "authorized-keys", "--binary", "/usr/bin/printf", "--db", oddDB], in: folder.url).stdout
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("restrict,pty,command=\"") })
        // sshd's reading of the option: up to the first unescaped quote, with \" as ".
        var command = "", rest = line.dropFirst("restrict,pty,command=\"".count)
        while let character = rest.first, character != "\"" {
            if character == "\\", rest.dropFirst().first == "\"" { rest = rest.dropFirst() }
            command.append(rest.first!)
            rest = rest.dropFirst()
        }
        #expect(rest.dropFirst().hasPrefix(" ssh-ed25519 AAAA"), "the key follows the option: \(line)")
        // The shell sshd runs the command with sees these words (printf prints its first argument, a format).
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", command.replacingOccurrences(of: "/usr/bin/printf", with: "/usr/bin/printf '%s|'")]
        let out = Pipe()
        shell.standardOutput = out
        try shell.run()
        shell.waitUntilExit()
        let words = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(words == "call|--db|\(oddDB)|--as-caller|1|", "\(command)")

        let keys = folder.path("authorized_keys")
        #expect(try dues(["phonebank", "authorized-keys", "-o", keys]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: keys)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try dues(["phonebank", "authorized-keys", "-o", keys]).status != 0, "replaced only with --force")
        #expect(try dues(["phonebank", "check", keys]).status == 0)
        try add(try publicKey("bo"), to: "Caller 2")
        #expect(try String(contentsOfFile: keys, encoding: .utf8).components(separatedBy: "--as-caller").count == 1)
        let stale = try dues(["phonebank", "check", keys])
        #expect(stale.status == 1 && stale.stdout.contains("is stale"))
        #expect(try dues(["phonebank", "authorized-keys", "-o", keys, "--force"]).status == 0)
        #expect(try String(contentsOfFile: keys, encoding: .utf8).components(separatedBy: "--as-caller 2").count == 2)
        #expect(try dues(["caller", "remove", "Caller 2"]).status == 0)
        #expect(try dues(["phonebank", "authorized-keys"]).stdout.components(separatedBy: "--as-caller").count == 1)
        #expect(try dues(["phonebank", "check", keys]).status == 1)
    }

    @Test func theForcedCommandIgnoresWhatWasAskedAndOffersOnlyTheCallersCampaigns() throws {
        let asked = try dues(["call", "--as-caller", "1", "--plain"], input: "2\nq\n",
                             environment: ["SSH_ORIGINAL_COMMAND": "dues members list; touch \(folder.path("owned"))"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stdout.hasPrefix("This key opens only the call screen; the command you asked for was not run."))
        #expect(!asked.stdout.contains("members list") && !FileManager.default.fileExists(atPath: folder.path("owned")))
        #expect(try CallTestDatabase.calls(at: db).map(\.caller) == ["Caller 1"])

        let refused = try dues(["call", "--as-caller", "1", "--caller", "Caller 2"])
        #expect(refused.status != 0 && refused.stderr.contains("--as-caller takes no campaign"))
        #expect(try dues(["caller", "remove", "Caller 2"]).status == 0)
        let removed = try dues(["call", "--as-caller", "2", "--plain"], input: "2\nq\n")
        #expect(removed.status != 0 && removed.stderr.contains("no caller named #2"), "\(removed.stderr)")
        #expect(try CallTestDatabase.calls(at: db).count == 1)
    }

    @Test func severalOpenCampaignsAreAShortPicker() throws {
        let run0 = try dues(["campaign", "create", "Second", "--kind", "dues", "--allow-overlap", "--hours", "00:00-24:00"])
        try #require(run0.status == 0, "\(run0.stderr)")
        let picked = try dues(["call", "--as-caller", "1", "--plain"], input: "9\n2\n2\nq\n")
        #expect(picked.stdout.contains("Which campaign do you want to call for?"), "\(picked.stdout) \(picked.stderr)")
        #expect(picked.stdout.contains("  1  Second\n  2  K\n"), "\(picked.stdout.prefix(300))")
        #expect(picked.stdout.contains("Number (1–2): Number (1–2): \n"), "a number out of range is asked again")
        #expect(try CallTestDatabase.calls(at: db).count == 1)
    }

    @Test func watchOncePrintsOneFrameWithoutNumbersOrNotes() throws {
        #expect(try dues(["call", "K", "--caller", "Caller 1", "--plain"], input: "n\nsecret note\n1\nmedlem@epost.example\ny\nq\n").status == 0)
        #expect(try dues(["call", "K", "--caller", "Caller 2", "--plain"], input: "6\nq\n").status == 0)
        let frame = try dues(["watch", "K", "--once"])
        #expect(frame.status == 0, "\(frame.stderr)")
        let lines = frame.stdout.components(separatedBy: "\n")
        let one = try #require(lines.first { $0.hasPrefix("Caller 1") })
        #expect(one.split(separator: " ").suffix(5).map(String.init).first == "1", "\(one)")
        #expect(lines.contains { $0.hasPrefix("Tromsø") && $0.split(separator: " ").dropFirst().map(String.init) == ["6", "2", "1", "0"] }, "\(frame.stdout)")
        #expect(frame.stdout.contains("Caller 2 (Tromsø): No answer"))
        for secret in ["secret note", "910 00", "91000", "Medlem", "medlem@epost"] { #expect(!frame.stdout.contains(secret)) }
        let norsk = try dues(["watch", "K", "--once", "--lang", "nb"]).stdout
        #expect(norsk.contains("Ringebank: K") && norsk.contains("Siste utfall:") && !norsk.contains("Latest"))
    }
}
