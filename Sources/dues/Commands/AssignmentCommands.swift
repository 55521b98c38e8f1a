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
    @Argument(help: "The campaign.") var campaign: String
    @Option(help: "Comma-separated caller names.") var callers: String
    @Option(help: "even, branch or capacity.") var by: SplitStrategy = .even
    @Flag(help: "Also move entries that already have a call logged.") var rebalance = false

    func run() throws {
        let names = callers.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let summary = try options.open().split(campaign: campaign, callers: names, strategy: by, rebalance: rebalance)
        let text = Text(options.language)
        var table = TextTable(columns: [.init(text("Ringer", "Caller"), shrinkPriority: 1), .init(text("Åpne", "Open"), alignment: .right)])
        for share in summary.shares { table.append([share.caller, String(share.entries)]) }
        print(table.render())
        print(text("\(summary.moved) flyttet, \(summary.added) nye på lista.", "\(summary.moved) moved, \(summary.added) newly on the list."))
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
    @Argument(help: "The campaign.") var campaign: String
    @Option(help: "The caller who drops out.") var from: String
    @Option(help: "The caller who takes over.") var to: String
    @Flag(help: "Only entries nobody has called yet.") var onlyUntouched = false
    @Flag(help: "Also take back members out on a call pack (a volunteer who vanished).") var force = false

    func run() throws {
        let moved = try options.open().reassign(
            campaign: campaign, from: from, to: to, onlyUntouched: onlyUntouched, force: force)
        print(Text(options.language)("\(moved) medlemmer flyttet fra \(from) til \(to).", "\(moved) members moved from \(from) to \(to)."))
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
    @Argument(help: "The campaign.") var campaign: String
    @Option(help: "The caller.") var caller: String
    @Flag(help: "Also take back members out on a call pack.") var force = false

    func run() throws {
        let released = try options.open().release(campaign: campaign, caller: caller, force: force)
        print(Text(options.language)("\(released) medlemmer er tilbake i felles pott.", "\(released) members are back in the pool."))
    }
}

extension SplitStrategy: ChoiceArgument {}
