import ArgumentParser
import CallSession
import Foundation
import Sealing
import Storage
import TextCells

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: Text.ofCommandLine(
            "Ringepakker: en ringers liste i en egen fil, ringt hjemmefra med `dues call --pack` og flettet inn igjen.",
            "Call packs: a caller's list in a file of its own, worked at home with `dues call --pack` and merged back."),
        subcommands: [Export.self, Import.self, Status.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: Text.ofCommandLine(
                "Skriv en ringepakke med en ringers åpne medlemmer i en kampanje, og merk dem som ute i pakken.",
                "Write a call pack with a caller's open members on a campaign, and mark them out on it."),
            discussion: Text.ofCommandLine(
                """
                Pakken har bare det ringeskjermen trenger: kampanjens manus og regler, ringeren, ringerens medlemmer \
                (navn, nummer, e-post, lokallag, innmeldingsdato, kontingent) og tidligere samtaler med dem. Mens pakken er ute, \
                blir medlemmene ikke holdt av, fordelt, flyttet eller frigitt her; `dues reassign --force` tar dem tilbake.
                Pakken forsegles med en passordfrase (Argon2id og XChaCha20-Poly1305): den kan sendes på e-post, og                 passordfrasen gis på et annet vis. Passordfrasen spørres om to ganger i terminalen, eller leses fra                 --passphrase-file eller DUES_PACK_PASSPHRASE; --generate-passphrase lager en og skriver den ut én gang.                 --plain skriver en uforseglet pakke: lever den personlig, og slett den når den er flettet inn.
                """,
                """
                The pack holds only what the call screen needs: the campaign's script and rules, the caller, their members \
                (name, number, email, branch, join date, dues) and those members' earlier calls. While the pack is out, \
                its members are not claimed, split, reassigned or released here; `dues reassign --force` takes them back.
                The pack is sealed with a passphrase (Argon2id and XChaCha20-Poly1305): it may be emailed, with the                 passphrase given another way. The passphrase is asked twice at the terminal, or read from                 --passphrase-file or DUES_PACK_PASSPHRASE; --generate-passphrase makes one and prints it once.                 --plain writes an unsealed pack: hand it over in person, and delete it once merged.
                """))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String
        @Option(help: ArgumentHelp("Ringeren pakken er for.", "The caller the pack is for.")) var caller: String
        @Option(name: .shortAndLong, help: ArgumentHelp("Pakkefila (ellers: RINGER-KAMPANJE.duespack); skrives aldri over.", "The pack file (default: CALLER-CAMPAIGN.duespack); never overwritten."))
        var output: String?
        @Flag(help: ArgumentHelp(
            "Skriv pakken uforseglet, lesbar for alle som får tak i fila.",
            "Write the pack unsealed, readable by anyone who gets the file."))
        var plain = false
        @Option(help: ArgumentHelp(
            "Les passordfrasen fra første linje i denne fila.", "Read the passphrase from this file's first line."))
        var passphraseFile: String?
        @Flag(help: ArgumentHelp(
            "Lag en sterk passordfrase av seks ord og skriv den ut én gang.",
            "Make a strong six-word passphrase and print it once."))
        var generatePassphrase = false

        func validate() throws {
            try OutputFile.check(output)
            if plain && (passphraseFile != nil || generatePassphrase) {
                throw ValidationError(
                    "--plain forsegler ikke, så den tar ingen passordfrase",
                    "--plain does not seal, so it takes no passphrase")
            }
            if generatePassphrase && passphraseFile != nil {
                throw ValidationError(
                    "velg enten --generate-passphrase eller --passphrase-file", "choose either --generate-passphrase or --passphrase-file")
            }
        }

        func run() throws {
            let path = output ?? Self.fileName(caller: caller, campaign: campaign)
            let store = try options.open()
            // A pack is worked away from the office, where nobody can set what its script lacks.
            let missing = try store.campaign(named: campaign).missingSettings(in: store.settings())
            if !missing.isEmpty { throw MissingSettings(keys: missing, language: options.language) }
            // The pack carries no SMS template of its own (the default for the kind is used), and the meeting goes with it.
            try MissingMeeting.check(
                campaign: store.campaign(named: campaign), smsTemplate: nil, language: options.language, now: store.now())
            _ = try store.caller(named: caller) // an unknown caller is told before a passphrase is asked for
            let text = Text(options.language)
            var generated: String?
            var seal: (([UInt8]) throws -> [UInt8])?
            if !plain {
                if generatePassphrase { generated = PassphraseGenerator.generate() }
                let passphrase = try generated.map { Array($0.utf8) }
                    ?? Passphrase.obtain(file: passphraseFile, confirm: true, for: path)
                // Argon2id takes about a second: run it before the export's write transaction, not inside it.
                let key = try SealedFile.newKey(passphrase: passphrase, strength: .moderate)
                seal = { plain in SealedFile.seal(plain, with: key) }
            }
            let export = try store.exportPack(campaign: campaign, caller: caller, to: path, seal: seal)
            if plain {
                FileHandle.standardError.write(Data((text(
                    "advarsel: \(path) er ikke forseglet: alle som får tak i fila, kan lese medlemmenes navn og numre. Lever den personlig, ikke på e-post.",
                    "warning: \(path) is not sealed: anyone who gets the file can read the members' names and numbers. Hand it over in person, not by email.") + "\n").utf8))
            }
            if let generated {
                print(text(
                    "Passordfrase (vises bare nå; gi den til ringeren på et annet vis enn pakken): \(generated)",
                    "Passphrase (shown only now; give it to the caller another way than the pack): \(generated)"))
            }
            let caller = TerminalText.sanitizeLine(export.caller)
            print(Text(options.language)(
                "Skrev \(export.path): \(export.entries) medlemmer til \(caller) på \(TerminalText.sanitizeLine(export.campaign)), med \(export.earlierCalls) tidligere samtaler. Slå den sammen igjen med `dues pack import \(export.path)`.",
                "Wrote \(export.path): \(export.entries) members for \(caller) on \(TerminalText.sanitizeLine(export.campaign)), with \(export.earlierCalls) earlier calls. Merge it back with `dues pack import \(export.path)`."))
        }

        /// A file name of letters, digits and dashes.
        static func fileName(caller: String, campaign: String) -> String {
            let slug = { (text: String) in
                text.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
                    .split(separator: "-").joined(separator: "-")
            }
            return "\(slug(caller))-\(slug(campaign)).duespack"
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Text.ofCommandLine(
                "Flett samtalene ført i ringepakker inn i databasen, én transaksjon per pakke.",
                "Merge the calls logged in call packs into the database, one transaction per pack."),
            discussion: Text.ofCommandLine(
                """
                Å flette inn samme pakke igjen, eller en eldre kopi av den, legger ikke til noe. Et medlem som har betalt \
                siden, forblir betalt (samtalen føres likevel); et medlem som har gått ut av registeret eller er slettet, hoppes \
                over og telles; hver oppføring følger sin nyeste samtale. En pakke fra en annen database, en skadet pakke eller \
                en som er endret for hånd, avvises og fletter ingenting inn; de andre pakkene flettes likevel inn. Avslutter \
                med en annen status enn 0 om en pakke ble avvist.
                """,
                """
                Merging the same pack again, or an older copy of it, adds nothing. A member who paid since stays paid \
                (the call is still recorded); a member who left the register or was purged is skipped and counted; \
                each entry follows its newest call. A pack from another database, a damaged one or one changed by hand \
                (such as a call to a member who was not on it, or dated outside the time it was out) is refused and \
                merges nothing; the other packs are still merged. Exits non-zero if any pack was refused.
                """))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: ArgumentHelp("Pakkefilene.", "The pack files.")) var files: [String]
        @Option(help: ArgumentHelp(
            "Les passordfrasen til forseglede pakker fra første linje i denne fila.",
            "Read the sealed packs' passphrase from this file's first line."))
        var passphraseFile: String?

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            var refused = 0
            for file in files {
                do {
                    let contents = try SealedPack.contents(of: file, passphraseFile: passphraseFile)
                    print(Self.describe(try store.importPack(at: file, contents: contents), text))
                } catch {
                    refused += 1
                    FileHandle.standardError.write(Data((text("nektet: ", "refused: ") + "\(CLIError.wrap(error))\n").utf8))
                }
            }
            if refused > 0 { throw ExitCode(1) }
        }

        static func describe(_ summary: PackMergeSummary, _ text: Text) -> String {
            var lines = [text(
                "\(summary.path) (\(TerminalText.sanitizeLine(summary.caller)), \(TerminalText.sanitizeLine(summary.campaign))): \(summary.merged) samtaler slått sammen, \(summary.alreadyThere) fantes fra før.",
                "\(summary.path) (\(TerminalText.sanitizeLine(summary.caller)), \(TerminalText.sanitizeLine(summary.campaign))): \(summary.merged) calls merged, \(summary.alreadyThere) already there.")]
            for reason in PackMergeSummary.SkipReason.allCases {
                guard let count = summary.skipped[reason] else { continue }
                lines.append("  " + text("hoppet over \(count): ", "skipped \(count): ") + Self.explain(reason, text))
            }
            if summary.paidSince > 0 {
                lines.append("  " + text(
                    "\(summary.paidSince) samtaler til medlemmer som har betalt siden: registrert, og de står fortsatt som betalt.",
                    "\(summary.paidSince) calls to members who have paid since: recorded, and they stay paid."))
            }
            return lines.joined(separator: "\n")
        }

        static func explain(_ reason: PackMergeSummary.SkipReason, _ text: Text) -> String {
            switch reason {
            case .leftRegister: text("medlemmet har gått ut av registeret", "the member has left the register")
            case .purged: text("medlemmet er slettet", "the member was purged")
            case .notOnList: text("medlemmet står ikke på kampanjens liste her", "the member is not on the campaign's list here")
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: Text.ofCommandLine(
                "List ringepakkene som er ute, per ringer, med når de ble laget og sist flettet inn.",
                "List the call packs out, per caller, with when they were made and last merged."))
        @OptionGroup var options: DatabaseOptions
        @Flag(help: ArgumentHelp("Vis også pakker der ingen medlemmer er ute lenger.", "Also list packs with nothing left out.")) var all = false

        func run() throws {
            let text = Text(options.language)
            let store = try options.open()
            let packs = try store.packs(all: all)
            guard !packs.isEmpty else {
                print(text("Ingen ringepakker er ute.", "No call packs are out."))
                return
            }
            var table = TextTable(columns: [
                .init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Kampanje", "Campaign"), shrinkPriority: 2),
                .init(text("Laget", "Made")), .init(text("Sist slått sammen", "Last merged")),
                .init(text("Ute", "Out"), alignment: .right), .init(text("Av", "Of"), alignment: .right),
                .init(text("Forseglet", "Sealed")),
            ])
            let clock = try LocalTime(store)
            for pack in packs {
                table.append([
                    pack.caller, pack.campaign, clock.string(pack.createdAt),
                    pack.lastMergedAt.map(clock.string) ?? text("aldri", "never"),
                    String(pack.stillOut), String(pack.entries), pack.sealed ? text("ja", "yes") : text("nei", "no"),
                ])
            }
            print(table.render() + "\n" + clock.note(text))
        }
    }
}
