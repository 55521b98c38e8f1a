import ArgumentParser
import CallSession
import Foundation
import Storage
import Terminal

struct Call: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: Text.ofCommandLine(
            "Ring medlemmer ett om gangen på et ringeskjermbilde; avslutt og fortsett der du slapp.",
            "Call members one at a time on a full-screen call screen; quit and resume where you left off."),
        discussion: Text.ofCommandLine(
            """
            Enkle spørsmål brukes med --plain, når TERM er dumb eller ikke satt, og når inndata eller utdata ikke er en \
            terminal. NO_COLOR slår av farger.
            Med --pack ringer skjermen fra en ringepakke fra `dues pack export` alene: ingen database, ikke noe nett.
            Pakken vet hvilken kampanje og ringer den gjelder.
            """,
            """
            Plain prompts are used with --plain, when TERM is dumb or unset, and when input or output is not a \
            terminal. NO_COLOR turns colours off.
            With --pack, the call screen works a call pack from `dues pack export` on its own: no database, no network.
            The pack knows its campaign and caller.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Kampanjen (ellers: den eneste åpne, eller den eneste med medlemmer tildelt deg).", "The campaign (default: the only open one, or the only one with members assigned to you).")) var campaign: String?
    @Option(help: ArgumentHelp("Hvem som ringer (med --pack: pakkens ringer).", "Who is calling (with --pack, the pack's caller).")) var caller: String?
    @Option(help: ArgumentHelp("Arbeid med denne ringepakken i stedet for databasen.", "Work this call pack instead of the database.")) var pack: String?
    @Option(help: ArgumentHelp(
        "Les passordfrasen til en forseglet pakke fra første linje i denne fila.",
        "Read a sealed pack's passphrase from this file's first line."))
    var passphraseFile: String?
    @Option(name: .customLong("as-caller"), help: ArgumentHelp(
        "Ringebankens tvungne SSH-kommando: bare denne ringerens åpne kampanjer, ingenting annet.",
        "The phone bank's forced SSH command: only this caller's open campaigns, nothing else."))
    var asCaller: Int64?
    @Flag(help: ArgumentHelp("Enkle spørsmål og linjer, ikke fullskjerm: for skjermlesere, SSH fra en telefon og skript.", "Plain prompts and lines, no full screen: for screen readers, SSH from a phone and scripts."))
    var plain = false

    func run() throws {
        let (store, campaign, caller) = try asCaller.map(openAsCaller) ?? pack.map(openPack) ?? openDatabase()
        let session = try CallSession(store: store, campaign: campaign, caller: caller, language: options.language)
        if case .nothingToDo(let message) = try session.begin() {
            print(message)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let program = session.program(color: TerminalModes.colorAllowed(environment: environment))
        let fullScreen = !plain && TerminalModes.isTerminal() && TerminalModes.fullScreenSupported(environment: environment)
        let status = fullScreen
            ? try TerminalSession().run(program: program, now: store.now, executor: session.execute)
            : PlainSession().run(program: program, now: store.now, executor: session.execute)
        session.finish()
        if status != 0 { Foundation.exit(status) }
    }

    private func openDatabase() throws -> (Store, Campaign, Caller) {
        guard let name = caller else { throw ValidationError("si hvem som ringer med --caller NAVN", "say who is calling with --caller NAME") }
        let store = try options.open()
        let caller = try store.caller(named: name)
        let campaign = try campaign.map { try store.campaign(named: $0) } ?? store.defaultCampaign(for: caller)
        return (store, campaign, caller)
    }

    private func openPack(_ path: String) throws -> (Store, Campaign, Caller) {
        let store: Store
        if let (plain, key) = try SealedPack.open(path, passphraseFile: passphraseFile) {
            // Worked in memory; every committed write seals the whole pack again and replaces the file. The key
            // derived at opening is kept (and wiped at exit) rather than a fresh salt per save: Argon2id at moderate
            // limits costs about a second, too long after each call; each save still gets a fresh stream header.
            SealedPack.removeLeftovers(of: path)
            store = try Store.openPack(image: plain, path: path)
            store.afterWrite = { [unowned store] in try SealedPack.save(try store.packImage(), with: key, at: path) }
        } else {
            store = try Store.openPack(at: path)
        }
        guard let (packCampaign, packCaller) = try store.packAssignment().map({ ($0.campaign, $0.caller) }) else {
            throw PackError.notAPack(path: path)
        }
        if let caller, caller.lowercased() != packCaller.name.lowercased() {
            throw ValidationError("\(path) er pakken til \(packCaller.name), ikke til \(caller)", "\(path) is \(packCaller.name)'s pack, not \(caller)'s")
        }
        if let campaign, campaign != packCampaign.name {
            throw ValidationError("\(path) er en pakke for \(packCampaign.name), ikke \(campaign)", "\(path) is a pack for \(packCampaign.name), not \(campaign)")
        }
        return (store, packCampaign, packCaller)
    }
}
