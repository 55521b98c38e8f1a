import ArgumentParser
import Model
import Storage
import TextCells

struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: Text.ofCommandLine(
            "Fordel de åpne oppføringene i en kampanje på ringere.",
            "Split a campaign's open entries among callers."),
        discussion: Text.ofCommandLine(
            """
            even: antallene skiller seg med høyst én; branch: ringere får medlemmene i sitt eget lokallag først; \
            capacity: i forhold til hver ringers kapasitet. Medlemmer som deler telefonnummer, går til samme ringer.
            Samme inndata gir samme fordeling; oppføringer med en ført samtale blir der de er med mindre --rebalance.
            """,
            """
            even: counts differ by at most one; branch: callers get their own branch's members first; \
            capacity: in proportion to each caller's capacity. Members who share a phone number go to the same caller.
            The same input gives the same split; entries with a call logged stay put unless --rebalance.
            """))
    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String
    @Option(help: ArgumentHelp("Ringernes navn, skilt med komma.", "Comma-separated caller names.")) var callers: String
    @Option(help: ArgumentHelp("even (jevnt), branch (lokallag) eller capacity (kapasitet).", "even, branch or capacity.")) var by: SplitStrategy = .even
    @Flag(help: ArgumentHelp("Flytt også medlemmer som alt har en ført samtale.", "Also move entries that already have a call logged.")) var rebalance = false

    func run() throws {
        let names = callers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let summary = try options.open().split(campaign: campaign, callers: names, strategy: by, rebalance: rebalance)
        let text = Text(options.language)
        var table = TextTable(columns: [
            .init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Åpne", "Open"), alignment: .right),
            .init(text("Kapasitet", "Capacity"), alignment: .right),
        ])
        for share in summary.shares {
            table.append([TerminalText.sanitizeLine(share.caller), String(share.entries), String(share.capacity)])
        }
        var lines = [table.render(), text(
            "\(summary.moved) flyttet, \(summary.added) nye på lista.", "\(summary.moved) moved, \(summary.added) newly on the list.")]
        let over = summary.shares.filter(\.isOverCapacity)
        if !over.isEmpty {
            let names = over.map { "\(TerminalText.sanitizeLine($0.caller)) (\($0.entries)/\($0.capacity))" }.joined(separator: ", ")
            lines.append(text(
                "Advarsel: over kapasiteten: \(names). Legg til ringere, eller gi dem større kapasitet med `dues caller add NAVN --capacity N`.",
                "Warning: over capacity: \(names). Add callers, or give them more with `dues caller add NAME --capacity N`."))
        }
        try StandardOutput.line(lines.joined(separator: "\n"))
    }
}

struct Reassign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reassign",
        abstract: Text.ofCommandLine(
            "Flytt en ringers åpne oppføringer til en annen ringer.",
            "Move a caller's open entries to another caller."),
        discussion: Text.ofCommandLine(
            "Medlemmer som er ute i en ringepakke, blir der med mindre --force tar dem tilbake; samtalene i pakken flettes likevel inn senere.",
            "Members out on a call pack stay with it unless --force takes them back; the pack's calls still merge later."))
    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String
    @Option(help: ArgumentHelp("Ringeren som faller fra.", "The caller who drops out.")) var from: String
    @Option(help: ArgumentHelp("Ringeren som tar over.", "The caller who takes over.")) var to: String
    @Flag(help: ArgumentHelp("Bare medlemmer ingen har ringt ennå.", "Only entries nobody has called yet.")) var onlyUntouched = false
    @Flag(help: ArgumentHelp("Ta også tilbake medlemmer som er ute i en ringepakke (en frivillig som forsvant).", "Also take back members out on a call pack (a volunteer who vanished).")) var force = false

    func run() throws {
        let store = try options.open()
        let moved = try store.reassign(campaign: campaign, from: from, to: to, onlyUntouched: onlyUntouched, force: force)
        let text = Text(options.language)
        let (source, target) = (TerminalText.sanitizeLine(from), TerminalText.sanitizeLine(to))
        try StandardOutput.line(([text("\(moved) medlemmer flyttet fra \(source) til \(target).", "\(moved) members moved from \(source) to \(target).")]
            + UnmovedNotes.lines(try store.unmovedEntries(campaign: campaign, caller: from), moved: moved, caller: source, untouchedOnly: onlyUntouched, text: text))
            .joined(separator: "\n"))
    }
}

struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: Text.ofCommandLine(
            "Legg en ringers åpne oppføringer tilbake i kampanjens felles pott.",
            "Put a caller's open entries back in the campaign's pool."),
        discussion: Text.ofCommandLine(
            "Medlemmer som er ute i en ringepakke, blir der med mindre --force tar dem tilbake; samtalene i pakken flettes likevel inn senere.",
            "Members out on a call pack stay with it unless --force takes them back; the pack's calls still merge later."))
    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen.", "The campaign.")) var campaign: String
    @Option(help: ArgumentHelp("Ringeren.", "The caller.")) var caller: String
    @Flag(help: ArgumentHelp("Ta også tilbake medlemmer som er ute i en ringepakke.", "Also take back members out on a call pack.")) var force = false

    func run() throws {
        let store = try options.open()
        let released = try store.release(campaign: campaign, caller: caller, force: force)
        let text = Text(options.language)
        try StandardOutput.line(([text("\(released) medlemmer er tilbake i felles pott.", "\(released) members are back in the pool.")]
            + UnmovedNotes.lines(try store.unmovedEntries(campaign: campaign, caller: caller), moved: released, caller: TerminalText.sanitizeLine(caller), untouchedOnly: false, text: text))
            .joined(separator: "\n"))
    }
}

/// What `reassign` and `release` say about the entries they left with the caller.
enum UnmovedNotes {
    static func lines(_ unmoved: UnmovedEntries, moved: Int, caller: String, untouchedOnly: Bool, text: Text) -> [String] {
        var lines: [String] = []
        if unmoved.onPack > 0 {
            lines.append(text(
                "\(unmoved.onPack) er ute i en ringepakke hos \(caller) og ble værende; --force tar dem tilbake (samtalene i pakken kan fortsatt leses inn).",
                "\(unmoved.onPack) are out on a call pack with \(caller) and stayed; --force takes them back (the pack's calls still merge later)."))
        }
        if untouchedOnly && unmoved.called > 0 {
            lines.append(text(
                "\(unmoved.called) er allerede ringt og ble værende (--only-untouched).",
                "\(unmoved.called) were called already and stayed (--only-untouched)."))
        }
        if moved == 0 && lines.isEmpty {
            lines.append(text(
                "\(caller) har ingen åpne medlemmer på denne lista (\(unmoved.closed) ferdige).",
                "\(caller) has no open members on this list (\(unmoved.closed) done)."))
        }
        return lines
    }
}

extension SplitStrategy: ChoiceArgument {}
