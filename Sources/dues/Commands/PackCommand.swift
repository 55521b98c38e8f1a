import ArgumentParser
import CallSession
import Foundation
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
                Fila har personopplysninger (modus 0600): lever den personlig eller kryptert, og slett den når den er flettet inn.
                """,
                """
                The pack holds only what the call screen needs: the campaign's script and rules, the caller, their members \
                (name, number, email, branch, join date, dues) and those members' earlier calls. While the pack is out, \
                its members are not claimed, split, reassigned or released here; `dues reassign --force` takes them back.
                The file holds personal data (mode 0600): hand it over in person or encrypted, and delete it once merged.
                """))
        @OptionGroup var options: DatabaseOptions
        @Argument(help: "The campaign.") var campaign: String
        @Option(help: "The caller the pack is for.") var caller: String
        @Option(name: .shortAndLong, help: "The pack file (default: CALLER-CAMPAIGN.duespack); never overwritten.")
        var output: String?

        func validate() throws {
            try OutputFile.check(output)
        }

        func run() throws {
            let path = output ?? Self.fileName(caller: caller, campaign: campaign)
            let store = try options.open()
            // A pack is worked away from the office, where nobody can set what its script lacks.
            let missing = try store.campaign(named: campaign).missingSettings(in: store.settings())
            if !missing.isEmpty { throw MissingSettings(keys: missing, language: options.language) }
            let export = try store.exportPack(campaign: campaign, caller: caller, to: path)
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
        @Argument(help: "The pack files.") var files: [String]

        func run() throws {
            let store = try options.open()
            let text = Text(options.language)
            var refused = 0
            for file in files {
                do {
                    print(Self.describe(try store.importPack(at: file), text))
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
        @Flag(help: "Also list packs with nothing left out.") var all = false

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
            ])
            let clock = try LocalTime(store)
            for pack in packs {
                table.append([
                    pack.caller, pack.campaign, clock.string(pack.createdAt),
                    pack.lastMergedAt.map(clock.string) ?? text("aldri", "never"),
                    String(pack.stillOut), String(pack.entries),
                ])
            }
            print(table.render() + "\n" + clock.note(text))
        }
    }
}
