import Foundation
import TestSupport
import Testing

/// Under `--lang nb` (or a Norwegian `$LANG`) every failure a command can meet is told in Bokmål, and the
/// Norwegian views show no English codes.
@Suite struct BokmalMessagesTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    /// One command line that must fail.
    struct Failure: CustomStringConvertible {
        let arguments: [String]
        var input = ""
        var description: String { arguments.joined(separator: " ") }
    }

    /// Register files with one fault each: (name, content).
    static let badRegisters: [(String, String)] = [
        ("merke.csv", "Medlemsnummer;Fornavn;Etternavn;Betalt 2026\n1;Kari;Nordmann;kanskje\n"),
        ("nummer.csv", "Medlemsnummer;Fornavn;Etternavn\n;Kari;Nordmann\n"),
        ("navnlos.csv", "Medlemsnummer;Fornavn;Etternavn\n1;;\n"),
        ("dato.csv", "Medlemsnummer;Fornavn;Etternavn;Innmeldt\n1;Kari;Nordmann;31.02.2020\n"),
        ("tosifret.csv", "Medlemsnummer;Fornavn;Etternavn;Innmeldt\n1;Kari;Nordmann;5.1.26\n"),
        ("dobbel.csv", "Medlemsnummer;Fornavn;Etternavn\n1;Kari;Nordmann\n1;Ola;Nordmann\n"),
        ("kolonne.csv", "Fornavn;Etternavn\nKari;Nordmann\n"),
        ("tom.csv", ""),
        ("bare-overskrift.csv", "Medlemsnummer;Fornavn;Etternavn\n"),
        ("sitat.csv", "Medlemsnummer;Fornavn;Etternavn\n1;\"Kari;Nordmann\n"),
        ("arbeidsbok.xlsx", "PK\u{3}\u{4}ikke en arbeidsbok"),
    ]

    /// Failures that need no database, or a missing one.
    static func withoutDatabase() -> [Failure] {
        let missing = ["--db", "mangler.sqlite"]
        return [
            ["status"], ["settings", "list"], ["settings", "set", "organisation", "Partiet"], ["import", "merke.csv"],
            ["paid", "1", "--year", "2026"], ["members", "list"], ["members", "show", "1"], ["members", "keep", "1"],
            ["campaign", "list"], ["campaign", "show", "X"], ["campaign", "create", "X", "--kind", "dues"],
            ["campaign", "close", "X"], ["campaign", "delete", "X"], ["campaign", "refresh", "X"], ["caller", "list"],
            ["caller", "add", "Kari"], ["split", "X", "--callers", "Kari"], ["reassign", "X", "--from", "A", "--to", "B"],
            ["release", "X", "--caller", "Kari"], ["log", "1", "--caller", "Kari", "--outcome", "will_pay"],
            ["sheet", "X", "--caller", "Kari"], ["call", "X", "--caller", "Kari", "--plain"], ["report"],
            ["followups", "--kind", "payment-info"], ["goals"], ["goals", "set", "Harstad", "--total", "5", "--by", "2030"],
            ["purge", "--dry-run"], ["backup", "kopi.sqlite"], ["pack", "status"],
            ["pack", "export", "X", "--caller", "Kari"],
        ].map { Failure(arguments: $0 + missing) }
    }

    /// Failures on the demo database: unknown names, bad values, bad files.
    static func onDemo(member: String, campaign: String, caller: String) -> [Failure] {
        var lines: [[String]] = [
            // Usage errors ArgumentParser finds.
            ["status", "--format", "xml"], ["status", "--ukjent"], ["import"], ["paid", "1", "--year", "abc"],
            ["campaign", "create", "X", "--kind", "ingen"], ["members", "show"], ["report", "--by", "farge"],
            ["followups"], ["log", member, "--caller", caller],
            // Validation errors.
            ["paid", "--year", "2026"], ["paid", member, "--year", "1800"], ["members", "keep"],
            ["import", "merke.csv", "--year", "1800"], ["import", ""], ["status", "--db", ""],
            ["campaign", "create", "X", "--kind", "dues", "--hours", "9-25"],
            ["campaign", "create", "X", "--kind", "dues", "--days", "89"],
            ["campaign", "create", "X", "--kind", "dues", "--year", "1800"],
            ["campaign", "create", "X", "--kind", "dues", "--joined-since", "01.01.2026"],
            ["campaign", "create", "X", "--kind", "welcome", "--welcome-days", "0"],
            ["campaign", "create", "X", "--kind", "dues", "--cool-down-days", "0"],
            ["campaign", "create", "X", "--kind", "dues", "--claim-timeout", "0"],
            ["campaign", "create", campaign, "--kind", "dues"],
            ["campaign", "edit", campaign], ["campaign", "edit", campaign, "--hours", "20-10"],
            ["campaign", "edit", campaign, "--time-zone", "Mars/Olympus"],
            ["campaign", "script", campaign, "--set", "hei {ukjent}"], ["campaign", "script", campaign, "--set", "hei {", "--edit"],
            ["campaign", "script", campaign, "--set", "hei {member.first_name"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "welcomed"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "will_pay", "--email", "ikke-en-adresse"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "will_pay", "--callback", "i morgen 18"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "callback", "--callback", "snart"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "no_answer", "--at", "en gang"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "no_answer", "--checklist", "mail_list"],
            ["log", member, "--campaign", campaign, "--caller", caller, "--outcome", "welcomed", "--checklist", "kake"],
            ["followups", "--kind", "welcome-tasks", "--done", "999999999"],
            ["followups", "--kind", "welcome-tasks", "--came", "999999999"],
            ["followups", "--kind", "welcome-tasks", "--done", "999999999", "--item", "kake"],
            ["followups", "--kind", "welcome-tasks", "--item", "mail_list"], ["followups", "--kind", "payment-info", "--came", member],
            ["campaign", "edit", campaign, "--meeting", "i morgen"], ["campaign", "edit", campaign, "--keep-in-touch-weeks", "3"],
            ["campaign", "create", "X", "--kind", "dues", "--meeting", "2026-12-10 19:00"],
            ["campaign", "create", "X", "--kind", "welcome", "--meeting", "10.12 19"],
            ["campaign", "create", "X", "--kind", "welcome", "--keep-in-touch", "Finnes ikke"],
            ["campaign", "create", "X", "--kind", "welcome", "--keep-in-touch-weeks", "0"],
            ["sheet", campaign, "--caller", caller, "--format", "xlsx"], ["followups", "--kind", "payment-info", "--format", "xlsx"],
            ["goals", "set", "Harstad", "--total", "5"], ["goals", "set", "Harstad", "--recruit", "5"], ["goals", "set", "Harstad"],
            ["goals", "set", "Harstad", "--total", "-5", "--by", "2030"],
            ["settings", "set", "ukjent", "verdi"], ["settings", "set", "payment-deadline", "2026", "31.02.2026"],
            ["settings", "set", "time-zone", "Mars/Olympus"], ["settings", "set", "office-email", "ikke-en-adresse"],
            ["caller", "add", caller], ["caller", "add", "Ny Ringer", "--capacity", "0"],
            ["split", campaign, "--callers", "\(caller),\(caller)"], ["reassign", campaign, "--from", caller, "--to", caller],
            ["demo"], ["init", "--db", "."], ["backup", "dues.sqlite"], ["backup", "finnes/ikke/kopi.sqlite"],
            ["report", campaign, "--output", "dues.sqlite"], ["restore", "mangler.sqlite"], ["restore", "merke.csv"],
            ["pack", "import", "merke.csv"], ["pack", "import", "mangler.pack"], ["call", campaign, "--plain"],
            ["call", "--pack", "merke.csv", "--caller", caller, "--plain"],
            // Unknown names.
            ["members", "show", "999999999"], ["campaign", "show", "Finnes ikke"], ["campaign", "close", "Finnes ikke"],
            ["campaign", "delete", "Finnes ikke"], ["caller", "remove", "Finnes ikke"],
            ["split", "Finnes ikke", "--callers", caller], ["split", campaign, "--callers", "Finnes ikke"],
            ["reassign", campaign, "--from", "Finnes ikke", "--to", caller], ["release", campaign, "--caller", "Finnes ikke"],
            ["log", "999999999", "--campaign", campaign, "--caller", caller, "--outcome", "no_answer"],
            ["log", member, "--campaign", "Finnes ikke", "--caller", caller, "--outcome", "no_answer"],
            ["log", member, "--campaign", campaign, "--caller", "Finnes ikke", "--outcome", "no_answer"],
            ["sheet", "Finnes ikke", "--caller", caller], ["sheet", campaign, "--caller", "Finnes ikke"],
            ["report", "Finnes ikke"], ["report", campaign, "--caller", "Finnes ikke"],
            ["followups", "Finnes ikke", "--kind", "payment-info"], ["goals", "set", "Finnes ikke", "--total", "5", "--by", "2030"],
            ["pack", "export", campaign, "--caller", "Finnes ikke"], ["pack", "export", "Finnes ikke", "--caller", caller],
            ["call", "Finnes ikke", "--caller", caller, "--plain"], ["call", campaign, "--caller", "Finnes ikke", "--plain"],
            ["import", "finnes-ikke.csv"], ["import", "."],
        ]
        lines += badRegisters.map { ["import", $0.0] }
        lines.append(["import", "nummer.csv", "--unpaid-list"])
        lines += [["import", "merke.csv", "--map", "Nr"], ["import", "merke.csv", "--map", "Nr=farge"], ["import", "merke.csv", "--map", "Ingen=paid"]]
        lines.append(["import", "merke.csv", "--year", "2020", "--map", "Betalt 2026=paid"])
        return lines.map { Failure(arguments: $0) }
    }

    /// English words that have no place in a Bokmål sentence (whole words, lower case).
    static let englishWords: Set<String> = [
        "the", "is", "are", "was", "not", "no", "cannot", "can", "must", "file", "files", "member", "members", "already",
        "needs", "need", "with", "and", "only", "unknown", "missing", "invalid", "expected", "argument", "option", "please",
        "value", "error", "has", "have", "does", "there", "this", "that", "found", "should", "give", "use", "which", "run",
        "first", "or", "of", "new", "date", "year", "day", "days", "campaign", "caller", "call", "calls", "outcome",
        "open", "closed", "done", "unpaid", "paid", "register", "folder", "name", "named", "exists", "empty", "column",
        "row", "header", "sheet", "workbook", "instead", "anyway", "at least", "did", "you", "mean", "provide", "one",
    ]

    /// The words of `text` a reader would take for English, after removing what may stay as written: commands in
    /// backticks, quoted values, flags, lists of codes (such as the `--map` fields), codes (words with `_`, `-`,
    /// `=`), file names and paths.
    static func english(in text: String) -> [String] {
        var text = text
        let patterns = [
            #"`[^`]*`"#, #"'[^']*'"#, #""[^"]*""#, #"<[^>]*>"#, #"--?[A-Za-z][\w-]*"#, #"[a-z_]+(, [a-z_]+){3,}"#,
            #"\S*\w[_./=-]\S*"#,
        ]
        for pattern in patterns {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return words.filter { englishWords.contains($0) }
    }

    private func writeFiles() throws {
        for (name, content) in Self.badRegisters {
            try Data(content.utf8).write(to: folder.url.appending(path: name))
        }
    }

    /// Runs `failure` with `--lang nb` under an English `$LANG`, and again with a Norwegian `$LANG` and no flag;
    /// returns a line for each run that succeeded or showed English.
    private func problems(_ failure: Failure) throws -> [String] {
        var found: [String] = []
        let runs: [([String], [String: String])] = [
            (failure.arguments + ["--lang", "nb"], ["LANG": "en_US.UTF-8"]),
            (failure.arguments, ["LANG": "nb_NO.UTF-8"]),
        ]
        for (arguments, environment) in runs {
            let result = try DuesBinary.run(arguments, in: folder.url, input: failure.input, environment: environment)
            if result.status == 0 { found.append("\(arguments) did not fail: \(result.stdout)") }
            let output = result.stderr + result.stdout
            let english = Self.english(in: output.replacingOccurrences(of: folder.url.path, with: ""))
            if !english.isEmpty { found.append("\(arguments): English \(english) in: \(output)") }
        }
        return found
    }

    @Test func theWordListCatchesEnglishAndSparesCodes() {
        #expect(Self.english(in: "Error: no member with number 1") == ["error", "no", "member", "with"])
        #expect(Self.english(in: "Feil: ukjent utfall 'will_pay' for --outcome; kjør `dues campaign create` i fila a.csv").isEmpty)
        #expect(Self.english(in: "feltene er member_number, name, phone, paid; nevn en med --map KOLONNE=paid").isEmpty)
    }

    @Test func everyFailureWithoutADatabaseIsInBokmal() throws {
        try writeFiles()
        var problems: [String] = []
        for failure in Self.withoutDatabase() { problems += try self.problems(failure) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(!FileManager.default.fileExists(atPath: folder.path("mangler.sqlite")))
    }

    @Test func everyFailureOnADatabaseIsInBokmal() throws {
        #expect(try DuesBinary.run(["demo"], in: folder.url).status == 0)
        try writeFiles()
        let csv = try DuesBinary.run(["members", "list", "--unpaid", String(TestClock.year), "--format", "csv"], in: folder.url)
        let member = try #require(csv.stdout.split(whereSeparator: \.isNewline).dropFirst().first?.split(separator: ";").first.map(String.init))
        let campaigns = try DuesBinary.run(["status", "--format", "json"], in: folder.url)
        let json = try JSONSerialization.jsonObject(with: Data(campaigns.stdout.utf8)) as? [String: Any]
        let names = (json?["campaigns"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "dues" }.compactMap { $0["name"] as? String }
        let campaign = try #require(names.first)
        let callers = try DuesBinary.run(["caller", "list", "--lang", "en"], in: folder.url)
        let caller = try #require(callers.stdout.split(separator: "\n").dropFirst(2).first?.components(separatedBy: "  ").first)
        var problems: [String] = []
        for failure in Self.onDemo(member: member, campaign: campaign, caller: caller) { problems += try self.problems(failure) }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func norwegianViewsShowNoEnglishCodes() throws {
        let year = String(TestClock.year)
        try Data("Medlemsnummer;Fornavn;Etternavn;Telefon;Betalt \(year)\n1;Kari;Nordmann;41234567;Nei\n2;Ola;Nordmann;41234568;Ja\n".utf8)
            .write(to: folder.url.appending(path: "register.csv"))
        let steps: [[String]] = [
            ["init"], ["import", "register.csv"], ["caller", "add", "Per Hansen"],
            ["campaign", "create", "Høst", "--kind", "dues", "--year", year, "--hours", "00:00-24:00", "--days", "1234567"],
        ]
        for step in steps {
            let result = try DuesBinary.run(step, in: folder.url)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        var shown = ""
        for view in [
            ["log", "1", "--campaign", "Høst", "--caller", "Per Hansen", "--outcome", "declined"], ["members", "show", "1"],
            ["campaign", "list"], ["campaign", "show", "Høst"], ["status"], ["report", "Høst"],
        ] {
            let result = try DuesBinary.run(view + ["--lang", "nb"], in: folder.url)
            #expect(result.status == 0, "\(view): \(result.stderr)")
            shown += result.stdout
        }
        for english in ["(done)", "unpaid", "register ", "dues \(year)", " open", " closed", "welcome"] {
            #expect(!shown.contains(english), "\(english) in:\n\(shown)")
        }
        #expect(shown.contains("(ferdig)") && shown.contains("ubetalt") && shown.contains("kontingent \(year), åpen"), "\(shown)")
    }
}
