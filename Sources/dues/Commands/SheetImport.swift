import ArgumentParser
import Foundation
import Model
import Reports
import Storage
import TextCells

struct SheetImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Text.ofCommandLine(
            "Før inn samtalene som står på et utfylt ringeark (CSV eller xlsx fra `dues sheet`).",
            "Log the calls written on a filled-in call sheet (CSV or xlsx from `dues sheet`)."),
        discussion: Text.ofCommandLine(
            """
            Hver rad det er skrevet noe på, blir én tilbakedatert samtale, etter de samme reglene som `dues log`: \
            utfallet som tasten på arket, utfallets navn (bokmål eller engelsk, store eller små bokstaver) eller koden; \
            tidspunktet med ordene til `dues log --at` (tomt: --at, ellers nå); når det skal ringes tilbake (bare med \
            utfallet Ring tilbake); et notat. Tomme rader hoppes over. Én feil rad avviser hele fila med FIL:RAD:KOLONNE, \
            og ingenting føres inn. Å lese inn den samme fila igjen legger ikke til noe. Arket kan være lagret på nytt av \
            Excel eller LibreOffice (CSV med ; eller , i UTF-8 eller Windows-1252, eller xlsx). Et ark skrevet ut fra en \
            annen database avvises, og det samme gjør et for en annen kampanje.
            """,
            """
            Each row with something written in becomes one back-dated call, by the same rules as `dues log`: the \
            outcome as the key printed on the sheet, the outcome's name (Bokmål or English, any case) or its code; \
            the time in `dues log --at`'s words (empty: --at, else now); a callback time (outcome Call back only); \
            a note. Rows with nothing written in are skipped. One bad row refuses the whole file, naming \
            FILE:ROW:COLUMN, and nothing is logged. Importing the same file again adds nothing. The sheet may have \
            been saved again by Excel or LibreOffice (CSV with ; or , in UTF-8 or Windows-1252, or xlsx). A sheet \
            printed from another database is refused; one for another campaign too.
            """))

    @OptionGroup var options: DatabaseOptions
    @Argument(help: ArgumentHelp("Det utfylte arket (.csv eller .xlsx).", "The filled-in sheet (.csv or .xlsx).")) var file: String
    @Option(help: ArgumentHelp("Avvis arket hvis det ikke er for denne kampanjen.", "Refuse the sheet unless it is for this campaign.")) var campaign: String?
    @Option(help: ArgumentHelp("Hvem som ringte, når det ikke var ringeren arket ble skrevet ut for.", "Who made the calls, when not the caller the sheet was printed for.")) var caller: String?
    @Option(help: ArgumentHelp("Tidspunktet for samtaler der raden ikke har noe, med ordene til `dues log --at` (ellers: nå).", "The time of calls whose row gives none, in `dues log --at`'s words (default: now).")) var at: String?
    @Flag(help: ArgumentHelp("Sjekk arket og vis hva som ville blitt ført, uten å føre det.", "Check the sheet and show what would be logged, without logging it.")) var dryRun = false

    func run() throws {
        let text = Text(options.language)
        let store = try options.open()
        let sheet = try FilledSheet.read(URL(fileURLWithPath: file))
        let reference = sheet.reference
        guard reference.databaseID == (try store.setting(.databaseID)) else {
            throw SheetImportError.refused(file, "arket ble skrevet ut fra en annen database", "the sheet was printed from another database")
        }
        guard let sheetCampaign = try store.campaigns().first(where: { $0.id == reference.campaignID }) else {
            throw SheetImportError.refused(file, "kampanjen arket ble skrevet ut for, finnes ikke lenger", "the campaign the sheet was printed for no longer exists")
        }
        if let campaign, campaign != sheetCampaign.name {
            throw SheetImportError.refused(
                file, "arket er for kampanjen \(sheetCampaign.name), ikke \(campaign)",
                "the sheet is for the campaign \(sheetCampaign.name), not \(campaign)")
        }
        let sheetCaller = try store.callers().first { $0.id == reference.callerID }
        let caller = try caller.map { try store.caller(named: $0) } ?? sheetCaller
        guard let caller else {
            throw SheetImportError.refused(
                file, "ringeren arket ble skrevet ut for, finnes ikke lenger; si hvem som ringte med --caller",
                "the caller the sheet was printed for no longer exists; say who called with --caller")
        }
        let now = store.now()
        let defaultTime = try at.map { try PastMoment.parse($0, now: now, rules: sheetCampaign.rules) } ?? now
        let calls = try sheet.plan(
            campaign: sheetCampaign, callerID: caller.id, now: now, defaultTime: defaultTime,
            entry: { try store.entry(campaign: sheetCampaign, memberNumber: $0) })
        let logged: [Bool]
        do {
            logged = try store.logSheetCalls(calls.map(\.report), dryRun: dryRun)
        } catch let error as BatchCallError {
            throw SheetImportError.atRow(file, calls[error.index].row.number, error.error)
        }
        let clock = try LocalTime(store)
        for (call, isNew) in zip(calls, logged) {
            let outcome = call.report.outcome.label(options.language)
            let when = call.report.calledAt.map(clock.string) ?? ""
            let state = isNew ? "" : text(" (allerede registrert)", " (already logged)")
            try StandardOutput.line(TerminalText.sanitizeLine(
                "  \(text("rad", "row")) \(call.row.number): \(call.member.memberNumber) \(call.member.fullName) — \(outcome), \(when)\(state)"))
        }
        let new = logged.filter { $0 }.count
        let old = logged.count - new
        let who = caller.id == reference.callerID ? "" : text(" som \(caller.name)", " as \(caller.name)")
        try StandardOutput.line(TerminalText.sanitizeLine(dryRun
            ? text("Prøvekjøring: ville registrert \(new) samtaler i \(sheetCampaign.name)\(who) (\(old) allerede registrert, \(sheet.emptyRows) tomme rader). Ingenting er lagret.",
                   "Dry run: would log \(new) calls in \(sheetCampaign.name)\(who) (\(old) already logged, \(sheet.emptyRows) empty rows). Nothing was saved.")
            : text("Registrerte \(new) samtaler i \(sheetCampaign.name)\(who) (\(old) allerede registrert, \(sheet.emptyRows) tomme rader).",
                   "Logged \(new) calls in \(sheetCampaign.name)\(who) (\(old) already logged, \(sheet.emptyRows) empty rows).")))
        try StandardOutput.line(clock.note(text))
    }
}
